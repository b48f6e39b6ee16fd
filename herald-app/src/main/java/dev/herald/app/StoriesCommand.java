package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.record.ArticleRecord;
import dev.herald.store.ArticleStore;
import dev.herald.stories.InMemoryStoryIndex;
import dev.herald.stories.StoryAssigner;
import dev.herald.stories.StoryConfig;
import dev.herald.stories.StoryDocument;
import dev.herald.stories.StoryDocuments;
import dev.herald.stories.StoryListing;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code herald stories}: lists the stories of a store, as ingest gave them (each stored record
 * carries its {@code story}); or, with {@code --records}, of {@code herald.article/1} records (as
 * {@code herald analyze --format jsonl} prints them), grouped here in file and line order by a
 * {@link StoryAssigner}. A record that cannot be read is reported as {@code herald: FILE:LINE:
 * reason} and skipped; the status is then 1.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List the stories (articles about the same development) of a store or of article records.")
final class StoriesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "the store's directory")
        Path store;

        @Option(names = "--records", arity = "1..*", paramLabel = "FILE",
                description = "JSON Lines files of article records, grouped in file and line order")
        List<Path> records;
    }

    @Option(names = "--format", defaultValue = "json", converter = StoryFormat.Converter.class,
            description = "json or text (default: ${DEFAULT-VALUE})")
    StoryFormat format;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "1",
            description = "list only stories of at least N articles (default: ${DEFAULT-VALUE})")
    int minSize;

    @Option(names = "--threshold", description = "with --records: least similarity (0..1] for an article to join a story"
            + " (default: the tuned value, 0.32)")
    Double threshold;

    @Option(names = "--entity-weight", description = "with --records: share [0..1] of the similarity that comes from"
            + " shared actors (default: the tuned value, 0.4)")
    Double entityWeight;

    private final ObjectMapper mapper = ArticleRecord.mapper();
    private final List<StoryDocument> docs = new ArrayList<>();
    private final Map<String, String> storyOf = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        if (minSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-size must be at least 1, got " + minSize);
        }
        StoryAssigner assigner = new StoryAssigner(config(), new InMemoryStoryIndex());
        return StoreErrors.run(System.err, () -> {
            boolean failed = source.store != null ? readStore(assigner) : readRecords(assigner);
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            StoryPrinter.print(StoryListing.of(docs, storyOf, minSize), format, out);
            out.flush();
            return failed ? 1 : 0;
        });
    }

    private StoryConfig config() {
        if (source.store != null && (threshold != null || entityWeight != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threshold and --entity-weight go with --records: a store keeps the stories ingest gave");
        }
        StoryConfig c = StoryConfig.defaults();
        try {
            c = threshold == null ? c : c.withThreshold(threshold);
            return entityWeight == null ? c : c.withEntityWeight(entityWeight);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Reads the stored records with their stories; one stored without a story is assigned here. */
    private boolean readStore(StoryAssigner assigner) throws IOException {
        boolean failed = false;
        try (ArticleStore s = ArticleStore.openReader(source.store); Stream<String> lines = s.records(Optional.empty())) {
            int n = 0;
            for (String line : (Iterable<String>) lines::iterator) {
                n++;
                failed |= !take(line, assigner, source.store + "#record-" + n);
            }
        }
        return failed;
    }

    private boolean readRecords(StoryAssigner assigner) throws IOException {
        boolean failed = false;
        for (Path file : source.records) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lineNumber = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lineNumber++;
                    failed |= !line.isBlank() && !take(line, assigner, file + ":" + lineNumber);
                }
            }
        }
        return failed;
    }

    /** Takes one record and its story; {@return false, after reporting why, when it cannot be read} */
    private boolean take(String line, StoryAssigner assigner, String where) {
        try {
            JsonNode node = mapper.readTree(line);
            StoryDocument doc = StoryDocuments.of(node);
            String stored = node.path("story").asText("");
            String story = source.store != null && !stored.isEmpty() ? stored : assigner.assign(doc).story();
            if (storyOf.putIfAbsent(doc.id(), story) == null) {
                docs.add(doc);
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("herald: " + where + ": " + e.getMessage());
            return false;
        }
    }

    /** How {@code herald stories} prints. */
    enum StoryFormat {
        json, text;

        static final class Converter implements CommandLine.ITypeConverter<StoryFormat> {
            @Override
            public StoryFormat convert(String value) {
                for (StoryFormat f : values()) {
                    if (f.name().equals(value)) {
                        return f;
                    }
                }
                throw new CommandLine.TypeConversionException("use json or text, not '" + value + "'");
            }
        }
    }
}
