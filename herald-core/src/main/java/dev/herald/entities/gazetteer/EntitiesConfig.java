package dev.herald.entities.gazetteer;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the entities package works.
 *
 * @param actorFiles extra actors files (the shape of the built-in {@code actors.tsv}) read after
 *                   the built-in gazetteer; default none; environment: {@code HERALD_ACTORS}, paths
 *                   separated by the platform's path separator ({@code :} on Unix)
 */
public record EntitiesConfig(List<Path> actorFiles) {
    public static final String ACTORS_VARIABLE = "HERALD_ACTORS";

    public EntitiesConfig {
        actorFiles = List.copyOf(actorFiles);
    }

    public static EntitiesConfig defaults() {
        return new EntitiesConfig(List.of());
    }

    /** {@return the defaults with the overrides of {@code environment}} */
    public static EntitiesConfig fromEnvironment(Map<String, String> environment) {
        String files = environment.getOrDefault(ACTORS_VARIABLE, "").strip();
        if (files.isEmpty()) {
            return defaults();
        }
        return new EntitiesConfig(Arrays.stream(files.split(File.pathSeparator)).filter(f -> !f.isBlank())
                .map(Path::of).toList());
    }
}
