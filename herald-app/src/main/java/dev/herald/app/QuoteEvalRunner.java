package dev.herald.app;

import dev.herald.clean.Cleaned;
import dev.herald.clean.Cleaner;
import dev.herald.clean.HtmlCleaner;
import dev.herald.clean.PlainCleaner;
import dev.herald.clean.TextCleaner;
import dev.herald.entities.EntityGrouper;
import dev.herald.ingest.IngestConfig;
import dev.herald.ingest.InputReader;
import dev.herald.ingest.RawDocument;
import dev.herald.ingest.ReadResult;
import dev.herald.model.Article;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Source;
import dev.herald.nlp.CoreNlpAnnotator;
import dev.herald.nlp.NlpProfile;
import dev.herald.nlp.StockQuoteAttributor;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.Stage;
import dev.herald.quotes.Lexicon;
import dev.herald.quotes.QuoteConfig;
import dev.herald.quotes.QuoteFinder;
import dev.herald.quotes.ReportedSpeechFinder;
import dev.herald.quotes.SpeakerResolver;
import dev.herald.record.ArticleRecord;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quote systems the evaluation ({@code eval/quotes.sh}) compares with {@code herald analyze}: reads and
 * cleans each input as {@code herald analyze} does, runs the chosen system, and prints one article
 * record per line, so the scorers read every output alike.
 * <ul>
 *   <li>{@code --system corenlp}: stock CoreNLP quote attribution ({@link StockQuoteAttributor}); needs
 *       a large heap ({@code -Xmx8g});</li>
 *   <li>{@code --system herald-indirect}: Herald's own stages plus reported speech
 *       ({@link ReportedSpeechFinder}), which the default pipeline leaves out.</li>
 * </ul>
 *
 * <p>Usage: {@code QuoteEvalRunner --system corenlp|herald-indirect [--plain] FILE...}
 */
public final class QuoteEvalRunner {
    private QuoteEvalRunner() {
    }

    private static Stage system(String name) {
        return switch (name) {
            case "corenlp" -> new StockQuoteAttributor();
            case "herald-indirect" -> {
                Pipeline p = Pipeline.of(new CoreNlpAnnotator(NlpProfile.FAST), new EntityGrouper(),
                        new QuoteFinder(QuoteConfig.defaults()), new SpeakerResolver(QuoteConfig.defaults(), Lexicon.english()),
                        new ReportedSpeechFinder(Lexicon.english()));
                yield new PipelineStage(p);
            }
            default -> throw new IllegalArgumentException("unknown system '" + name + "'; use corenlp or herald-indirect");
        };
    }

    /** A whole pipeline run as one stage. */
    private record PipelineStage(Pipeline pipeline) implements Stage {
        @Override
        public String name() {
            return "pipeline";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layer.QUOTES);
        }

        @Override
        public Article apply(Article article) {
            return pipeline.apply(article);
        }
    }

    public static void main(String[] args) {
        List<String> files = new ArrayList<>(Arrays.asList(args));
        InputFormat format = files.remove("--plain") ? InputFormat.PLAIN : InputFormat.AUTO;
        int at = files.indexOf("--system");
        if (at < 0 || at + 1 >= files.size()) {
            System.err.println("usage: QuoteEvalRunner --system corenlp|herald-indirect [--plain] FILE...");
            System.exit(2);
        }
        Stage system = system(files.get(at + 1));
        files.subList(at, at + 2).clear();
        Map<InputFormat, Cleaner> cleaners = Map.of(InputFormat.TEXT, new TextCleaner(),
                InputFormat.HTML, new HtmlCleaner(), InputFormat.PLAIN, new PlainCleaner());
        InputReader reader = new InputReader(IngestConfig.defaults());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failures = 0;
        for (String file : files) {
            ReadResult read = reader.read(Path.of(file), format);
            if (read instanceof ReadResult.Unreadable u) {
                failures++;
                System.err.println("eval: " + file + ": " + u.reason());
                continue;
            }
            RawDocument doc = ((ReadResult.Read) read).document();
            Cleaned cleaned = cleaners.get(doc.format()).clean(doc.content());
            if (cleaned instanceof Cleaned.Text t) {
                Article article = Article.of(new Source(doc.path(), Optional.empty(), doc.format()), t.metadata(),
                        t.body(), t.boilerplate(), t.related());
                out.println(ArticleRecord.of(system.apply(article)).toString());
            } else {
                failures++;
                System.err.println("eval: " + file + ": " + ((Cleaned.Rejected) cleaned).reason());
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
