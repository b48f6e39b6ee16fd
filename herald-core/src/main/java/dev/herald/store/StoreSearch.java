package dev.herald.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.record.ArticleRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs searches on a store's index: the query, the page of hits with snippets, the facets. */
final class StoreSearch {
    /** Values per facet in a search result. */
    static final int FACET_VALUES = 10;
    private static final int SNIPPET_CHARS = 240;

    private final StoreIndex index;
    private final StoreQueries queries;
    private final FacetsConfig facetsConfig;
    private final UnifiedHighlighter highlighter;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }

    StoreSearch(StoreIndex index, Analyzer analyzer, FacetsConfig facetsConfig) {
        this.index = index;
        this.queries = new StoreQueries(analyzer);
        this.facetsConfig = facetsConfig;
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withMaxLength(100_000)
                .build();
    }

    SearchResult search(SearchRequest request) {
        Query query = queries.parse(request.query());
        Query filtered = request.all() ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(StoreFields.DUPLICATE, "false")), BooleanClause.Occur.FILTER)
                .build();
        int n = Math.max(1, request.offset() + request.limit());
        return index.withSearcher(s -> {
            TopDocs top;
            long total = -1;
            Map<String, List<FacetValue>> facets = Map.of();
            Sort sort = sort(request.sort());
            if (request.facets()) {
                FacetsCollectorManager.FacetsResult r = sort == null
                        ? FacetsCollectorManager.search(s, filtered, n, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(s, filtered, n, sort, true, new FacetsCollectorManager());
                top = r.topDocs();
                facets = facets(s.getIndexReader(), r.facetsCollector());
                total = r.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            } else if (sort == null) {
                top = s.search(filtered, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
            } else {
                top = s.search(filtered, new TopFieldCollectorManager(sort, n, Integer.MAX_VALUE));
                TopFieldCollector.populateScores(top.scoreDocs, s, filtered);
            }
            if (total < 0) {
                total = top.totalHits.value;
            }
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = request.offset(); i < Math.min(docs.length, request.offset() + request.limit()); i++) {
                hits.add(hit(s, docs[i], query));
            }
            // Counted exactly (collectors stop counting at 1,000 by default): the total is part of the answer.
            return new SearchResult(total, hits, facets);
        });
    }

    private static Sort sort(SearchRequest.Sort sort) {
        if (sort == SearchRequest.Sort.RELEVANCE) {
            return null;
        }
        SortField day = new SortField(StoreFields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, SortField.FIELD_SCORE);
    }

    private Hit hit(IndexSearcher s, ScoreDoc doc, Query query) throws IOException {
        String line = s.storedFields().document(doc.doc, Set.of(StoreFields.RECORD)).get(StoreFields.RECORD);
        JsonNode record = ArticleRecord.mapper().readTree(line);
        String text = record.path(StoreFields.TEXT).asText("");
        float score = Float.isNaN(doc.score) ? 0f : doc.score;
        return new Hit(record.path(StoreFields.ID).asText(), StoreFields.text(record, StoreFields.TITLE),
                StoreFields.text(record, StoreFields.PUBLISHED), StoreFields.text(record, StoreFields.SITE),
                score, snippet(query, text), StoreFields.text(record, "duplicate_of"));
    }

    /** {@return the best passages of {@code text} for the query, or its opening when no word matches} */
    private String snippet(Query query, String text) throws IOException {
        Object highlighted = highlighter.highlightWithoutSearcher(StoreFields.TEXT, query, text, 2);
        if (highlighted instanceof String h && h.contains("<b>")) {
            return oneLine(h);
        }
        String opening = text.length() > SNIPPET_CHARS ? text.substring(0, text.lastIndexOf(' ', SNIPPET_CHARS) + 1) + "…" : text;
        return oneLine(escape(opening));
    }

    /** Paragraph breaks inside a passage become spaces: a snippet is one line. */
    private static String oneLine(String s) {
        return s.replaceAll("\\s*\n\\s*", " ").strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private Map<String, List<FacetValue>> facets(IndexReader reader, FacetsCollector hits) throws IOException {
        Optional<SortedSetDocValuesReaderState> state = facetState(reader);
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        StoreFields.FACETS.forEach(dim -> out.put(dim, List.of()));
        if (state.isEmpty()) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), hits);
        for (String dim : StoreFields.FACETS) {
            if (state.get().getOrdRange(dim) == null) {
                continue;
            }
            FacetResult r = counts.getTopChildren(FACET_VALUES, dim);
            if (r != null) {
                List<FacetValue> values = new ArrayList<>();
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
                out.put(dim, values);
            }
        }
        return out;
    }

    /** The ordinal map of the facets, built once per point-in-time reader (costly on a large store). */
    private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        Optional<SortedSetDocValuesReaderState> state;
        try {
            state = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
        } catch (IllegalArgumentException e) {
            state = Optional.empty(); // no article has a facet value yet
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    /** {@return the records matching {@code query} (all when empty), in index order, streamed} */
    java.util.stream.Stream<String> records(Optional<String> query) {
        Query q = query.filter(t -> !t.isBlank()).map(queries::parse).orElse(new MatchAllDocsQuery());
        try {
            IndexSearcher s = index.acquire();
            RecordCursor cursor = new RecordCursor(s, q);
            return cursor.stream().onClose(() -> index.release(s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store: " + e.getMessage(), e);
        }
    }
}
