package dev.herald.clean;

import dev.herald.model.RelatedLink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * An immutable, ordered set of {@link TextRule}s read from a rule file; thread-safe. The standard
 * set is {@code dev/herald/clean/text-rules.txt} on the class path, whose header describes the
 * format, read once per JVM by {@link #standard()}.
 */
public final class TextRules {
    /** The class-path resource of the standard rules. */
    public static final String STANDARD_RESOURCE = "/dev/herald/clean/text-rules.txt";

    private final List<TextRule> rules;
    private final List<TextRule> labels;

    private TextRules(List<TextRule> all) {
        this.rules = all.stream().filter(r -> r.scope() != RuleScope.LABEL).toList();
        this.labels = all.stream().filter(r -> r.scope() == RuleScope.LABEL).toList();
    }

    /** {@return the standard rules, read on first use} */
    public static TextRules standard() {
        return Standard.RULES;
    }

    /** {@return the rules written in {@code text}; {@code origin} names the text in error messages} */
    public static TextRules parse(String text, String origin) {
        return new TextRules(TextRuleParser.parse(text, origin));
    }

    /** {@return the rules that remove lines, in file order (label rules are not among them)} */
    public List<TextRule> rules() {
        return rules;
    }

    /** {@return the first rule, in file order, that {@code applies} and matches {@code line}} */
    public Optional<TextRule> first(String line, Predicate<TextRule> applies) {
        for (TextRule rule : rules) {
            if (applies.test(rule) && rule.matches(line)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** {@return {@code line} as a related link: the title (without a list bullet), and the label a label rule finds} */
    public RelatedLink related(String line) {
        String headline = LineShapes.unbulleted(line);
        for (TextRule rule : labels) {
            Matcher m = rule.pattern().matcher(headline);
            if (m.find() && m.start() > 0) {
                String title = InputLine.strip(headline.substring(0, m.start()));
                return new RelatedLink(title, Optional.of(InputLine.strip(m.group("label"))), Optional.empty());
            }
        }
        return new RelatedLink(InputLine.strip(headline), Optional.empty(), Optional.empty());
    }

    /** {@return {@code headline} without its label} */
    public String withoutLabel(String headline) {
        return related(headline).title();
    }

    private static final class Standard {
        static final TextRules RULES = load();

        private static TextRules load() {
            try (InputStream in = TextRules.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(STANDARD_RESOURCE + " is missing from the class path; "
                            + "it belongs in herald-core/src/main/resources");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "text-rules.txt");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + STANDARD_RESOURCE, e);
            }
        }
    }
}
