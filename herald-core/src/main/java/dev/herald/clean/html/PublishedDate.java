package dev.herald.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the day a page's article was published, from the most reliable source present: JSON-LD
 * datePublished, article:published_time and like meta tags, itemprop datePublished, time
 * elements, the URL, dateModified, and last a date written in the byline. A UTC timestamp can fall
 * on the next or previous day from the publisher's; when the URL or the byline shows the
 * publisher's own day one day apart, that day is taken.
 */
final class PublishedDate {
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time",
        "og:article:published_time", "published_time", "publishdate", "publish-date", "pubdate", "publication_date",
        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "cxenseparse:recs:publishtime", "article.published", "datepublished", "originalpublicationdate",
        "release_date"};
    /** A timestamp in UTC, or with a time and no zone at all (often UTC too). */
    private static final Pattern UTC = Pattern.compile("(?i).*(z|[+-]00:?00|utc|gmt|[t ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?)\\s*$");
    private static final String BYLINE_SELECTOR = "[class*=date], [class*=time], [class*=byline], [class*=posted],"
            + " [class*=publish], [class*=meta], [class*=dateline]";
    private static final int MAX_BYLINE_ELEMENTS = 30;
    /** A byline date that is not the publication's. */
    private static final Pattern UPDATED = Pattern.compile("(?i)updated|modified|aktualisiert|mis à jour|actualizado");
    private static final Pattern POSTED = Pattern.compile(
            "(?i)\\b(?:posted|published)(?: on)?:? ([a-z]{3,9})\\.? (\\d{1,2})\\b(?!,? \\d{4})");
    /** Elements whose own text labels a date as the publication's ("Published on", "publiziert am"). */
    private static final String LABELLED = "*:matchesOwn((?i)\\b(published|posted|publiziert|veröffentlicht|"
            + "erschienen|publié|publicado|pubblicato|gepubliceerd|opublikowano)\\b)";

    private PublishedDate() {
    }

    /** {@return the publication day of the page, if it says} */
    static Optional<LocalDate> of(Document doc, JsonLd ld, Optional<String> url) {
        List<String> stamps = new ArrayList<>();
        ld.published().ifPresent(stamps::add);
        for (String name : DATE_METAS) {
            MetaTags.content(doc, name).ifPresent(stamps::add);
        }
        MetaTags.itemprop(doc, "datePublished").ifPresent(stamps::add);
        MetaTags.itemprop(doc, "dateCreated").ifPresent(stamps::add);
        for (Element t : doc.select("time[datetime], [pubdate][datetime]")) {
            stamps.add(t.attr("datetime"));
        }
        Optional<LocalDate> fromUrl = url.flatMap(DateText::fromUrl);
        for (String stamp : stamps) {
            Optional<LocalDate> d = DateText.fromTimestamp(stamp);
            if (d.isPresent()) {
                return Optional.of(UTC.matcher(stamp.strip()).matches() ? local(d.get(), fromUrl, doc) : d.get());
            }
        }
        return fromUrl.or(() -> MetaTags.content(doc, "article:modified_time")
                        .or(() -> MetaTags.itemprop(doc, "dateModified")).flatMap(DateText::fromTimestamp))
                .or(() -> timeText(doc)).or(() -> bylineText(doc));
    }

    /** {@return the publisher's own day for a UTC day, when the URL or byline shows it one day apart} */
    private static LocalDate local(LocalDate utc, Optional<LocalDate> fromUrl, Document doc) {
        Optional<LocalDate> shown = fromUrl.or(() -> labelledText(doc)).or(() -> postedWithoutYear(doc, utc.getYear()));
        if (shown.isPresent() && Math.abs(ChronoUnit.DAYS.between(utc, shown.get())) == 1) {
            return shown.get();
        }
        return utc;
    }

    /** {@return the day of a "Posted Nov 18, 8:19 PM" label, which leaves the year to the timestamp} */
    private static Optional<LocalDate> postedWithoutYear(Document doc, int year) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : doc.body().select(LABELLED)) {
            java.util.regex.Matcher m = POSTED.matcher(e.ownText());
            if (m.find()) {
                return DateText.fromText(m.group(1) + " " + m.group(2) + ", " + year);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> timeText(Document doc) {
        for (Element t : doc.select("time")) {
            Optional<LocalDate> d = DateText.fromText(t.text());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> bylineText(Document doc) {
        Optional<LocalDate> labelled = labelledText(doc);
        if (labelled.isPresent() || doc.body() == null) {
            return labelled;
        }
        int seen = 0;
        for (Element e : doc.body().select(BYLINE_SELECTOR)) {
            String text = e.text();
            if (text.length() <= 200 && !UPDATED.matcher(text).find()) {
                Optional<LocalDate> d = DateText.fromText(text);
                if (d.isPresent()) {
                    return d;
                }
            }
            if (++seen >= MAX_BYLINE_ELEMENTS) {
                break;
            }
        }
        return Optional.empty();
    }

    /** {@return the first day written after a "Published"/"Posted" label} */
    private static Optional<LocalDate> labelledText(Document doc) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        int seen = 0;
        for (Element e : doc.body().select(LABELLED)) {
            String text = e.ownText();
            if (text.length() <= 150) {
                Optional<LocalDate> d = DateText.fromText(text);
                if (d.isPresent()) {
                    return d;
                }
            }
            if (++seen >= MAX_BYLINE_ELEMENTS) {
                break;
            }
        }
        return Optional.empty();
    }
}
