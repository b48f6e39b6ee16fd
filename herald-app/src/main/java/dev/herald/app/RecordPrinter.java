package dev.herald.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.herald.model.Article;
import dev.herald.record.ArticleRecord;

import java.io.PrintStream;

/** Writes records in one output format as they come, so a batch of any size streams. */
abstract class RecordPrinter {
    protected final PrintStream out;

    RecordPrinter(PrintStream out) {
        this.out = out;
    }

    /**
     * {@return a printer for {@code format}; {@code several} makes {@code json} print an array,
     * even of one or no record}
     */
    static RecordPrinter of(OutputFormat format, PrintStream out, boolean several) {
        return switch (format) {
            case jsonl -> new RecordPrinter(out) {
                @Override
                void print(Article article) {
                    out.println(ArticleRecord.toLine(ArticleRecord.of(article)));
                }
            };
            case text -> new RecordPrinter(out) {
                @Override
                void print(Article article) {
                    out.println(TextSummary.of(article));
                }
            };
            case json -> several ? new JsonArrayPrinter(out) : new JsonPrinter(out);
            case gdelt_events -> new RecordPrinter(out) {
                @Override
                void print(Article article) {
                    new GdeltEventsPrinter(out).print(article);
                }
            };
        };
    }

    abstract void print(Article article);

    /** Ends the output (closes a JSON array) and flushes it. */
    void finish() {
        out.flush();
    }

    static String pretty(Object node) {
        try {
            return ArticleRecord.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** One pretty-printed record. */
    static final class JsonPrinter extends RecordPrinter {
        JsonPrinter(PrintStream out) {
            super(out);
        }

        @Override
        void print(Article article) {
            out.println(pretty(ArticleRecord.of(article)));
        }
    }

    /** A JSON array of pretty-printed records, written one record at a time. */
    static final class JsonArrayPrinter extends RecordPrinter {
        private boolean first = true;

        JsonArrayPrinter(PrintStream out) {
            super(out);
        }

        @Override
        void print(Article article) {
            out.print(first ? "[ " : ", ");
            first = false;
            out.print(pretty(ArticleRecord.of(article)));
        }

        @Override
        void finish() {
            out.println(first ? "[ ]" : " ]");
            out.flush();
        }
    }
}
