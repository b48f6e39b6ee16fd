package dev.herald.store;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The entity keys of a store with their article counts, read from the terms of the exact-key field:
 * one pass over the terms, no document loaded, so listing every entity of a large store stays cheap.
 */
final class EntityKeys {
    private EntityKeys() {
    }

    static List<FacetValue> count(StoreIndex index, Predicate<String> keep, int max) {
        if (max < 1) {
            return List.of();
        }
        return index.withSearcher(s -> {
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), StoreFields.ENTITY_KEY);
            if (terms == null) {
                return List.of();
            }
            // The max most frequent, kept in a min-heap as the terms go by.
            Comparator<FacetValue> order = Comparator.comparingLong(FacetValue::count)
                    .thenComparing(FacetValue::value, Comparator.reverseOrder());
            PriorityQueue<FacetValue> top = new PriorityQueue<>(order);
            TermsEnum e = terms.iterator();
            for (BytesRef term = e.next(); term != null; term = e.next()) {
                String key = term.utf8ToString();
                if (keep.test(key)) {
                    top.add(new FacetValue(key, e.docFreq()));
                    if (top.size() > max) {
                        top.poll();
                    }
                }
            }
            List<FacetValue> out = new ArrayList<>(top);
            out.sort(order.reversed());
            return out;
        });
    }
}
