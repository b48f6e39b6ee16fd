package dev.herald.clean;

import dev.herald.model.Boilerplate;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of the rule file: lines it matches are boilerplate of {@code kind}.
 *
 * @param kind    what the removed text is
 * @param scope   where the rule applies and how much it removes
 * @param pattern the compiled pattern (a {@link RuleScope#LABEL} pattern is anchored at the end)
 * @param origin  where the rule was read, as {@code file:line}, for messages
 */
public record TextRule(Boilerplate.Kind kind, RuleScope scope, Pattern pattern, String origin) {
    /** The longest line a rule of a whole-line scope looks at; a longer line is prose, not page furniture. */
    public static final int MAX_WHOLE_LINE = 1_000;

    public TextRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(origin, "origin");
        if (scope == RuleScope.LABEL && kind != Boilerplate.Kind.RELATED) {
            throw new IllegalArgumentException(origin + ": a label rule must be of kind RELATED, not " + kind);
        }
        if (scope == RuleScope.LABEL && !pattern.pattern().contains("(?<label>")) {
            throw new IllegalArgumentException(origin + ": a label rule needs a group (?<label>...)");
        }
    }

    /** {@return whether this rule matches {@code line}, as its scope says} */
    public boolean matches(String line) {
        return matcher(line).isPresent();
    }

    /** {@return the headline given on a heading's own line ("READ MORE: Title"), if any} */
    public Optional<String> title(String line) {
        if (!pattern.pattern().contains("(?<title>")) {
            return Optional.empty();
        }
        return matcher(line).map(m -> m.group("title")).map(InputLine::strip).filter(t -> !t.isEmpty());
    }

    private Optional<Matcher> matcher(String line) {
        Matcher m = pattern.matcher(line);
        boolean anywhere = scope == RuleScope.PARAGRAPH || scope == RuleScope.LABEL;
        if (!anywhere && line.length() > MAX_WHOLE_LINE) {
            return Optional.empty();
        }
        return (anywhere ? m.find() : m.matches()) ? Optional.of(m) : Optional.empty();
    }
}
