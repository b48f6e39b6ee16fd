package dev.herald.entities;

import java.nio.file.Path;
import java.util.List;

/**
 * How the entities package works.
 *
 * @param actorFiles extra actors files (the shape of the built-in {@code actors.tsv}) read after
 *                   the built-in gazetteer; default none
 */
public record EntitiesConfig(List<Path> actorFiles) {
    public EntitiesConfig {
        actorFiles = List.copyOf(actorFiles);
    }

    public static EntitiesConfig defaults() {
        return new EntitiesConfig(List.of());
    }
}
