package dev.herald.clean.html;

import dev.herald.model.Boilerplate;
import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an element's class, id and role say of it: part of an article (+1), boilerplate (-1) or
 * nothing (0), and for boilerplate, its kind. One instance per page: it caches its answers, so it
 * is not thread-safe.
 */
final class ElementHints {
    private final ExtractionConfig config;
    private final Map<Element, Integer> signs = new IdentityHashMap<>();

    ElementHints(ExtractionConfig config) {
        this.config = config;
    }

    /** {@return +1 for an article's container, -1 for boilerplate, 0 when the attributes say nothing} */
    int sign(Element e) {
        Integer cached = signs.get(e);
        if (cached != null) {
            return cached;
        }
        int sign = computeSign(e);
        signs.put(e, sign);
        return sign;
    }

    /** {@return the kind of boilerplate {@code e} holds, when its tag or attributes say it is boilerplate} */
    Optional<Boilerplate.Kind> removalKind(Element e) {
        Boilerplate.Kind byTag = config.tagKinds().get(e.normalName());
        if (byTag != null) {
            return Optional.of(byTag);
        }
        if (sign(e) < 0) {
            return Optional.of(config.kindOf(words(e)));
        }
        return Optional.empty();
    }

    /** {@return the kind of boilerplate an element outside the article's container holds} */
    Optional<Boilerplate.Kind> outsideKind(Element e) {
        Optional<Boilerplate.Kind> kind = removalKind(e);
        if (kind.isPresent()) {
            return kind;
        }
        String role = e.attr("role");
        return switch (e.normalName()) {
            case "header" -> Optional.of(Boilerplate.Kind.NAVIGATION);
            case "aside" -> Optional.of(Boilerplate.Kind.RELATED);
            case "address" -> Optional.of(Boilerplate.Kind.BYLINE);
            default -> role.equals("navigation") || role.equals("banner") || role.equals("menu")
                    ? Optional.of(Boilerplate.Kind.NAVIGATION)
                    : role.equals("contentinfo") ? Optional.of(Boilerplate.Kind.FOOTER) : Optional.empty();
        };
    }

    private int computeSign(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return 0; // page-wide layout classes ("has-sidebar") say nothing of the article
        }
        String words = words(e);
        if (words.isBlank()) {
            return 0;
        }
        if (config.negative().matcher(words).find()) {
            return -1;
        }
        return config.positive().matcher(words).find() ? 1 : 0;
    }

    private static String words(Element e) {
        String cls = e.attr("class");
        String id = e.id();
        String itemprop = e.attr("itemprop");
        if (id.isEmpty() && itemprop.isEmpty()) {
            return cls;
        }
        return cls + " " + id + " " + itemprop;
    }
}
