package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.record.ArticleRecord;
import dev.herald.stories.InMemoryStoryIndex;
import dev.herald.stories.Story;
import dev.herald.stories.StoryAssigner;
import dev.herald.stories.StoryAssignment;
import dev.herald.stories.StoryConfig;
import dev.herald.stories.StoryDocument;
import dev.herald.stories.StoryDocuments;
import dev.herald.stories.StoryListing;
import picocli.CommandLine;
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
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code herald stories}: lists the stories of a set of articles. With {@code --records}, the
 * articles are {@code herald.article/1} records (as {@code herald analyze --format jsonl} prints
 * them), grouped into stories in file and line order by a {@link StoryAssigner} with its default
 * settings; a record that cannot be read is reported and skipped.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List the stories (articles about the same development) of a set of articles.")
final class StoriesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", arity = "1..*", required = true,
            description = "JSON Lines files of article records, grouped in file and line order")
    List<Path> records;

    @Option(names = "--format", defaultValue = "json", converter = StoryFormat.Converter.class,
            description = "json or text (default: ${DEFAULT-VALUE})")
    StoryFormat format;

    @Option(names = "--min-size", defaultValue = "1", description = "list only stories of at least N articles (default: ${DEFAULT-VALUE})")
    int minSize;

    @Option(names = "--threshold", description = "least similarity (0..1] for an article to join a story (default: "
            + "the tuned value, 0.32)")
    Double threshold;

    @Option(names = "--entity-weight", description = "share [0..1] of the similarity that comes from shared actors"
            + " (default: the tuned value, 0.4)")
    Double entityWeight;

    @Override
    public Integer call() throws IOException {
        if (minSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-size must be at least 1, got " + minSize);
        }
        ObjectMapper mapper = ArticleRecord.mapper();
        StoryAssigner assigner = new StoryAssigner(config(), new InMemoryStoryIndex());
        List<StoryDocument> docs = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        boolean failed = false;
        for (Path file : records) {
            failed |= read(file, mapper, doc -> {
                StoryAssignment a = assigner.assign(doc);
                if (storyOf.putIfAbsent(doc.id(), a.story()) == null) {
                    docs.add(doc);
                }
            });
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        StoryPrinter.print(StoryListing.of(docs, storyOf, minSize), format, out);
        out.flush();
        return failed ? 1 : 0;
    }

    private StoryConfig config() {
        StoryConfig c = StoryConfig.defaults();
        try {
            c = threshold == null ? c : c.withThreshold(threshold);
            return entityWeight == null ? c : c.withEntityWeight(entityWeight);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Reads each record of {@code file} into {@code sink}; {@return whether a record failed} */
    private static boolean read(Path file, ObjectMapper mapper, Consumer<StoryDocument> sink) throws IOException {
        boolean failed = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = mapper.readTree(line);
                    sink.accept(StoryDocuments.of(node));
                } catch (IOException | IllegalArgumentException e) {
                    System.err.println("herald: " + file + ":" + lineNumber + ": " + e.getMessage());
                    failed = true;
                }
            }
        }
        return failed;
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
