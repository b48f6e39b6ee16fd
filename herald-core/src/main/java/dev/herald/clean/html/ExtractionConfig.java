package dev.herald.clean.html;

import dev.herald.model.Boilerplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of main-content extraction: class/id hints, tags, thresholds and boilerplate phrases.
 * The defaults live, commented, in {@code dev/herald/clean/html/extraction.properties}.
 *
 * @param positive          class/id words of an article's container
 * @param negative          class/id words of boilerplate
 * @param kinds             for a removed block's class/id words, its kind (tried in order)
 * @param skipTags          tags whose content is never text of the page (scripts, forms...)
 * @param tagKinds          tags removed from inside an article, with their kind
 * @param phrases           whole short blocks that are boilerplate wherever they stand
 * @param minParagraphChars characters a block needs to count as a body paragraph
 * @param maxLinkDensity    the largest share of a paragraph's characters inside links
 * @param maxInsideLinkDensity above this share of link characters, a block inside the article's
 *                          container is removed as a link to elsewhere
 * @param hintWeight        what a class/id hint adds to or takes from a candidate, as a share
 * @param minArticleChars   below this many body characters a page has no article
 */
public record ExtractionConfig(Pattern positive, Pattern negative, Map<Boilerplate.Kind, Pattern> kinds,
                               Set<String> skipTags, Map<String, Boilerplate.Kind> tagKinds, Pattern phrases,
                               int minParagraphChars, double maxLinkDensity, double maxInsideLinkDensity,
                               double hintWeight,
                               int minArticleChars) {
    private static final String RESOURCE = "/dev/herald/clean/html/extraction.properties";

    public ExtractionConfig {
        Objects.requireNonNull(positive, "positive");
        Objects.requireNonNull(negative, "negative");
        kinds = Map.copyOf(kinds);
        skipTags = Set.copyOf(skipTags);
        tagKinds = Map.copyOf(tagKinds);
        Objects.requireNonNull(phrases, "phrases");
        if (minParagraphChars < 1) {
            throw new IllegalArgumentException("minParagraphChars must be >= 1, got " + minParagraphChars);
        }
        if (maxLinkDensity <= 0 || maxLinkDensity > 1) {
            throw new IllegalArgumentException("maxLinkDensity must be in (0, 1], got " + maxLinkDensity);
        }
        if (maxInsideLinkDensity <= 0 || maxInsideLinkDensity > 1) {
            throw new IllegalArgumentException("maxInsideLinkDensity must be in (0, 1], got " + maxInsideLinkDensity);
        }
        if (hintWeight < 0) {
            throw new IllegalArgumentException("hintWeight must be >= 0, got " + hintWeight);
        }
    }

    /** {@return the rules shipped with Herald} */
    public static ExtractionConfig defaults() {
        return Defaults.INSTANCE;
    }

    /** {@return the kind of boilerplate whose class/id words are {@code hints}, or OTHER} */
    public Boilerplate.Kind kindOf(String hints) {
        for (Boilerplate.Kind kind : KIND_ORDER) {
            Pattern p = kinds.get(kind);
            if (p != null && p.matcher(hints).find()) {
                return kind;
            }
        }
        return Boilerplate.Kind.OTHER;
    }

    private static final Boilerplate.Kind[] KIND_ORDER = {Boilerplate.Kind.CONSENT, Boilerplate.Kind.ADVERT,
        Boilerplate.Kind.RELATED, Boilerplate.Kind.NAVIGATION, Boilerplate.Kind.FOOTER, Boilerplate.Kind.BYLINE};

    /** Loads the shipped rules once. */
    private static final class Defaults {
        static final ExtractionConfig INSTANCE = load();

        private static ExtractionConfig load() {
            Properties p = new Properties();
            try (InputStream in = ExtractionConfig.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + "; rebuild herald-core");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            Map<Boilerplate.Kind, Pattern> kinds = new LinkedHashMap<>();
            Map<String, Boilerplate.Kind> tagKinds = new LinkedHashMap<>();
            for (Boilerplate.Kind kind : Boilerplate.Kind.values()) {
                String name = kind.name().toLowerCase(java.util.Locale.ROOT);
                String k = p.getProperty("kind." + name);
                if (k != null) {
                    kinds.put(kind, pattern(k));
                }
                String t = p.getProperty("tag." + name);
                if (t != null) {
                    for (String tag : t.split("\\|")) {
                        tagKinds.put(tag.strip(), kind);
                    }
                }
            }
            return new ExtractionConfig(pattern(required(p, "positive")), pattern(required(p, "negative")), kinds,
                    Set.of(required(p, "skip.tags").split("\\|")), tagKinds,
                    Pattern.compile("(?:" + required(p, "phrases") + "|" + required(p, "phrases.other") + ")",
                            Pattern.CASE_INSENSITIVE
                            | Pattern.UNICODE_CASE),
                    Integer.parseInt(required(p, "minParagraphChars")),
                    Double.parseDouble(required(p, "maxLinkDensity")),
                    Double.parseDouble(required(p, "maxInsideLinkDensity")),
                    Double.parseDouble(required(p, "hintWeight")),
                    Integer.parseInt(required(p, "minArticleChars")));
        }

        private static Pattern pattern(String regex) {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        }

        private static String required(Properties p, String key) {
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                throw new IllegalStateException("setting '" + key + "' missing in " + RESOURCE);
            }
            return v.strip();
        }
    }
}
