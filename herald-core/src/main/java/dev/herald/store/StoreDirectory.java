package dev.herald.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.ArticleId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The directory of a store and its marker file {@value #MARKER}, which says "this is a Herald
 * store" and keeps the MinHash parameters its signatures were made with and the version of the
 * article ids it holds ({@code "ids"}, {@link ArticleId#VERSION}; a marker without it is of version
 * 1). A directory that exists, is not empty and has no marker is someone else's: it is refused and
 * never written to. A store whose ids are of another version is still read, but not written to:
 * an ingest into it would store again, under new ids, every article it holds.
 */
final class StoreDirectory {
    static final String MARKER = "herald-store.json";
    static final String FORMAT = "herald.store/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreDirectory() {
    }

    /**
     * Makes {@code dir} a store when it is missing or empty.
     *
     * @return the MinHash parameters of the store: those on disk, or {@code config}'s for a new store
     */
    static DuplicateConfig prepare(Path dir, DuplicateConfig config) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException.NotAStore(dir + " is a file, not a Herald store; give a directory");
            }
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                int ids = idVersion(dir);
                if (ids != ArticleId.VERSION) {
                    throw new StoreException.OtherIds(dir + " holds article ids of version " + ids + " and Herald now makes"
                            + " version " + ArticleId.VERSION + " (see ArticleId); it can be searched but not"
                            + " added to, since every article would be stored again: ingest into a new store");
                }
                return read(dir, config);
            }
            if (Files.isDirectory(dir) && !isEmpty(dir)) {
                throw new StoreException.NotAStore(dir + " is not a Herald store (it has files but no " + MARKER
                        + "); it was left untouched: give a new or empty directory");
            }
            Files.createDirectories(dir);
            write(dir, config);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Checks that {@code dir} is a store, for reading. */
    static DuplicateConfig existing(Path dir, DuplicateConfig config) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException.NotAStore("no store at " + dir + "; make one with 'herald ingest --store " + dir + " ...'");
        }
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            throw new StoreException.NotAStore(dir + " is not a Herald store (no " + MARKER + ")");
        }
        return read(dir, config);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(Path dir, DuplicateConfig config) throws IOException {
        ObjectNode marker = JSON.createObjectNode().put("format", FORMAT)
                .put("shingle_words", config.shingleWords()).put("hashes", config.hashes())
                .put("bands", config.bands()).put("min_words", config.minWords()).put("ids", ArticleId.VERSION);
        Path tmp = dir.resolve(MARKER + ".tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(marker) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(MARKER), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@return the version of the ids in the store at {@code dir}: 1 when its marker does not say} */
    static int idVersion(Path dir) {
        Path marker = dir.resolve(MARKER);
        try {
            return JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8)).path("ids").asInt(1);
        } catch (IOException e) {
            throw new StoreException.NotAStore("cannot read " + marker + ": " + e.getMessage());
        }
    }

    private static DuplicateConfig read(Path dir, DuplicateConfig config) {
        Path marker = dir.resolve(MARKER);
        try {
            JsonNode m = JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8));
            if (m == null || !FORMAT.equals(m.path("format").asText())) {
                throw new StoreException.NotAStore(marker + " is not a Herald store marker of format " + FORMAT);
            }
            return new DuplicateConfig(m.path("shingle_words").asInt(), m.path("hashes").asInt(),
                    m.path("bands").asInt(), config.threshold(), m.path("min_words").asInt());
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException.NotAStore("cannot read " + marker + ": " + e.getMessage());
        }
    }
}
