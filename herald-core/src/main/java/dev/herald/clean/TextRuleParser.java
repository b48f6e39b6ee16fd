package dev.herald.clean;

import dev.herald.model.Boilerplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the rule file format described in {@code text-rules.txt}: {@code KIND SCOPE REGEX} lines,
 * {@code define NAME REGEX} lines whose {@code {{NAME}}} is replaced in later patterns, and
 * {@code #} comments. Any mistake fails with the file and line and how to fix it.
 */
final class TextRuleParser {
    private static final Pattern FIELDS = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(.+)");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([A-Z][A-Z0-9_]*)}}");
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private final String origin;
    private final Map<String, String> definitions = new HashMap<>();

    private TextRuleParser(String origin) {
        this.origin = origin;
    }

    /** {@return the rules of {@code text}, in file order; {@code origin} names it in messages} */
    static List<TextRule> parse(String text, String origin) {
        TextRuleParser parser = new TextRuleParser(origin);
        List<TextRule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            try {
                parser.line(line, where).ifPresent(rules::add);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad pattern: " + e.getDescription()
                        + " near index " + e.getIndex() + " of " + e.getPattern(), e);
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private Optional<TextRule> line(String line, String where) {
        Matcher fields = FIELDS.matcher(line);
        if (!fields.matches()) {
            throw new IllegalArgumentException("expected 'KIND SCOPE REGEX' or 'define NAME REGEX', got: " + line);
        }
        String regex = expand(fields.group(3).strip());
        if (fields.group(1).equals("define")) {
            define(fields.group(2), regex);
            return Optional.empty();
        }
        Boilerplate.Kind kind = kind(fields.group(1));
        RuleScope scope = RuleScope.named(fields.group(2));
        String anchored = scope == RuleScope.LABEL ? "(?:" + regex + ")$" : regex;
        return Optional.of(new TextRule(kind, scope, Pattern.compile(anchored, FLAGS), where));
    }

    private void define(String name, String regex) {
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a definition's name is upper case, such as NAME or MONTH: " + name);
        }
        Pattern.compile(regex, FLAGS);
        if (definitions.putIfAbsent(name, regex) != null) {
            throw new IllegalArgumentException("'" + name + "' is defined twice");
        }
    }

    private String expand(String regex) {
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String definition = definitions.get(m.group(1));
            if (definition == null) {
                throw new IllegalArgumentException("{{" + m.group(1) + "}} is used before it is defined");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + definition + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Boilerplate.Kind kind(String name) {
        try {
            return Boilerplate.Kind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + name + "'; use one of "
                    + Arrays.toString(Boilerplate.Kind.values()), e);
        }
    }
}
