package dev.herald.serve;

import java.util.Objects;

/**
 * What a server works with: its store, the process's one analyzer, its configuration.
 *
 * @param store    the store it reads and adds to
 * @param analyzer the analyzer shared by every request
 * @param config   where it listens and what it lets in
 */
public record ServeServices(StoreAccess store, SharedAnalyzer analyzer, ServeConfig config) {
    public ServeServices {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(config, "config");
    }
}
