package dev.herald.app;

import dev.herald.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code herald show}: one stored record, exactly as it was stored (one JSON line). */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print the stored record of an article id.")
final class ShowCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOption store;

    @Parameters(arity = "1", paramLabel = "ID", description = "the article's id")
    String id;

    @Override
    public Integer call() throws Exception {
        return StoreErrors.run(System.err, () -> {
            Optional<String> record;
            try (ArticleStore s = store.openReader()) {
                record = s.record(id);
            }
            if (record.isEmpty()) {
                System.err.println("herald: no article " + id + " in " + store.dir);
                return 1;
            }
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out.println(record.get());
            out.flush();
            return 0;
        });
    }
}
