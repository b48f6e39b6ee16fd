package dev.herald.entities.coreference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The occurrences of entities in one article for {@link PronounLinker}: the names, sorted by first token,
 * and the pronouns linked so far, each put where a stable sort by first token puts it. Each pronoun asks
 * which name covers a subject's token and which names lie in the sentences before it; scans of all
 * occurrences for that make a long text quadratic, so the first occurrence covering each token is kept
 * by token, and the sentences (which never decrease along the list) are searched by bisection. A
 * linked pronoun covers its own token only, one no name covers. Not thread-safe; one per article.
 */
public final class Occurrences {
    private final List<Occurrence> all;
    private final Occurrence[] firstCovering;

    /** @param names the occurrences of names, sorted by first token */
    public Occurrences(List<Occurrence> names, int tokens) {
        this.all = new ArrayList<>(names);
        this.firstCovering = new Occurrence[tokens];
        for (Occurrence o : names) {
            for (int t = Math.max(0, o.first()); t < Math.min(tokens, o.end()); t++) {
                if (firstCovering[t] == null) {
                    firstCovering[t] = o;
                }
            }
        }
    }

    /** {@return all occurrences, sorted by first token} */
    List<Occurrence> all() {
        return all;
    }

    /** {@return the first occurrence (in {@link #all()} order) whose tokens include {@code token}} */
    Optional<Occurrence> covering(int token) {
        return token >= 0 && token < firstCovering.length ? Optional.ofNullable(firstCovering[token]) : Optional.empty();
    }

    /** {@return whether a name covers {@code token}} */
    public boolean covered(int token) {
        return covering(token).isPresent();
    }

    /** Adds a linked pronoun at token {@code p.first()}, which no occurrence covers, after all occurrences starting at or before it. */
    public void addPronoun(Occurrence p) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).first() <= p.first()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        all.add(lo, p);
        for (int t = Math.max(0, p.first()); t < Math.min(firstCovering.length, p.end()); t++) {
            if (firstCovering[t] == null) {
                firstCovering[t] = p;
            }
        }
    }

    /** {@return the index in {@link #all()} of the first occurrence starting at or after {@code token}} */
    int firstStartingAt(int token) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).first() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@return the index in {@link #all()} of the first occurrence whose sentence is at least {@code sentence}} */
    int firstInSentence(int sentence) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).sentence() < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
