package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Hints;
import dev.herald.record.ArticleRecord;
import dev.herald.serve.SearchPage.FacetGroup;
import dev.herald.serve.SearchPage.FacetLink;
import dev.herald.serve.SearchPage.Filter;
import dev.herald.serve.SearchPage.HitLine;
import dev.herald.store.ArticleStore;
import dev.herald.store.FacetValue;
import dev.herald.store.Hit;
import dev.herald.store.SearchRequest;
import dev.herald.store.SearchResult;
import dev.herald.store.StoreException;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The web UI: search, article, entity and analyze pages, rendered on the server. */
final class PageRoutes {
    static final int HITS_PER_PAGE = 20;
    private static final Map<String, String> FACETS = facetLabels();
    private final ServeServices services;
    private final ArticleStore store;
    private final EntityProfiles entities;
    private final Pages pages;

    PageRoutes(ServeServices services, EntityProfiles entities, Pages pages) {
        this.services = services;
        this.store = services.store().reader();
        this.entities = entities;
        this.pages = pages;
    }

    void search(Context ctx) {
        String query = Params.text(ctx, "q").orElse("");
        String sort = Params.text(ctx, "sort").orElse(query.isBlank() ? "date" : "relevance");
        List<String> chosen = ctx.queryParams("f");
        int start = Params.integer(ctx, "start", 0, 0, SearchRequest.MAX_LIMIT - HITS_PER_PAGE);
        QueryText text = new QueryText().raw(query);
        List<Filter> filters = new ArrayList<>();
        for (String f : chosen) {
            int colon = f.indexOf(':');
            if (colon < 0 || !FACETS.containsKey(f.substring(0, colon))) {
                throw ApiError.badRequest("a filter is FACET:VALUE with a facet of " + FACETS.keySet() + ", not '" + f + "'");
            }
            text.phrase(f.substring(0, colon), Optional.of(f.substring(colon + 1)));
            List<String> others = new ArrayList<>(chosen);
            others.remove(f);
            filters.add(new Filter(f.substring(0, colon), f.substring(colon + 1), SearchPage.href(query, others, sort)));
        }
        String effective = text.build();
        try {
            SearchResult result = store.search(new SearchRequest(effective, HITS_PER_PAGE, start, true,
                    sort.equals("date") ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE, false));
            Map<String, Long> months = new LinkedHashMap<>();
            store.facet(effective, "month", 10_000, false).forEach(v -> months.put(v.value(), v.count()));
            BarChart chart = BarChart.months("Matching articles per month", months,
                    month -> SearchPage.href(query, with(chosen, "month:" + month), sort));
            String more = start + HITS_PER_PAGE < result.total()
                    ? SearchPage.href(query, chosen, sort) + "&start=" + (start + HITS_PER_PAGE) : "";
            pages.render(ctx, "search.jte", new SearchPage(query, sort, filters, result.total(), hits(result),
                    facets(result, query, chosen, sort), chart, more, ""));
        } catch (StoreException.BadQuery e) {
            ctx.status(400);
            pages.render(ctx, "search.jte", new SearchPage(query, sort, filters, 0, List.of(), List.of(),
                    BarChart.months("", Map.of(), m -> ""), "", ErrorResponses.badQuery(e)));
        }
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        JsonNode record = DatedRecords.one(store, id)
                .orElseThrow(() -> ApiError.notFound("no stored article has the id '" + id + "'"));
        List<ArticleRef> duplicates = new ArrayList<>();
        store.similar(record.path("text").asText("")).forEach(s -> {
            if (s.duplicateOf().filter(id::equals).isPresent()) {
                DatedRecords.one(store, s.id()).map(DatedRecords::ref).ifPresent(duplicates::add);
            }
        });
        pages.render(ctx, "article.jte", new ArticlePage(ArticleView.of(record), duplicates));
    }

    void entity(Context ctx) {
        String key = ctx.pathParam("key");
        EntityProfile profile = entities.profile(key)
                .orElseThrow(() -> ApiError.notFound("no stored article names the entity '" + key + "'"));
        pages.render(ctx, "entity.jte", profile);
    }

    void analyzeForm(Context ctx) {
        pages.render(ctx, "analyze.jte", AnalyzePage.empty());
    }

    /** Analyzes the pasted article and shows it as an article page would; nothing is stored. */
    void analyzeSubmit(Context ctx) {
        String input = Optional.ofNullable(ctx.formParam("text")).orElse("");
        String date = Optional.ofNullable(ctx.formParam("date")).orElse("").strip();
        Optional<LocalDate> published = QueryText.date("date", date);
        if (input.isBlank()) {
            ctx.status(400);
            pages.render(ctx, "analyze.jte", new AnalyzePage(input, date, null, "Paste an article first."));
            return;
        }
        Analysis analysis = services.analyzer().analyze("pasted article", input.getBytes(StandardCharsets.UTF_8),
                new Hints(published, Optional.empty()));
        if (analysis instanceof Analysis.Analyzed a) {
            pages.render(ctx, "analyze.jte", new AnalyzePage(input, date, ArticleView.of(ArticleRecord.of(a.article())), ""));
        } else {
            ctx.status(422);
            pages.render(ctx, "analyze.jte", new AnalyzePage(input, date, null,
                    "This cannot be analyzed: " + ((Analysis.Failed) analysis).reason()));
        }
    }

    private static List<HitLine> hits(SearchResult result) {
        List<HitLine> hits = new ArrayList<>();
        for (Hit h : result.hits()) {
            hits.add(new HitLine(h.id(), h.title().orElse("(no title)"), h.published().orElse(""), h.site().orElse(""),
                    Snippet.of(h.snippet()), h.duplicateOf().orElse("")));
        }
        return hits;
    }

    private static List<FacetGroup> facets(SearchResult result, String query, List<String> chosen, String sort) {
        List<FacetGroup> groups = new ArrayList<>();
        FACETS.forEach((field, label) -> {
            List<FacetLink> links = new ArrayList<>();
            for (FacetValue v : result.facets().getOrDefault(field, List.of())) {
                String filter = field + ":" + v.value();
                if (!chosen.contains(filter)) {
                    links.add(new FacetLink(v.value(), v.count(), SearchPage.href(query, with(chosen, filter), sort)));
                }
            }
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(field, label, links));
            }
        });
        return groups;
    }

    private static List<String> with(List<String> filters, String one) {
        List<String> out = new ArrayList<>(filters);
        if (!out.contains(one)) {
            out.add(one);
        }
        return out;
    }

    private static Map<String, String> facetLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("entity", "Entities");
        labels.put("speaker", "Speakers");
        labels.put("country", "Countries");
        labels.put("event", "Event types");
        labels.put("site", "Sites");
        labels.put("month", "Months");
        return labels;
    }
}
