package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of what happens to a new record before it is written: {@link DuplicateFinder} sets
 * {@code duplicate_of}; a later step may set more fields (a story, say). Steps run in the order of
 * {@link ArticleStore#steps()}, each on the record as the previous one left it, only for records
 * whose id is not stored yet; then the store writes the record. A step only ever adds fields, so
 * records keep the contract's shape.
 *
 * <p>A step is called by one thread at a time (the store's writer); it may read the store through
 * {@code store}, which sees every record added before this one, committed or not.
 */
public interface IngestStep {

    /** {@return a short name for logs and errors} */
    String name();

    /**
     * {@return the record with this step's fields set; {@code record} itself may be changed and returned}
     *
     * @param record the record about to be stored, with the fields of the steps before
     * @param store  the store as it stands before this record
     */
    ObjectNode apply(ObjectNode record, StoreView store);
}
