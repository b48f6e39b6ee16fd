package dev.herald.app;

import dev.herald.store.ArticleStore;
import dev.herald.store.StoreJson;
import dev.herald.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code herald stats}: what a store holds, as one JSON object. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print counts of a store: articles, duplicates, entities, quotes, events, bytes.")
final class StatsCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        return StoreErrors.run(System.err, () -> {
            StoreStats stats;
            try (ArticleStore s = store.openReader()) {
                stats = s.stats();
            }
            System.out.println(RecordPrinter.pretty(StoreJson.stats(stats)));
            return 0;
        });
    }
}
