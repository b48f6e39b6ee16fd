package dev.herald.clean.html;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.clean.Cleaned;
import dev.herald.clean.HtmlCleaner;
import dev.herald.ingest.IngestConfig;
import dev.herald.ingest.InputReader;
import dev.herald.ingest.ReadResult;
import dev.herald.model.InputFormat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs only the HTML cleaning stage over pages and prints one JSON line per page with the fields
 * of the article record that extraction scorers read (input.path, title, published, authors, site,
 * url, language, text). For quick evaluation without loading the language models:
 * {@code java -cp ... dev.herald.clean.html.ExtractionDump PAGE.html.gz... > pred.jsonl}.
 */
public final class ExtractionDump {
    private ExtractionDump() {
    }

    public static void main(String[] args) {
        JsonMapper json = new JsonMapper();
        InputReader reader = new InputReader(IngestConfig.defaults());
        HtmlCleaner cleaner = new HtmlCleaner();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String arg : args) {
            ObjectNode r = json.createObjectNode();
            r.putObject("input").put("path", arg);
            ReadResult read = reader.read(Path.of(arg), InputFormat.HTML);
            if (read instanceof ReadResult.Read ok) {
                Cleaned c = cleaner.clean(ok.document().content());
                if (c instanceof Cleaned.Text t) {
                    r.put("title", t.metadata().title().orElse(null));
                    r.put("published", t.metadata().published().map(Object::toString).orElse(null));
                    t.metadata().authors().forEach(r.putArray("authors")::add);
                    r.put("site", t.metadata().site().orElse(null));
                    r.put("url", t.metadata().url().orElse(null));
                    r.put("language", t.metadata().language());
                    r.put("text", t.body());
                    var bp = r.putArray("boilerplate");
                    t.boilerplate().forEach(b -> bp.addObject().put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT))
                            .put("text", b.text()));
                    var rel = r.putArray("related");
                    t.related().forEach(l -> rel.addObject().put("title", l.title()).put("url", l.url().orElse(null)));
                } else {
                    r.put("rejected", ((Cleaned.Rejected) c).reason());
                    r.put("text", "");
                }
            } else {
                r.put("rejected", read.toString());
                r.put("text", "");
            }
            out.println(r);
        }
        out.flush();
    }
}
