package dev.herald.store;

/**
 * What a store holds, as {@code herald stats} prints it.
 *
 * @param articles   distinct article ids, near-duplicates included
 * @param duplicates articles stored as near-duplicates of another
 * @param entities   distinct entity keys over all articles
 * @param quotes     quotes over all articles
 * @param events     events over all articles
 * @param bytes      the size of the store's files on disk
 * @param stories    distinct stories over all articles
 */
public record StoreStats(long articles, long duplicates, long entities, long quotes, long events, long bytes,
                         long stories) {
}
