package dev.herald.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How long story assignment takes, alone: reads {@code herald.article/1} records (JSON Lines, as
 * {@code herald export --format jsonl} or {@code analyze --format jsonl} prints them), then times
 * what the ingest step does for each, reading the record's features and assigning it, over all of
 * them in file order, on a fresh assigner; once to warm up, then {@code RUNS} times. Prints the
 * fastest run. JSON parsing is left out: the ingest step gets the record already parsed.
 *
 * <p>Usage: {@code java -cp ... dev.herald.stories.StoryThroughput RECORDS.jsonl [RUNS]}
 */
public final class StoryThroughput {
    private StoryThroughput() {
    }

    public static void main(String[] args) throws IOException {
        List<JsonNode> records = read(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        run(records);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, run(records));
        }
        System.out.printf("stories: %d articles assigned in %.0f ms (%.2f ms an article; fastest of %d runs)%n",
                records.size(), best / 1e6, best / 1e6 / records.size(), runs);
    }

    private static long run(List<JsonNode> records) {
        StoryAssigner assigner = new StoryAssigner(StoryConfig.defaults(), new InMemoryStoryIndex());
        long start = System.nanoTime();
        for (JsonNode r : records) {
            assigner.assign(StoryDocuments.of(r));
        }
        return System.nanoTime() - start;
    }

    private static List<JsonNode> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line));
                }
            }
        }
        return out;
    }
}
