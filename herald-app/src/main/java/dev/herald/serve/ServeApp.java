package dev.herald.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.record.ArticleRecord;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server of {@code herald serve}: the JSON API under {@code /api}, the web UI at {@code /},
 * {@code /healthz}. Built by {@link #create} and started by the caller ({@code app.start(host, port)}),
 * so a test starts it on a random loopback port.
 *
 * <p>Every response carries a content security policy that lets the page run only the server's own
 * script and style, and no CORS header (other sites' scripts cannot read the API); query strings
 * longer than the limit are refused before any handler runs.
 */
public final class ServeApp {
    static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final long PROFILE_BYTES = 128 * 1024;

    private ServeApp() {
    }

    /**
     * The request threads: a bounded pool, so that 200 clients at once queue for a few threads that
     * each finish their request, rather than 200 threads sharing two cores and all answering late.
     */
    private static QueuedThreadPool threadPool(int threads) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 8));
        pool.setName("herald-http");
        return pool;
    }

    /** {@return the server for {@code services}, not started} */
    public static Javalin create(ServeServices services) {
        ServeConfig config = services.config();
        Pages pages = new Pages();
        ObjectMapper json = ArticleRecord.mapper().copy();
        // Profiles are counted, not weighed: one per 128 KiB of the cache, about what a large one takes.
        EntityProfiles entities = new EntityProfiles(services.store().reader(), config.cacheBytes() / PROFILE_BYTES);
        ApiRoutes api = new ApiRoutes(services, entities, json);
        PageRoutes ui = new PageRoutes(services, entities, pages);
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jetty.threadPool = threadPool(config.threads());
            c.jsonMapper(new JavalinJackson(json, false));
            c.http.maxRequestSize = config.maxBodyBytes();
            c.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/dev/herald/serve/static";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(ctx -> guard(ctx, config));
        app.get("/healthz", api::healthz);
        app.get("/api/search", api::search);
        app.get("/api/articles/{id}", api::article);
        app.post("/api/articles", api::addArticle);
        app.get("/api/entities", api::entities);
        app.get("/api/entities/{key}", api::entity);
        app.get("/api/quotes", api::quotes);
        app.get("/api/events", api::events);
        app.get("/api/stats", api::stats);
        app.post("/api/analyze", api::analyze);
        app.get("/", ui::search);
        app.get("/article/{id}", ui::article);
        app.get("/entity/{key}", ui::entity);
        app.get("/analyze", ui::analyzeForm);
        app.post("/analyze", ui::analyzeSubmit);
        ErrorResponses.register(app, pages);
        return app;
    }

    private static void guard(Context ctx, ServeConfig config) {
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        String query = ctx.queryString();
        if (query != null && query.length() > config.maxQueryChars()) {
            throw new ApiError(414, "the query string is longer than the limit of " + config.maxQueryChars() + " characters");
        }
    }
}
