package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Herald's store: article records in an embedded Lucene index in one directory, searchable by
 * their words, entities, quotes and events, each record kept whole (compressed) so that
 * {@link #record} gives it back byte for byte.
 *
 * <p>A writer ({@link #openWriter}) adds records through the {@link IngestSteps} (duplicate
 * detection) and makes them durable on {@link #commit}: after a crash the store holds exactly what
 * the last commit held. Only one writer at a time: a second one gets {@link StoreException.Locked}.
 * Readers ({@link #openReader}) work while a writer writes, and see its commits after
 * {@link #refresh}. A directory that is not a store is refused with {@link StoreException.NotAStore}
 * and left untouched.
 *
 * <p>Threads: searches and reads may run on any number of threads; {@link #add} and
 * {@link #commit} are serialized.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.openWriter(Path.of("corpus.store"))) {
 *     store.add(ArticleRecord.of(article));
 *     store.commit();
 *     SearchResult r = store.search(SearchRequest.of("speaker:\"Tony Blair\"").withFacets(true));
 * }
 * }</pre>
 */
public final class ArticleStore implements Closeable, StoreView {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);

    private final Path dir;
    private final org.apache.lucene.store.Directory directory;
    private final Optional<IndexWriter> writer;
    private final StoreIndex index;
    private final MinHash minHash;
    private final FacetsConfig facets = StoreFields.facetsConfig();
    private final List<IngestStep> steps;
    private final RecentRecords recent;
    private final StoreSearch search;

    private ArticleStore(Path dir, org.apache.lucene.store.Directory directory, Optional<IndexWriter> writer, StoreIndex index,
                         DuplicateConfig duplicates, List<IngestStep> steps) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.index = index;
        this.minHash = new MinHash(duplicates);
        this.steps = List.copyOf(steps);
        this.recent = new RecentRecords(minHash);
        this.search = new StoreSearch(index, StoreAnalyzers.perField(), facets);
    }

    /** {@return a writer on the store in {@code dir}, created when missing, with the standard steps} */
    public static ArticleStore openWriter(Path dir) {
        return openWriter(dir, DuplicateConfig.defaults(), IngestSteps::standard);
    }

    /**
     * {@return a writer on the store in {@code dir}, created when missing}
     *
     * @param duplicates how duplicates are found (an existing store keeps its own MinHash parameters)
     * @param steps      the steps of a new record, given the store's duplicate configuration
     * @throws StoreException.NotAStore when {@code dir} holds something else
     * @throws StoreException.Locked    when another writer has the store
     */
    public static ArticleStore openWriter(Path dir, DuplicateConfig duplicates,
                                          java.util.function.Function<DuplicateConfig, List<IngestStep>> steps) {
        DuplicateConfig config = StoreDirectory.prepare(dir, duplicates);
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir);
            IndexWriterConfig iwc = new IndexWriterConfig(StoreAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Merging only neighbouring segments keeps documents in the order they were added,
                    // so an export lists records in ingest order.
                    .setMergePolicy(new LogByteSizeMergePolicy());
            IndexWriter writer = new IndexWriter(directory, iwc);
            writer.commit();
            LOG.info("store {} opened for writing, {} articles", dir, writer.getDocStats().numDocs);
            return new ArticleStore(dir, directory, Optional.of(writer), StoreIndex.of(writer), config, steps.apply(config));
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreException.Locked(dir + " is being written by another process (its write.lock is held);"
                    + " wait for that ingest to end; searches keep working meanwhile", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return a reader on the existing store in {@code dir}, which works while another process writes}
     *
     * @throws StoreException.NotAStore when {@code dir} is missing or not a store
     */
    public static ArticleStore openReader(Path dir) {
        DuplicateConfig config = StoreDirectory.existing(dir, DuplicateConfig.defaults());
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir);
            return new ArticleStore(dir, directory, Optional.empty(), StoreIndex.of(directory), config, List.of());
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            closeQuietly(directory);
            return emptyReader(dir, config);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A store whose writer died between making the directory and its first commit holds no index
     * yet: it reads as empty (reopen it to see a later ingest).
     */
    private static ArticleStore emptyReader(Path dir, DuplicateConfig config) {
        try {
            org.apache.lucene.store.ByteBuffersDirectory empty = new org.apache.lucene.store.ByteBuffersDirectory();
            new IndexWriter(empty, new IndexWriterConfig()).close();
            return new ArticleStore(dir, empty, Optional.empty(), StoreIndex.of(empty), config, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@return the store's directory} */
    public Path directory() {
        return dir;
    }

    /** {@return the steps a new record goes through, in order} */
    public List<IngestStep> steps() {
        return steps;
    }

    /**
     * Adds one article record, unless its id is stored already. The steps run first (they add
     * {@code duplicate_of} and may add more fields to {@code record}); the record is then kept as its
     * JSON line. Durable on the next {@link #commit}.
     *
     * @throws IllegalArgumentException when the record has no {@code id}
     */
    public synchronized AddResult add(ObjectNode record) {
        IndexWriter w = writer.orElseThrow(() -> new IllegalStateException("store " + dir + " was opened for reading"));
        String id = StoreFields.text(record, StoreFields.ID)
                .orElseThrow(() -> new IllegalArgumentException("a record without an \"id\" cannot be stored"));
        if (contains(id)) {
            return new AddResult(AddResult.Status.ALREADY_PRESENT, id, Optional.empty());
        }
        ObjectNode r = record;
        for (IngestStep step : steps) {
            r = Objects.requireNonNull(step.apply(r, this), () -> "step " + step.name() + " returned no record");
        }
        if (!r.has("duplicate_of")) {
            r.putNull("duplicate_of");
        }
        Optional<String> duplicateOf = StoreFields.text(r, "duplicate_of");
        String line = ArticleRecord.toLine(r);
        Optional<int[]> signature = minHash.signature(StoreFields.text(r, StoreFields.TEXT).orElse(""));
        try {
            Document doc = StoreFields.document(r, line, signature, minHash, facets);
            doc.add(new BinaryDocValuesField(StoreIndex.ID_VALUE, new BytesRef(id)));
            duplicateOf.ifPresent(d -> doc.add(new BinaryDocValuesField(StoreIndex.DUPLICATE_OF_VALUE, new BytesRef(d))));
            w.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add " + id + " to the store " + dir + ": " + e.getMessage(), e);
        }
        recent.add(id, line, signature, duplicateOf);
        return new AddResult(duplicateOf.isPresent() ? AddResult.Status.DUPLICATE : AddResult.Status.ADDED, id, duplicateOf);
    }

    /** Makes every record added so far durable, and visible to searches of this store. */
    public synchronized void commit() {
        IndexWriter w = writer.orElseThrow(() -> new IllegalStateException("store " + dir + " was opened for reading"));
        try {
            w.commit();
            index.refresh();
            recent.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes searches see the latest commit (of another process, for a reader). */
    public synchronized void refresh() {
        try {
            index.refresh();
            if (writer.isPresent()) {
                recent.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return the version of what searches and reads see now}: equal versions mean equal answers, so
     * a cache of answers is valid while the version stays the same; it changes when {@link #commit}
     * or {@link #refresh} brings in new records (a writer's records added since its last commit are
     * not counted: cache only what a reader answers)
     */
    public long version() {
        return index.version();
    }

    /** {@return whether a record with this id is stored (committed or not)} */
    public boolean contains(String id) {
        return recent.record(id).isPresent() || index.contains(id);
    }

    /**
     * {@return whether a record with this id is stored as of the last commit or refresh} Safe on any
     * thread without waiting for {@link #add}: a batch asks it before analyzing an article.
     */
    public boolean containsCommitted(String id) {
        return index.contains(id);
    }

    @Override
    public Stream<String> committedRecords() {
        return records(Optional.empty());
    }

    @Override
    public Optional<String> record(String id) {
        Optional<String> pending = recent.record(id);
        return pending.isPresent() ? pending : index.record(id);
    }

    @Override
    public List<Similar> similar(String text) {
        Optional<int[]> signature = minHash.signature(text);
        if (signature.isEmpty()) {
            return List.of();
        }
        String[] bands = minHash.bandKeys(signature.get());
        return Stream.concat(index.similar(signature.get(), bands).stream(), recent.similar(signature.get(), bands).stream())
                .sorted(java.util.Comparator.comparingDouble(Similar::similarity).reversed())
                .toList();
    }

    /**
     * {@return the hits, total and facets of {@code request}}
     *
     * @throws StoreException.BadQuery when the query does not parse
     */
    @Override
    public SearchResult search(SearchRequest request) {
        return search.search(request);
    }

    /**
     * {@return the stored JSON lines of every record matching {@code query} (all records when empty),
     * duplicates included, in the order they were added}; close the stream when done
     *
     * @throws StoreException.BadQuery when the query does not parse
     */
    public Stream<String> records(Optional<String> query) {
        return search.records(query);
    }

    /**
     * {@return the {@code max} most frequent values of one facet ({@code entity}, {@code country},
     * {@code speaker}, {@code event}, {@code site}, {@code month}) among the articles matching
     * {@code query}, most frequent first; near-duplicates left out unless {@code all}}
     *
     * @throws StoreException.BadQuery  when the query does not parse
     * @throws IllegalArgumentException when {@code dim} is no facet
     */
    public List<FacetValue> facet(String query, String dim, int max, boolean all) {
        return search.facet(query, dim, max, all);
    }

    /**
     * {@return the stored JSON lines of at most {@code max} articles matching {@code query}, newest
     * first, near-duplicates left out} (a search's order without its snippets, for reading records)
     *
     * @throws StoreException.BadQuery when the query does not parse
     */
    public List<String> newest(String query, int max) {
        return search.newest(query, max);
    }

    /**
     * {@return the entity keys ({@code "tony blair|PERSON|GBR"}) that {@code keep} accepts, each with
     * the number of stored articles naming it (near-duplicates included), most frequent first, at
     * most {@code max}}
     */
    public List<FacetValue> entityKeys(java.util.function.Predicate<String> keep, int max) {
        return EntityKeys.count(index, keep, max);
    }

    /** {@return counts of what the store holds, as of the last commit or refresh} */
    public StoreStats stats() {
        return index.stats(dir);
    }

    /** Commits a writer's pending records, then closes the store. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (writer.isPresent()) {
                writer.get().commit();
            }
        } finally {
            index.close();
            if (writer.isPresent()) {
                writer.get().close();
            }
            directory.close();
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("closing after a failed open", e);
        }
    }
}
