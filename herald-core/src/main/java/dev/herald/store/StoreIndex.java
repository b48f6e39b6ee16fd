package dev.herald.store;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Lucene side of a store: point-in-time searchers (of the writer's latest refresh, or of the
 * directory's latest commit) and the look-ups the store needs on them.
 */
final class StoreIndex implements Closeable {
    /** The id and {@code duplicate_of} as doc values, read for candidates without loading the record. */
    static final String ID_VALUE = "id_value";
    static final String DUPLICATE_OF_VALUE = "duplicate_of_value";
    /** Candidates verified per new record, best band agreement first. */
    private static final int MAX_CANDIDATES = 50;

    private final SearcherManager searchers;

    private StoreIndex(SearcherManager searchers) {
        this.searchers = searchers;
    }

    static StoreIndex of(IndexWriter writer) throws IOException {
        return new StoreIndex(new SearcherManager(writer, null));
    }

    static StoreIndex of(Directory directory) throws IOException {
        return new StoreIndex(new SearcherManager(directory, null));
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** {@return the version of the point-in-time reader searches use now; it changes when a refresh sees a new commit} */
    long version() {
        return withSearcher(s -> s.getIndexReader() instanceof DirectoryReader d ? d.getVersion() : 0L);
    }

    /** A searcher held until closed. */
    interface Lease<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(Lease<T> use) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return use.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store: " + e.getMessage(), e);
        }
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher: " + e.getMessage(), e);
        }
    }

    boolean contains(String id) {
        return withSearcher(s -> s.count(idQuery(id)) > 0);
    }

    Optional<String> record(String id) {
        return withSearcher(s -> {
            TopDocs top = s.search(idQuery(id), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(s.storedFields().document(top.scoreDocs[0].doc, Set.of(StoreFields.RECORD)).get(StoreFields.RECORD));
        });
    }

    /** {@return the stored records sharing a band with {@code signature}, with their similarity} */
    List<StoreView.Similar> similar(int[] signature, String[] bands) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String band : bands) {
            q.add(new TermQuery(new Term(StoreFields.BAND, band)), BooleanClause.Occur.SHOULD);
        }
        return withSearcher(s -> {
            List<StoreView.Similar> out = new ArrayList<>();
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (ScoreDoc hit : s.search(q.build(), MAX_CANDIDATES).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                int doc = hit.doc - leaf.docBase;
                Optional<String> id = binary(leaf, ID_VALUE, doc);
                BinaryDocValues minhash = leaf.reader().getBinaryDocValues(StoreFields.MINHASH);
                if (id.isEmpty() || minhash == null || !minhash.advanceExact(doc)) {
                    continue;
                }
                double similarity = MinHash.similarity(signature, StoreFields.fromBytes(minhash.binaryValue()));
                out.add(new StoreView.Similar(id.get(), similarity, binary(leaf, DUPLICATE_OF_VALUE, doc)));
            }
            return out;
        });
    }

    /** {@return the value of binary doc values {@code field} of {@code doc} (of {@code leaf}), when it has one} */
    static Optional<String> binary(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
        if (values == null || !values.advanceExact(doc)) {
            return Optional.empty();
        }
        return Optional.of(values.binaryValue().utf8ToString());
    }

    StoreStats stats(Path dir) {
        return withSearcher(s -> {
            IndexReader reader = s.getIndexReader();
            long duplicates = s.count(new TermQuery(new Term(StoreFields.DUPLICATE, "true")));
            return new StoreStats(reader.numDocs(), duplicates, distinctTerms(reader, StoreFields.ENTITY_KEY),
                    sum(reader, StoreFields.QUOTE_COUNT), sum(reader, StoreFields.EVENT_COUNT), bytes(dir),
                    distinctTerms(reader, StoreFields.STORY));
        });
    }

    private static long distinctTerms(IndexReader reader, String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return 0;
        }
        long n = 0;
        TermsEnum e = terms.iterator();
        while (e.next() != null) {
            n++;
        }
        return n;
    }

    private static long sum(IndexReader reader, String field) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(field);
            if (values == null) {
                continue;
            }
            var live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    total += values.longValue();
                }
            }
        }
        return total;
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a segment file merged away while counting
                }
            }).sum();
        }
    }

    static TermQuery idQuery(String id) {
        return new TermQuery(new Term(StoreFields.ID, id.toLowerCase(Locale.ROOT)));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
