package dev.herald.model;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.Hints;
import dev.herald.batch.BatchInputs;
import dev.herald.batch.BatchItem;
import dev.herald.ingest.IngestConfig;
import dev.herald.pipeline.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a corpus's files map to article ids: its files are walked as {@code herald ingest} walks them
 * (corpus documents skipped and listed), read and cleaned as Herald reads them (no models), and
 * counted: files, distinct contents (byte for byte), distinct ids; then every id shared by files
 * of different content, with what tells their cleaned texts apart (case, whitespace and paragraph
 * breaks only, or words).
 *
 * <p>Usage: {@code CorpusIds DIR}.
 */
public final class CorpusIds {
    private CorpusIds() {
    }

    private record Read(Path file, String digest, Article article) {
    }

    public static void main(String[] args) throws Exception {
        List<Path> skipped = new ArrayList<>();
        Iterator<BatchItem> items = new BatchInputs(IngestConfig.defaults(), skipped::add).expand(List.of(Path.of(args[0])));
        Analyzer reader = new Analyzer(IngestConfig.defaults(), Pipeline.of());
        Map<String, List<Read>> byId = new LinkedHashMap<>();
        Set<String> contents = new LinkedHashSet<>();
        int files = 0;
        while (items.hasNext()) {
            BatchItem item = items.next();
            if (!(item instanceof BatchItem.File f)) {
                System.out.println("not a file: " + item.source());
                continue;
            }
            files++;
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.path())));
            contents.add(digest);
            Analysis a = reader.analyze(f.path(), InputFormat.AUTO, Hints.none());
            if (a instanceof Analysis.Analyzed ok) {
                byId.computeIfAbsent(ok.article().id(), id -> new ArrayList<>()).add(new Read(f.path(), digest, ok.article()));
            } else {
                System.out.println("failed: " + a.path() + ": " + ((Analysis.Failed) a).reason());
            }
        }
        skipped.forEach(p -> System.out.println("skipped (corpus document): " + p));
        System.out.printf(Locale.ROOT, "files %d, distinct contents %d, distinct ids %d%n", files, contents.size(), byId.size());
        for (List<Read> group : byId.values()) {
            Read first = group.get(0);
            for (Read other : group.subList(1, group.size())) {
                if (!other.digest().equals(first.digest())) {
                    System.out.println("one id, different files: " + first.file() + " and " + other.file() + ": "
                            + difference(first.article(), other.article()));
                }
            }
        }
    }

    /** {@return what tells the cleaned title and text of two articles apart} */
    static String difference(Article a, Article b) {
        String ta = a.metadata().title().orElse("") + "\n" + a.text();
        String tb = b.metadata().title().orElse("") + "\n" + b.text();
        if (ta.equals(tb)) {
            return "the same cleaned title and text (the files differ in what cleaning removes)";
        }
        if (ta.replaceAll("\\s+", " ").equals(tb.replaceAll("\\s+", " "))) {
            return "the same words in the same case; only whitespace differs (" + paragraphs(a) + " and " + paragraphs(b) + " paragraphs)";
        }
        if (ta.replaceAll("\\s+", " ").equalsIgnoreCase(tb.replaceAll("\\s+", " "))) {
            return "the same words; the case of some differs";
        }
        return "the texts differ beyond whitespace and case";
    }

    private static int paragraphs(Article a) {
        return a.text().split("\n\n").length;
    }
}
