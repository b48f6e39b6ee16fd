package dev.herald.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;
import dev.herald.record.ArticleRecord;
import dev.herald.store.ArticleStore;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real store, built once per test JVM from the invented articles of {@code serve-fixtures} (file
 * names start with the publication date) with the real analyzer, and a real server on a free
 * loopback port over it. Tests that use it are tagged {@code models}.
 */
final class ServeFixture {
    private static ServeFixture shared;

    final Path storeDir;
    /** The loaded models, for a test that builds its own {@link SharedAnalyzer} around them. */
    final Analyzer models;
    final SharedAnalyzer analyzer;
    final StoreAccess store;
    final Javalin app;
    final String baseUrl;

    private ServeFixture(Path storeDir, Analyzer models, ServeConfig config) {
        this.storeDir = storeDir;
        this.models = models;
        this.analyzer = SharedAnalyzer.of(models);
        this.store = StoreAccess.open(storeDir);
        this.app = ServeApp.create(new ServeServices(store, analyzer, config)).start("127.0.0.1", 0);
        this.baseUrl = "http://127.0.0.1:" + app.port();
    }

    /** {@return the shared fixture: store built and server started on first use} */
    static synchronized ServeFixture get() {
        if (shared == null) {
            Analyzer analyzer = new Analyzer(AnalyzerConfig.defaults());
            Path dir = buildStore(analyzer);
            shared = new ServeFixture(dir, analyzer, ServeConfig.of("127.0.0.1", 0));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** A server of its own over a new empty store, with the shared analyzer; close it after. */
    record Scratch(Javalin app, StoreAccess store, Path dir, HttpProbe http) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            app.stop();
            store.close();
        }
    }

    /** {@return a server with {@code config} over a new empty store; always on loopback, whatever the config's host} */
    Scratch scratch(ServeConfig config) {
        return scratch(config, analyzer);
    }

    /** {@return a server with {@code config} and {@code analyzer} over a new empty store, on loopback} */
    Scratch scratch(ServeConfig config, SharedAnalyzer analyzer) {
        try {
            Path dir = Files.createTempDirectory("herald-serve-scratch").resolve("store");
            StoreAccess access = StoreAccess.open(dir);
            Javalin app = ServeApp.create(new ServeServices(access, analyzer, config)).start("127.0.0.1", 0);
            return new Scratch(app, access, dir, new HttpProbe("http://127.0.0.1:" + app.port()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the fixture articles, in date order} */
    static List<Path> articles() {
        try (Stream<Path> files = Files.list(resource("serve-fixtures"))) {
            return files.sorted(Comparator.comparing(Path::getFileName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path buildStore(Analyzer analyzer) {
        try {
            Path dir = Files.createTempDirectory("herald-serve-store");
            List<String> failures = new ArrayList<>();
            try (ArticleStore store = ArticleStore.openWriter(dir.resolve("store"))) {
                for (Path file : articles()) {
                    LocalDate date = LocalDate.parse(file.getFileName().toString().substring(0, 10));
                    Analysis a = analyzer.analyze(file, InputFormat.AUTO, new Hints(Optional.of(date), Optional.empty()));
                    if (a instanceof Analysis.Analyzed ok) {
                        ObjectNode record = ArticleRecord.of(ok.article());
                        store.add(record);
                    } else {
                        failures.add(a.path() + ": " + ((Analysis.Failed) a).reason());
                    }
                }
                store.commit();
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("fixture articles failed: " + failures);
            }
            return dir.resolve("store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(ServeFixture.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        app.stop();
        try {
            store.close();
        } catch (IOException e) {
            // the JVM is exiting; the temporary store goes with it
        }
    }
}
