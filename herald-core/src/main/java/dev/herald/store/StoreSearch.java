package dev.herald.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
    /** The record's fields a hit shows. */
    private static final Set<String> HIT_FIELDS = Set.of(StoreFields.ID, StoreFields.TITLE, StoreFields.PUBLISHED,
            StoreFields.SITE, StoreFields.TEXT);

    private final StoreIndex index;
    private final StoreQueries queries;
    private final FacetsConfig facetsConfig;
    private final Analyzer analyzer;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }

    StoreSearch(StoreIndex index, Analyzer analyzer, FacetsConfig facetsConfig) {
        this.index = index;
        this.queries = new StoreQueries(analyzer);
        this.facetsConfig = facetsConfig;
        this.analyzer = analyzer;
    }

    SearchResult search(SearchRequest request) {
        Query query = queries.parse(request.query());
        Query filtered = withoutDuplicates(query, request.all());
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
            ScoreDoc[] docs = top.scoreDocs;
            List<Hit> hits = hits(s, java.util.Arrays.copyOfRange(docs, Math.min(docs.length, request.offset()),
                    Math.min(docs.length, request.offset() + request.limit())), query);
            // Counted exactly (collectors stop counting at 1,000 by default): the total is part of the answer.
            return new SearchResult(total, hits, facets);
        });
    }

    /**
     * {@return the {@code max} most frequent values of facet {@code dim} among the articles matching
     * {@code query}, near-duplicates left out unless {@code all}}
     */
    List<FacetValue> facet(String query, String dim, int max, boolean all) {
        if (!StoreFields.FACETS.contains(dim)) {
            throw new IllegalArgumentException("no facet '" + dim + "'; facets are " + StoreFields.FACETS);
        }
        Query filtered = withoutDuplicates(queries.parse(query), all);
        return index.withSearcher(s -> {
            FacetsCollector hits = s.search(filtered, new FacetsCollectorManager());
            Optional<SortedSetDocValuesReaderState> state = facetState(s.getIndexReader());
            if (state.isEmpty() || state.get().getOrdRange(dim) == null) {
                return List.of();
            }
            FacetResult r = new SortedSetDocValuesFacetCounts(state.get(), hits).getTopChildren(max, dim);
            List<FacetValue> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
            }
            return values;
        });
    }

    /**
     * {@return the stored records of at most {@code max} articles matching {@code query}, newest
     * first, near-duplicates left out}; no snippet is made, so reading many costs little more than
     * loading them
     */
    List<String> newest(String query, int max) {
        Query filtered = withoutDuplicates(queries.parse(query), false);
        return index.withSearcher(s -> {
            List<String> records = new ArrayList<>();
            for (ScoreDoc doc : s.search(filtered, Math.max(1, max), sort(SearchRequest.Sort.DATE), false).scoreDocs) {
                records.add(s.storedFields().document(doc.doc, Set.of(StoreFields.RECORD)).get(StoreFields.RECORD));
            }
            return records;
        });
    }

    private static Query withoutDuplicates(Query query, boolean all) {
        return all ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(StoreFields.DUPLICATE, "false")), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Sort sort(SearchRequest.Sort sort) {
        if (sort == SearchRequest.Sort.RELEVANCE) {
            return null;
        }
        SortField day = new SortField(StoreFields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, SortField.FIELD_SCORE);
    }

    /**
     * {@return the hits of one page} Only the page's records are read (stored fields are
     * decompressed for these alone), and their snippets are made together from the postings' offsets.
     */
    private List<Hit> hits(IndexSearcher s, ScoreDoc[] page, Query query) throws IOException {
        List<Map<String, String>> fields = new ArrayList<>();
        Map<Integer, String> texts = new java.util.HashMap<>();
        var stored = s.storedFields();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (ScoreDoc doc : page) {
            Map<String, String> f = topLevelText(stored.document(doc.doc, Set.of(StoreFields.RECORD)).get(StoreFields.RECORD));
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            StoreIndex.binary(leaf, StoreIndex.DUPLICATE_OF_VALUE, doc.doc - leaf.docBase).ifPresent(d -> f.put("duplicate_of", d));
            fields.add(f);
            texts.put(doc.doc, f.getOrDefault(StoreFields.TEXT, ""));
        }
        String[] snippets = snippets(s, query, page, texts);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Map<String, String> f = fields.get(i);
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new Hit(f.getOrDefault(StoreFields.ID, ""), nonBlank(f.get(StoreFields.TITLE)),
                    nonBlank(f.get(StoreFields.PUBLISHED)), nonBlank(f.get(StoreFields.SITE)),
                    score, snippets[i], nonBlank(f.get("duplicate_of"))));
        }
        return hits;
    }

    /**
     * {@return a snippet per hit: the best passages of its text for the query, or its opening when no
     * word matches} Words are found through the postings' offsets where the store has them, else by
     * analyzing the text; the texts are the records' (the text is not stored apart).
     */
    private String[] snippets(IndexSearcher s, Query query, ScoreDoc[] page, Map<Integer, String> texts) throws IOException {
        String[] out = new String[page.length];
        if (page.length == 0) {
            return out;
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        UnifiedHighlighter highlighter = new RecordTextHighlighter(highlighterFor(s), texts);
        String[] highlighted = highlighter.highlightFields(new String[] {StoreFields.TEXT}, query, docIds, new int[] {2})
                .get(StoreFields.TEXT);
        for (int i = 0; i < page.length; i++) {
            String h = highlighted == null ? null : highlighted[i];
            String text = texts.get(page[i].doc);
            out[i] = h != null && h.contains("<b>") ? oneLine(h) : opening(text);
        }
        return out;
    }

    private UnifiedHighlighter.Builder highlighterFor(IndexSearcher s) {
        return UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                // Words matched in any field (speaker:"Tony Blair", entity:Yukos) are marked where the text has them.
                .withFieldMatcher(field -> true)
                .withMaxLength(100_000);
    }

    /** A highlighter that takes the texts of the hits from their records instead of a stored field. */
    private static final class RecordTextHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> texts;

        RecordTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
            super(builder);
            this.texts = texts;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                values.add(new CharSequence[] {texts.getOrDefault(doc, "")});
            }
            return values;
        }
    }

    /**
     * {@return the string fields of a record's top level among those a hit shows} Read by streaming,
     * and only until each of them has been seen: entities, quotes and events, most of a record, come
     * after the text and are not parsed ({@code duplicate_of}, last, is read from doc values).
     */
    private static Map<String, String> topLevelText(String line) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        int seen = 0;
        try (JsonParser p = ArticleRecord.mapper().getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a stored record is not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME && seen < HIT_FIELDS.size(); t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (HIT_FIELDS.contains(name)) {
                    seen++;
                    if (value == JsonToken.VALUE_STRING) {
                        out.put(name, p.getText());
                    }
                }
                p.skipChildren();
            }
        }
        return out;
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** {@return the opening of {@code text}, escaped, for a hit none of whose words the text has} */
    private static String opening(String text) {
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
