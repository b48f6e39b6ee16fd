package dev.herald.app;

import dev.herald.analyze.AnalyzerConfig;
import dev.herald.ingest.IngestConfig;
import dev.herald.nlp.NlpProfile;
import dev.herald.serve.ServeApp;
import dev.herald.serve.ServeConfig;
import dev.herald.serve.ServeServices;
import dev.herald.serve.SharedAnalyzer;
import dev.herald.serve.StoreAccess;
import dev.herald.store.StoreException;
import io.javalin.Javalin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code herald serve}: the JSON API and the web UI over a store, until SIGTERM or Ctrl-C, which
 * stop it cleanly (requests in flight are answered, the store is closed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store: a JSON API under /api and a web UI at /.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "the store (created empty when missing)")
    Path store;

    @Option(names = "--host", defaultValue = ServeConfig.DEFAULT_HOST,
            description = "address to listen on (default: ${DEFAULT-VALUE}); without --api-key-file a"
                    + " non-loopback address serves reads only")
    String host;

    @Option(names = "--port", defaultValue = "8750", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "file holding the key that POST /api/articles requires as 'Authorization: Bearer KEY'")
    Path apiKeyFile;

    @Option(names = "--profile", defaultValue = "fast", converter = AnalysisOptions.ProfileConverter.class,
            description = "profile of POST /api/analyze and /api/articles: fast or full (default: ${DEFAULT-VALUE})")
    NlpProfile profile;

    @Option(names = "--max-bytes", defaultValue = "10485760",
            description = "largest request body accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--preload", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "load the language models at start, in the background (reads answer at once);"
                    + " without it they load on the first analyze; until loaded, analyze and add answer 503"
                    + " (default: true)")
    boolean preload;

    @Option(names = "--threads", defaultValue = "16",
            description = "requests handled at once; more wait their turn (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--cache-mb", defaultValue = "256",
            description = "memory for answers of the read endpoints, kept until the store changes;"
                    + " 0 keeps none (default: ${DEFAULT-VALUE})")
    long cacheMb;

    @Override
    public Integer call() throws Exception {
        ServeConfig config = config();
        StoreAccess access;
        try {
            access = StoreAccess.open(store);
        } catch (StoreException e) {
            System.err.println("herald: " + e.getMessage());
            return 2;
        }
        access.refreshEvery(Duration.ofSeconds(5));
        SharedAnalyzer analyzer = SharedAnalyzer.of(new AnalyzerConfig(profile, new IngestConfig(maxBytes)));
        Javalin app = ServeApp.create(new ServeServices(access, analyzer, config));
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            access.close();
            System.err.println("herald: cannot listen on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, access, stopped), "herald-stop"));
        System.out.println("herald: serving " + store + " on http://" + urlHost(config.host()) + ":" + app.port() + "/");
        System.out.flush();
        if (config.apiKey().isEmpty() && !config.loopback()) {
            System.err.println("herald: no --api-key-file on a non-loopback address: writes are refused");
        }
        if (preload) {
            analyzer.warmUp();
        }
        stopped.await();
        return 0;
    }

    private ServeConfig config() {
        if (threads < ServeConfig.MIN_THREADS || threads > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between " + ServeConfig.MIN_THREADS + " and 1000, not " + threads);
        }
        if (cacheMb < 0 || cacheMb > 1024 * 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache-mb must be between 0 and 1048576, not " + cacheMb);
        }
        ServeConfig config = ServeConfig.of(host, port).withLimits(maxBytes, ServeConfig.DEFAULT_MAX_QUERY_CHARS)
                .withCapacity(threads, cacheMb * 1024 * 1024);
        if (apiKeyFile == null) {
            return config;
        }
        try {
            String key = Files.readString(apiKeyFile, StandardCharsets.UTF_8).strip();
            if (key.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the API key file " + apiKeyFile + " is empty");
            }
            return config.withApiKey(key);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot read the API key file " + apiKeyFile + ": " + e.getMessage());
        }
    }

    private static void stop(Javalin app, StoreAccess access, CountDownLatch stopped) {
        try {
            app.stop();
            access.close();
            System.err.println("herald: stopped");
        } catch (IOException | RuntimeException e) {
            System.err.println("herald: stopping: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
    }

    private static String urlHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
