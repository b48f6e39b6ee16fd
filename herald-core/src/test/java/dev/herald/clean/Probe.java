package dev.herald.clean;

import dev.herald.model.Boilerplate;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Puts one line into a small article and tells what the standard cleaner made of it. */
final class Probe {
    static final String HEADLINE = "Council approves new budget after six-hour debate";
    /** Prose, so that lines after it are past the head of the article. */
    static final String OPENING = "The city council approved its budget for next year on Tuesday night after a debate that "
            + "lasted more than six hours, officials said.";
    static final String CLOSING = "The new budget takes effect in April, and councillors will review the spending plans "
            + "again in the autumn, the council's leader said.";

    private static final TextCleaner CLEANER = new TextCleaner();

    private Probe() {
    }

    /** {@return the input's blocks joined with blank lines, cleaned; fails if it was rejected} */
    static Cleaned.Text clean(String... blocks) {
        Cleaned cleaned = CLEANER.clean(String.join("\n\n", blocks));
        assertThat(cleaned).as("cleaned").isInstanceOf(Cleaned.Text.class);
        return (Cleaned.Text) cleaned;
    }

    /** {@return "body", or the kind of boilerplate {@code line} became, placed between two paragraphs of prose} */
    static String kindInBody(String line) {
        return kindOf(line, clean(HEADLINE, OPENING, line, CLOSING));
    }

    /** {@return "body", or the kind of boilerplate {@code line} became, placed right after the headline} */
    static String kindInLead(String line) {
        return kindOf(line, clean(HEADLINE, line, OPENING, CLOSING));
    }

    /** {@return each removed line as "kind: text"} */
    static List<String> removed(Cleaned.Text text) {
        return text.boilerplate().stream().map(Probe::render).toList();
    }

    /** {@return each related headline as "title [label]", or the title alone} */
    static List<String> related(Cleaned.Text text) {
        return text.related().stream().map(r -> r.title() + r.label().map(l -> " [" + l + "]").orElse("")).toList();
    }

    static String render(Boilerplate b) {
        return b.kind().name().toLowerCase(Locale.ROOT) + ": " + b.text();
    }

    private static String kindOf(String line, Cleaned.Text text) {
        List<Boilerplate> mine = text.boilerplate().stream().filter(b -> b.text().equals(line.strip())).toList();
        if (mine.isEmpty()) {
            assertThat(text.body()).as("a line not removed is in the body").contains(line.strip());
            return "body";
        }
        assertThat(text.boilerplate()).as("only the probed line is removed").hasSize(1);
        return mine.get(0).kind().name().toLowerCase(Locale.ROOT);
    }
}
