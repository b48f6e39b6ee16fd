package dev.herald.store;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records matching a query, one at a time, in index order (the order they were added): the
 * matching documents are marked first (one bit each), then each record is loaded as it is taken,
 * so an export of any size streams.
 */
final class RecordCursor {
    private final IndexSearcher searcher;
    private final FixedBitSet matches;
    private final StoredFields stored;

    RecordCursor(IndexSearcher searcher, Query query) throws IOException {
        this.searcher = searcher;
        this.matches = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        searcher.search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                matches.set(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        this.stored = searcher.storedFields();
    }

    Stream<String> stream() {
        Spliterator<String> records = new Spliterators.AbstractSpliterator<>(matches.cardinality(),
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED) {
            private int next = matches.length() == 0 ? DocIdSetIterator.NO_MORE_DOCS : matches.nextSetBit(0);

            @Override
            public boolean tryAdvance(Consumer<? super String> action) {
                if (next == DocIdSetIterator.NO_MORE_DOCS) {
                    return false;
                }
                try {
                    action.accept(stored.document(next, Set.of(StoreFields.RECORD)).get(StoreFields.RECORD));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read a record of the store: " + e.getMessage(), e);
                }
                next = next + 1 >= matches.length() ? DocIdSetIterator.NO_MORE_DOCS : matches.nextSetBit(next + 1);
                return true;
            }
        };
        return StreamSupport.stream(records, false);
    }
}
