package dev.herald.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Hints;
import dev.herald.record.ArticleRecord;
import dev.herald.store.AddResult;
import dev.herald.store.SearchRequest;
import dev.herald.store.StoreJson;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.Map;

/**
 * The JSON API. Each handler reads its parameters, asks the store or the analyzer, and writes JSON;
 * whatever goes wrong is thrown and answered by {@link ErrorResponses}.
 */
final class ApiRoutes {
    static final int MAX_LIMIT = 1000;
    private final ServeServices services;
    private final EntityProfiles entities;
    private final QuoteSearch quotes;
    private final EventSearch events;
    private final WriteAccess writes;
    private final RequestBody bodies;

    ApiRoutes(ServeServices services) {
        this.services = services;
        this.entities = new EntityProfiles(services.store().reader());
        this.quotes = new QuoteSearch(services.store().reader());
        this.events = new EventSearch(services.store().reader());
        this.writes = new WriteAccess(services.config());
        this.bodies = new RequestBody(services.config().maxBodyBytes());
    }

    void healthz(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    void search(Context ctx) {
        boolean facets = Params.flag(ctx, "facets", false);
        SearchRequest request = new SearchRequest(Params.text(ctx, "q").orElse(""),
                Params.integer(ctx, "limit", 10, 0, MAX_LIMIT), Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_LIMIT),
                facets, sort(Params.text(ctx, "sort").orElse("relevance")), Params.flag(ctx, "all", false));
        ctx.json(StoreJson.search(services.store().reader().search(request)));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        String record = services.store().reader().record(id)
                .orElseThrow(() -> ApiError.notFound("no stored article has the id '" + id + "'"));
        ctx.contentType("application/json").result(record); // the stored record, byte for byte
    }

    void entities(Context ctx) {
        var listed = entities.list(Params.text(ctx, "q"), Params.text(ctx, "type"), Params.text(ctx, "country"),
                Params.integer(ctx, "limit", 50, 1, MAX_LIMIT));
        ctx.json(Map.of("entities", listed));
    }

    void entity(Context ctx) {
        String key = ctx.pathParam("key");
        ctx.json(entities.profile(key).orElseThrow(() -> ApiError.notFound("no stored article names the entity '" + key + "'")));
    }

    void quotes(Context ctx) {
        ctx.json(Map.of("quotes", quotes.find(Params.text(ctx, "speaker"), Params.text(ctx, "q"),
                QueryText.date("from", ctx.queryParam("from")), QueryText.date("to", ctx.queryParam("to")),
                Params.integer(ctx, "limit", 50, 1, MAX_LIMIT))));
    }

    void events(Context ctx) {
        ctx.json(Map.of("events", events.find(Params.text(ctx, "type"), Params.text(ctx, "actor"), Params.text(ctx, "country"),
                QueryText.date("from", ctx.queryParam("from")), QueryText.date("to", ctx.queryParam("to")),
                Params.integer(ctx, "limit", 50, 1, MAX_LIMIT))));
    }

    void stats(Context ctx) {
        ctx.json(StoreJson.stats(services.store().reader().stats()));
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
