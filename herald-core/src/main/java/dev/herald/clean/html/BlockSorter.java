package dev.herald.clean.html;

import dev.herald.model.Boilerplate;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides, for one block, whether it is part of the article and if not, what kind of boilerplate
 * it is: from where it stands (outside the container, under a boilerplate element inside it), what
 * it says (known boilerplate lines, bylines) and how much of it is links.
 */
final class BlockSorter {
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by|von|par|por|door|di|av|af|przez|автор)\\s+\\p{Lu}.{0,150}$|^(published|updated|posted|last updated|"
                    + "veröffentlicht|aktualisiert|publié|mis à jour|publicado)\\b.{0,100}$");
    private static final Pattern ADVERT = Pattern.compile("(?i)advert|sponsor|anzeige|werbung|publicidad|publicit");
    private static final Pattern CONSENT = Pattern.compile("(?i)cookie|consent|privacy");
    private static final Pattern RELATED = Pattern.compile("(?i)read (more|next|also)|related|most read|more on|"
            + "recommended|see also");
    private static final Pattern NAVIGATION = Pattern.compile("(?i)share|follow|facebook|twitter|whatsapp|"
            + "pinterest|linkedin|email|print|tweet|skip|back to top");
    private static final Pattern FOOTER = Pattern.compile("(?i)copyright|©|rights reserved");

    /** How far up from a block its ancestors are looked at. */
    private static final int MAX_CLIMB = 200;

    private final ContainerChooser chooser;
    private final double maxInsideLinkDensity;
    private final ElementHints hints;

    BlockSorter(ContainerChooser chooser, ElementHints hints, double maxInsideLinkDensity) {
        this.chooser = chooser;
        this.maxInsideLinkDensity = maxInsideLinkDensity;
        this.hints = hints;
    }

    /** {@return the kind of a block outside the article's container} */
    Boilerplate.Kind outside(TextBlock b) {
        Element e = b.owner();
        for (int level = 0; e != null && level < ContainerChooser.MAX_LEVELS * 2; level++) {
            Optional<Boilerplate.Kind> kind = hints.outsideKind(e);
            if (kind.isPresent()) {
                return refine(kind.get(), b);
            }
            e = e.parent();
        }
        return byText(b).orElse(Boilerplate.Kind.OTHER);
    }

    /**
     * {@return the kind of boilerplate a block inside the container is, or empty when it belongs to the
     * article}
     *
     * @param beforeProse whether no paragraph of the article came before it
     */
    Optional<Boilerplate.Kind> inside(TextBlock b, Element container, boolean beforeProse) {
        Element e = b.owner();
        for (int level = 0; e != null && e != container && level < MAX_CLIMB; level++, e = e.parent()) {
            Optional<Boilerplate.Kind> kind = hints.removalKind(e);
            if (kind.isPresent()) {
                return Optional.of(refine(kind.get(), b));
            }
        }
        if (b.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(Boilerplate.Kind.OTHER);
        }
        if (isTimeOnly(b)) {
            return Optional.of(Boilerplate.Kind.BYLINE);
        }
        if (chooser.isPhrase(b)) {
            return byText(b).or(() -> Optional.of(Boilerplate.Kind.OTHER));
        }
        if (b.linkDensity() > maxInsideLinkDensity && b.chars() > 0) {
            return Optional.of(b.text().split(" ").length >= 4 ? Boilerplate.Kind.RELATED
                    : Boilerplate.Kind.NAVIGATION);
        }
        if ((beforeProse || b.text().length() < 100) && b.text().length() < 160 && BYLINE.matcher(b.text()).matches()
                || b.text().length() < 40 && DateText.fromText(b.text()).isPresent()) {
            return Optional.of(Boilerplate.Kind.BYLINE);
        }
        return Optional.empty();
    }

    /** {@return whether the block is only a {@code <time>} element's text, as a live blog's timestamps} */
    private static boolean isTimeOnly(TextBlock b) {
        Element time = b.owner().selectFirst("time");
        return time != null && time.text().strip().equals(b.text());
    }

    /** {@return the element whose hint or tag made {@code b} boilerplate, or its owner} */
    Element cause(TextBlock b, Element container) {
        Element found = b.owner();
        Element e = b.owner();
        for (int level = 0; e != null && e != container && level < MAX_CLIMB; level++, e = e.parent()) {
            if (hints.removalKind(e).isPresent() || hints.outsideKind(e).isPresent()) {
                found = e;
            }
        }
        return found;
    }

    private static Boilerplate.Kind refine(Boilerplate.Kind kind, TextBlock b) {
        return kind == Boilerplate.Kind.OTHER ? byText(b).orElse(kind) : kind;
    }

    private static Optional<Boilerplate.Kind> byText(TextBlock b) {
        String t = b.text().toLowerCase(Locale.ROOT);
        if (t.length() > 200) {
            return Optional.empty();
        }
        if (ADVERT.matcher(t).find()) {
            return Optional.of(Boilerplate.Kind.ADVERT);
        }
        if (CONSENT.matcher(t).find()) {
            return Optional.of(Boilerplate.Kind.CONSENT);
        }
        if (RELATED.matcher(t).find()) {
            return Optional.of(Boilerplate.Kind.RELATED);
        }
        if (FOOTER.matcher(t).find()) {
            return Optional.of(Boilerplate.Kind.FOOTER);
        }
        if (NAVIGATION.matcher(t).find()) {
            return Optional.of(Boilerplate.Kind.NAVIGATION);
        }
        return Optional.empty();
    }
}
