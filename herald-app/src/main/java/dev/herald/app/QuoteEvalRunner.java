package dev.herald.app;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.Hints;
import dev.herald.ingest.IngestConfig;
import dev.herald.model.InputFormat;
import dev.herald.nlp.NlpProfile;
import dev.herald.nlp.StockQuoteAttributor;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.Stage;
import dev.herald.quotes.Lexicon;
import dev.herald.quotes.ReportedSpeechFinder;
import dev.herald.record.ArticleRecord;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quote systems the evaluation ({@code eval/quotes.sh}) compares with {@code herald analyze}: reads and
 * cleans each input as {@code herald analyze} does, runs the chosen system, and prints one article
 * record per line, so the scorers read every output alike.
 * <ul>
 *   <li>{@code --system corenlp}: stock CoreNLP quote attribution ({@link StockQuoteAttributor}); needs
 *       a large heap ({@code -Xmx8g});</li>
 *   <li>{@code --system herald-indirect}: Herald's own stages with reported speech
 *       ({@link ReportedSpeechFinder}), as {@code herald analyze} runs them by default.</li>
 * </ul>
 *
 * <p>Usage: {@code QuoteEvalRunner --system corenlp|herald-indirect [--plain] FILE...}
 */
public final class QuoteEvalRunner {
    private QuoteEvalRunner() {
    }

    private static Pipeline system(String name) {
        return switch (name) {
            case "corenlp" -> Pipeline.of(new StockQuoteAttributor());
            case "herald-indirect" -> {
                yield Pipeline.of(Analyzer.stagesFor(NlpProfile.FAST, true));
            }
            default -> throw new IllegalArgumentException("unknown system '" + name + "'; use corenlp or herald-indirect");
        };
    }

    public static void main(String[] args) {
        List<String> files = new ArrayList<>(Arrays.asList(args));
        InputFormat format = files.remove("--plain") ? InputFormat.PLAIN : InputFormat.AUTO;
        int at = files.indexOf("--system");
        if (at < 0 || at + 1 >= files.size()) {
            System.err.println("usage: QuoteEvalRunner --system corenlp|herald-indirect [--plain] FILE...");
            System.exit(2);
        }
        Analyzer analyzer = new Analyzer(IngestConfig.defaults(), system(files.get(at + 1)));
        files.subList(at, at + 2).clear();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failures = 0;
        for (String file : files) {
            Analysis analysis = analyzer.analyze(Path.of(file), format, Hints.none());
            if (analysis instanceof Analysis.Analyzed a) {
                out.println(ArticleRecord.toLine(ArticleRecord.of(a.article())));
            } else if (analysis instanceof Analysis.Failed f) {
                failures++;
                System.err.println("eval: " + f.path() + ": " + f.reason());
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
