package dev.herald.clean;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a {@link TextRule} applies and what it removes; the names are those of the rule file
 * ({@code text-rules.txt}), where each scope is described.
 */
public enum RuleScope {
    /** The pattern matches a whole line: the line is removed. */
    LINE,
    /** The pattern is found anywhere in a line: the whole line is removed. */
    PARAGRAPH,
    /** As {@link #LINE}, only between the headline and the first body paragraph. */
    LEAD,
    /** As {@link #LEAD}, and the line shares (almost) no content word with the headline. */
    TEASER,
    /** As {@link #LINE}; the line heads a list of headlines that goes with it. */
    BLOCK_START,
    /** As {@link #LINE}; the article ends here, unless prose still follows. */
    BLOCK_END,
    /** Found at the end of a related headline: its {@code label} group is the headline's label. */
    LABEL;

    /** {@return the scope's name in the rule file, such as {@code block-start}} */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return whether the rule applies only before the body starts} */
    public boolean leadOnly() {
        return this == LEAD || this == TEASER;
    }

    /** {@return whether the rule heads or ends a run of lines rather than removing one} */
    public boolean spansLines() {
        return this == BLOCK_START || this == BLOCK_END;
    }

    /** {@return the scope called {@code name} in the rule file} */
    static RuleScope named(String name) {
        for (RuleScope scope : values()) {
            if (scope.fileName().equals(name)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + name + "'; use one of "
                + Arrays.stream(values()).map(RuleScope::fileName).collect(Collectors.joining(", ")));
    }
}
