package dev.herald.batch;

import dev.herald.analyze.Hints;
import dev.herald.ingest.IngestConfig;
import dev.herald.model.InputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Expands the paths a user gives into batch items, lazily and in a stable order:
 * <ul>
 *   <li>a directory: every file under it, recursively, in name order; hidden files ({@code .name})
 *       and symbolic links to directories are skipped, and so are a corpus's own documents
 *       ({@link #isCorpusDocument}: README, LICENSE, ...), each reported to the listener given at
 *       construction (a file named on the command line is always read);</li>
 *   <li>{@code .jsonl}, {@code .ndjson} (also {@code .gz}): one item per record
 *       ({@link JsonLinesReader});</li>
 *   <li>{@code .warc}, {@code .warc.gz}: one item per HTML response record ({@link WarcRecords});</li>
 *   <li>any other file, {@code .gz} or not: one item, read whole.</li>
 * </ul>
 * Containers are told by their names (the conventions of the tools that write them); the content
 * of a single file is still sniffed. A directory that cannot be listed, a broken record or a
 * corrupt container becomes a {@link BatchItem.Broken} item: expansion itself never fails.
 *
 * <p>Not thread-safe: one thread takes the items (the {@link BatchRunner} does so under a lock).
 */
public final class BatchInputs {
    private static final Logger LOG = LoggerFactory.getLogger(BatchInputs.class);
    /**
     * The names a corpus's documentation goes by, with an optional text extension: what a data set
     * ships beside its articles (the BBC News corpus has a README.TXT), not an article of it.
     */
    private static final Pattern CORPUS_DOCUMENT = Pattern.compile(
            "(readme|read[-_]me|licen[cs]e|copying|notice|authors|contributors|changelog|changes|citation)"
                    + "(\\.(txt|md|markdown|rst|text))?(\\.gz)?", Pattern.CASE_INSENSITIVE);

    private final IngestConfig config;
    private final Consumer<Path> skipped;

    /** Expansion that logs each corpus document it skips (at WARN). */
    public BatchInputs(IngestConfig config) {
        this(config, path -> LOG.warn("{}: skipped, a corpus document and not an article", path));
    }

    /**
     * @param skipped told of every file a directory walk leaves out as a corpus document, when it
     *                is reached
     */
    public BatchInputs(IngestConfig config, Consumer<Path> skipped) {
        this.config = Objects.requireNonNull(config, "config");
        this.skipped = Objects.requireNonNull(skipped, "skipped");
    }

    /**
     * {@return whether a file of a directory walk named {@code fileName} documents the corpus rather
     * than being an article: README, LICENSE/LICENCE, COPYING, NOTICE, AUTHORS, CONTRIBUTORS,
     * CHANGELOG, CHANGES, CITATION, in any case, bare or with a text extension}
     */
    public static boolean isCorpusDocument(String fileName) {
        return CORPUS_DOCUMENT.matcher(fileName).matches();
    }

    /** What kind of input a path is. */
    public enum Kind {
        DIRECTORY, JSON_LINES, WARC, FILE
    }

    /** Opens the bytes of an input that is not a local file (a file system of Hadoop's, for Spark). */
    @FunctionalInterface
    public interface StreamOpener {
        InputStream open() throws IOException;
    }

    /** {@return the kind of input at {@code path}, by its name (and, for directories, the file system)} */
    public static Kind kindOf(Path path) {
        if (Files.isDirectory(path)) {
            return Kind.DIRECTORY;
        }
        return kindOfFile(path.getFileName() == null ? "" : path.getFileName().toString());
    }

    /** {@return the kind of the file named {@code fileName}: a container or a single file} */
    public static Kind kindOfFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (name.endsWith(".warc")) {
            return Kind.WARC;
        }
        return Kind.FILE;
    }

    /**
     * {@return the items of one file that is not on the local file system, read as they are taken:
     * a container gives its records, any other file one item read whole}
     *
     * @param name   how the file is named in records and failures
     * @param format how a single file is read ({@code --input-format})
     * @param hints  the hints of a single file (the user's)
     * @param opener opens the file's bytes; called once, when the first item is taken
     */
    public Iterator<BatchItem> expandFile(String name, InputFormat format, Hints hints, StreamOpener opener) {
        return switch (kindOfFile(name)) {
            case JSON_LINES -> new JsonLinesReader(name, opener, config.maxBytes());
            case WARC -> new WarcRecords(name, opener, config.maxBytes());
            default -> List.<BatchItem>of(wholeFile(name, format, hints, opener)).iterator();
        };
    }

    /** Reads a whole file, one byte past the limit so that the reader can tell it is too large. */
    private BatchItem wholeFile(String name, InputFormat format, Hints hints, StreamOpener opener) {
        try (InputStream in = opener.open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
            return new BatchItem.Content(name, bytes, format, hints);
        } catch (IOException e) {
            return new BatchItem.Broken(name, "cannot read: " + e.getMessage());
        }
    }

    /** {@return the items of {@code paths}, in order, read as they are taken} */
    public Iterator<BatchItem> expand(List<Path> paths) {
        return new Expansion(paths);
    }

    /** A depth-first walk over paths, directories and containers, one level per stacked iterator. */
    private final class Expansion implements Iterator<BatchItem> {
        private final Deque<Iterator<?>> stack = new ArrayDeque<>();
        private BatchItem next;

        Expansion(List<Path> paths) {
            stack.push(List.copyOf(paths).iterator());
        }

        @Override
        public boolean hasNext() {
            while (next == null && !stack.isEmpty()) {
                Iterator<?> top = stack.peek();
                if (!top.hasNext()) {
                    close(stack.pop());
                    continue;
                }
                Object element = top.next();
                if (element instanceof BatchItem item) {
                    next = item;
                } else {
                    open((Path) element);
                }
            }
            return next != null;
        }

        @Override
        public BatchItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchItem item = next;
            next = null;
            return item;
        }

        private void open(Path path) {
            switch (kindOf(path)) {
                case DIRECTORY -> openDirectory(path);
                case JSON_LINES -> stack.push(new JsonLinesReader(path, config.maxBytes()));
                case WARC -> stack.push(new WarcRecords(path, config.maxBytes()));
                case FILE -> next = new BatchItem.File(path);
            }
        }

        private void openDirectory(Path dir) {
            List<Path> children = new ArrayList<>();
            List<Path> documents = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path child : entries) {
                    String name = child.getFileName().toString();
                    boolean linkedDir = Files.isSymbolicLink(child) && Files.isDirectory(child);
                    if (name.startsWith(".") || linkedDir) {
                        continue;
                    }
                    if (isCorpusDocument(name) && Files.isRegularFile(child)) {
                        documents.add(child);
                    } else {
                        children.add(child);
                    }
                }
            } catch (IOException e) {
                next = new BatchItem.Broken(dir.toString(), "cannot list directory: " + e.getMessage());
                return;
            }
            documents.sort(Path::compareTo);
            documents.forEach(skipped);
            children.sort(Path::compareTo);
            stack.push(children.iterator());
        }

        private void close(Iterator<?> done) {
            if (done instanceof Closeable c) {
                try {
                    c.close();
                } catch (IOException e) {
                    // A container is only read: failing to close it loses nothing.
                }
            }
        }
    }
}
