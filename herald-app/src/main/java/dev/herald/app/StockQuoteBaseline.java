package dev.herald.app;

import dev.herald.clean.Cleaned;
import dev.herald.clean.TextCleaner;
import dev.herald.clean.HtmlCleaner;
import dev.herald.clean.PlainCleaner;
import dev.herald.clean.Cleaner;
import dev.herald.ingest.IngestConfig;
import dev.herald.ingest.InputReader;
import dev.herald.ingest.RawDocument;
import dev.herald.ingest.ReadResult;
import dev.herald.model.Article;
import dev.herald.model.InputFormat;
import dev.herald.model.Source;
import dev.herald.nlp.StockQuoteAttributor;
import dev.herald.record.ArticleRecord;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation's baseline: reads and cleans each input as {@code herald analyze} does, then runs
 * stock CoreNLP quote attribution ({@link StockQuoteAttributor}) instead of Herald's stages, and
 * prints one article record per line, so {@code quote-score} reads both outputs alike.
 *
 * <p>Usage: {@code StockQuoteBaseline [--plain] FILE...}; needs a large heap ({@code -Xmx8g}).
 */
public final class StockQuoteBaseline {
    private StockQuoteBaseline() {
    }

    public static void main(String[] args) {
        List<String> files = new ArrayList<>(Arrays.asList(args));
        InputFormat format = files.remove("--plain") ? InputFormat.PLAIN : InputFormat.AUTO;
        Map<InputFormat, Cleaner> cleaners = Map.of(InputFormat.TEXT, new TextCleaner(),
                InputFormat.HTML, new HtmlCleaner(), InputFormat.PLAIN, new PlainCleaner());
        InputReader reader = new InputReader(IngestConfig.defaults());
        StockQuoteAttributor stock = new StockQuoteAttributor();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failures = 0;
        for (String file : files) {
            ReadResult read = reader.read(Path.of(file), format);
            if (read instanceof ReadResult.Unreadable u) {
                failures++;
                System.err.println("baseline: " + file + ": " + u.reason());
                continue;
            }
            RawDocument doc = ((ReadResult.Read) read).document();
            Cleaned cleaned = cleaners.get(doc.format()).clean(doc.content());
            if (cleaned instanceof Cleaned.Text t) {
                Article article = Article.of(new Source(doc.path(), Optional.empty(), doc.format()), t.metadata(),
                        t.body(), t.boilerplate(), t.related());
                out.println(ArticleRecord.of(stock.apply(article)).toString());
            } else {
                failures++;
                System.err.println("baseline: " + file + ": " + ((Cleaned.Rejected) cleaned).reason());
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
