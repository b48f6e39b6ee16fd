package dev.herald.app;

import dev.herald.store.ArticleStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --store DIR}: the store a command reads. */
final class StoreOption {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "the store's directory")
    Path dir;

    /** {@return a reader on the store; a missing store or another directory is a {@code StoreException}} */
    ArticleStore openReader() {
        return ArticleStore.openReader(dir);
    }
}
