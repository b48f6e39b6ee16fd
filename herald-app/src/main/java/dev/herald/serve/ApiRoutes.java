package dev.herald.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Hints;
import dev.herald.record.ArticleRecord;
import dev.herald.store.AddResult;
import dev.herald.store.SearchRequest;
import dev.herald.store.StoreJson;
import io.javalin.http.Context;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JSON API. Each handler reads its parameters, asks the store or the analyzer, and writes JSON;
 * whatever goes wrong is thrown and answered by {@link ErrorResponses}.
 *
 * <p>The read endpoints' answers are kept, as the bytes sent, until the store changes
 * ({@link ReadCache}, keyed by path and query string): a search with facets, an entity profile or
 * the store's statistics cost milliseconds of CPU each, and readers ask the same ones again and again.
 */
final class ApiRoutes {
    static final int MAX_LIMIT = 1000;
    private final ServeServices services;
    private final EntityProfiles entities;
    private final QuoteSearch quotes;
    private final EventSearch events;
    private final WriteAccess writes;
    private final RequestBody bodies;
    private final ObjectMapper json;
    private final ReadCache<byte[]> answers;

    ApiRoutes(ServeServices services, EntityProfiles entities, ObjectMapper json) {
        this.services = services;
        this.entities = entities;
        this.quotes = new QuoteSearch(services.store().reader());
        this.events = new EventSearch(services.store().reader());
        this.writes = new WriteAccess(services.config());
        this.bodies = new RequestBody(services.config().maxBodyBytes());
        this.json = json;
        this.answers = new ReadCache<>(services.store().reader()::version, a -> a.length, services.config().cacheBytes());
    }

    /** {@code GET /healthz}: the server answers; {@code analyzer} says whether analyze and add can run yet. */
    void healthz(Context ctx) {
        long[] cache = answers.counts();
        ctx.json(Map.of("status", "ok", "analyzer", services.analyzer().status().label(),
                "cache", Map.of("hits", cache[0], "misses", cache[1])));
    }

    void search(Context ctx) {
        boolean facets = Params.flag(ctx, "facets", false);
        SearchRequest request = new SearchRequest(Params.text(ctx, "q").orElse(""),
                Params.integer(ctx, "limit", 10, 0, MAX_LIMIT), Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_LIMIT),
                facets, sort(Params.text(ctx, "sort").orElse("relevance")), Params.flag(ctx, "all", false));
        answer(ctx, () -> StoreJson.search(services.store().reader().search(request)));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        // The stored record, byte for byte.
        send(ctx, answers.get(cacheKey(ctx), () -> services.store().reader().record(id)
                .orElseThrow(() -> ApiError.notFound("no stored article has the id '" + id + "'"))
                .getBytes(StandardCharsets.UTF_8)));
    }

    void entities(Context ctx) {
        Optional<String> q = Params.text(ctx, "q");
        Optional<String> type = Params.text(ctx, "type");
        Optional<String> country = Params.text(ctx, "country");
        int limit = Params.integer(ctx, "limit", 50, 1, MAX_LIMIT);
        answer(ctx, () -> Map.of("entities", entities.list(q, type, country, limit)));
    }

    void entity(Context ctx) {
        String key = ctx.pathParam("key");
        answer(ctx, () -> entities.profile(key)
                .orElseThrow(() -> ApiError.notFound("no stored article names the entity '" + key + "'")));
    }

    void quotes(Context ctx) {
        Optional<String> speaker = Params.text(ctx, "speaker");
        Optional<String> words = Params.text(ctx, "q");
        Optional<LocalDate> from = QueryText.date("from", ctx.queryParam("from"));
        Optional<LocalDate> to = QueryText.date("to", ctx.queryParam("to"));
        int limit = Params.integer(ctx, "limit", 50, 1, MAX_LIMIT);
        answer(ctx, () -> Map.of("quotes", quotes.find(speaker, words, from, to, limit)));
    }

    void events(Context ctx) {
        Optional<String> type = Params.text(ctx, "type");
        Optional<String> actor = Params.text(ctx, "actor");
        Optional<String> country = Params.text(ctx, "country");
        Optional<LocalDate> from = QueryText.date("from", ctx.queryParam("from"));
        Optional<LocalDate> to = QueryText.date("to", ctx.queryParam("to"));
        int limit = Params.integer(ctx, "limit", 50, 1, MAX_LIMIT);
        answer(ctx, () -> Map.of("events", events.find(type, actor, country, from, to, limit)));
    }

    void stats(Context ctx) {
        answer(ctx, () -> StoreJson.stats(services.store().reader().stats()));
    }

    /**
     * Answers with the JSON of what {@code compute} gives, kept for the same path and query until the
     * store changes. Parameters are checked before, so a bad one is answered 400 and nothing is kept.
     */
    private void answer(Context ctx, Supplier<Object> compute) {
        send(ctx, answers.get(cacheKey(ctx), () -> {
            try {
                return json.writeValueAsBytes(compute.get());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("cannot write the answer as JSON: " + e.getOriginalMessage(), e);
            }
        }));
    }

    private static void send(Context ctx, byte[] body) {
        ctx.contentType("application/json").result(body);
    }

    private static String cacheKey(Context ctx) {
        String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + "?" + query;
    }

    /** {@code POST /api/analyze}: the record of the body, nothing stored. */
    void analyze(Context ctx) {
        ctx.json(ArticleRecord.of(analyzed(ctx).article()));
    }

    /** {@code POST /api/articles}: analyzes the body and stores it. */
    void addArticle(Context ctx) {
        writes.check(ctx);
        ObjectNode record = ArticleRecord.of(analyzed(ctx).article());
        AddResult result = services.store().add(record);
        ctx.status(result.status() == AddResult.Status.ALREADY_PRESENT ? 200 : 201);
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("id", result.id())
                .put("duplicate_of", result.duplicateOf().orElse(null))
                .put("status", result.status().name().toLowerCase(Locale.ROOT));
        ctx.json(answer);
    }

    private Analysis.Analyzed analyzed(Context ctx) {
        byte[] body = bodies.read(ctx);
        Hints hints = new Hints(QueryText.date("date", ctx.queryParam("date")), Params.text(ctx, "url"));
        Analysis analysis = services.analyzer().analyze("request body", body, hints);
        if (analysis instanceof Analysis.Failed f) {
            throw new ApiError(422, "the article cannot be analyzed: " + f.reason());
        }
        return (Analysis.Analyzed) analysis;
    }

    private static SearchRequest.Sort sort(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw ApiError.badRequest("'sort' must be relevance or date, not '" + value + "'");
        };
    }
}
