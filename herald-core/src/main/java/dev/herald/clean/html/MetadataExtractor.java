package dev.herald.clean.html;

import dev.herald.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a page says of its article, each field from the most reliable source present:
 * <ul>
 *   <li>title: og:title, JSON-LD headline, the first h1, the {@code <title>}; a " | Site" suffix removed;</li>
 *   <li>published: JSON-LD datePublished, article:published_time and like meta tags, itemprop
 *       datePublished, {@code <time datetime>}, a date in the URL, a date in the byline's text;</li>
 *   <li>authors: JSON-LD persons, meta author, the byline ({@link AuthorNames} cleans them);</li>
 *   <li>site: og:site_name, JSON-LD publisher, application-name;</li>
 *   <li>url: link rel=canonical, og:url, JSON-LD url;</li>
 *   <li>language: html lang, og:locale, content-language (default "en").</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class MetadataExtractor {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");
    private static final String BYLINE_SELECTOR = "[rel=author], [itemprop=author], .byline, .author, .article-author,"
            + " .author-name, .byline-name, [class*=byline], [class*=author-name], [data-testid*=byline]";

    /** {@return the page's metadata} */
    Metadata extract(Document doc, JsonLd ld) {
        Optional<String> site = meta(doc, "og:site_name").or(ld::publisher).or(() -> meta(doc, "application-name"))
                .or(() -> titleSuffix(doc));
        Optional<String> url = canonical(doc).or(() -> meta(doc, "og:url")).or(ld::url);
        Optional<String> title = title(doc, ld, site);
        LocalDate published = PublishedDate.of(doc, ld, url).orElse(null);
        List<String> authors = authors(doc, ld, site);
        return new Metadata(title, Optional.ofNullable(published), authors, site, url, language(doc));
    }

    private static Optional<String> title(Document doc, JsonLd ld, Optional<String> site) {
        Element h1 = doc.selectFirst("h1");
        Optional<String> heading = Optional.ofNullable(h1).map(Element::text).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> found = meta(doc, "og:title").or(() -> meta(doc, "twitter:title")).or(ld::headline)
                .or(() -> heading).or(() -> Optional.of(doc.title().strip()).filter(s -> !s.isEmpty()));
        return found.map(t -> withoutSiteSuffix(t, site, heading)).map(t -> t.replaceAll("\\s+", " ").strip());
    }

    /** {@return {@code title} without a trailing or leading site name ("Headline | Site")} */
    static String withoutSiteSuffix(String title, Optional<String> site, Optional<String> heading) {
        if (heading.isPresent() && title.startsWith(heading.get()) && title.length() > heading.get().length()
                && TITLE_SEPARATOR.matcher(title.substring(heading.get().length())).lookingAt()) {
            return heading.get();
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1].strip();
        String first = parts[0].strip();
        String siteName = site.map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!siteName.isEmpty() && isSite(last, siteName) || siteName.isEmpty() && last.split(" ").length <= 3
                && first.length() > 3 * last.length()) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("(?:" + TITLE_SEPARATOR.pattern() + ")$", "")
                    .replaceAll("[\\s|\\-–—:·•»]+$", "").strip();
        }
        if (!siteName.isEmpty() && isSite(first, siteName)) {
            return title.substring(title.indexOf(first) + first.length()).replaceAll("^[\\s|\\-–—:·•»]+", "").strip();
        }
        return title;
    }

    private static boolean isSite(String part, String siteName) {
        String p = part.toLowerCase(Locale.ROOT).replace("www.", "");
        return p.equals(siteName) || siteName.contains(p) || p.contains(siteName);
    }

    private static List<String> authors(Document doc, JsonLd ld, Optional<String> site) {
        Set<String> sites = new HashSet<>();
        site.ifPresent(sites::add);
        ld.publisher().ifPresent(sites::add);
        List<String> names = AuthorNames.clean(ld.authors(), sites);
        if (names.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Element m : doc.select("meta[name=author], meta[property=author], meta[name=dc.creator], "
                    + "meta[name=sailthru.author], meta[name=parsely-author], meta[property=article:author]")) {
                raw.add(m.attr("content"));
            }
            names = AuthorNames.clean(raw, sites);
        }
        if (names.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Element e : doc.select(BYLINE_SELECTOR)) {
                if (e.text().length() < 200) {
                    raw.addAll(partsOf(e));
                }
                if (raw.size() >= 5) {
                    break;
                }
            }
            names = AuthorNames.clean(raw, sites);
        }
        return names;
    }

    /** {@return a byline's texts, its child elements apart ("By X" "Site, Place" shown side by side)} */
    private static List<String> partsOf(Element byline) {
        List<String> parts = new ArrayList<>();
        if (byline.children().isEmpty() || byline.ownText().strip().length() > 3) {
            parts.add(byline.text());
        } else {
            byline.children().forEach(c -> parts.add(c.text()));
        }
        return parts;
    }

    /** {@return the site's name as a {@code <title>} ends ("Headline | Site"), when it has such an end} */
    private static Optional<String> titleSuffix(Document doc) {
        String[] parts = TITLE_SEPARATOR.split(doc.title().strip());
        if (parts.length < 2) {
            return Optional.empty();
        }
        String last = parts[parts.length - 1].strip();
        return last.split(" ").length <= 4 && !last.isEmpty() ? Optional.of(last) : Optional.empty();
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = meta(doc, "og:locale").or(() -> httpEquiv(doc, "content-language")).or(() -> meta(doc, "language"))
                    .orElse("en");
        }
        String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_,; ]")[0];
        return code.matches("[a-z]{2,3}") ? code : "en";
    }

    private static Optional<String> canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return Optional.empty();
        }
        String abs = link.absUrl("href");
        String href = abs.isEmpty() ? link.attr("href").strip() : abs;
        return href.isEmpty() ? Optional.empty() : Optional.of(href);
    }

    private static Optional<String> meta(Document doc, String name) {
        return MetaTags.content(doc, name);
    }

    private static Optional<String> httpEquiv(Document doc, String name) {
        Element m = doc.selectFirst("meta[http-equiv=" + name + "][content]");
        return m == null ? Optional.empty() : Optional.of(m.attr("content"));
    }
}
