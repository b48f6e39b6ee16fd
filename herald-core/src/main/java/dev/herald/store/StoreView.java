package dev.herald.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an {@link IngestStep} may read of the store it writes to: by id and by similar text, every
 * record added before the current one, committed or not; by search, the committed ones.
 */
public interface StoreView {

    /**
     * {@return the JSON lines of the records committed before this writer was opened or last
     * committed, in the order they were added}; close the stream when done
     */
    Stream<String> committedRecords();

    /** {@return the stored JSON line of the record with this id} */
    Optional<String> record(String id);

    /**
     * {@return the answer to {@code request} over the records committed so far} (those added since
     * the last commit are not searchable yet: {@link #record} and {@link #similar} see them)
     *
     * @throws StoreException.BadQuery when the query does not parse
     */
    SearchResult search(SearchRequest request);

    /**
     * {@return the ids of stored records whose text is a near-duplicate candidate of {@code text}
     * (they share an LSH band), each with its estimated Jaccard similarity, most similar first}
     */
    List<Similar> similar(String text);

    /**
     * A stored record close to a text.
     *
     * @param id          its id
     * @param similarity  estimated Jaccard similarity of the two texts' shingles, 0 to 1
     * @param duplicateOf its own {@code duplicate_of}, when it is a duplicate itself
     */
    record Similar(String id, double similarity, Optional<String> duplicateOf) {
    }
}
