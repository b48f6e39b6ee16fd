package dev.herald.entities;

import dev.herald.model.Entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key of an actor across articles: its canonical name normalized (accents and punctuation
 * dropped, lower case), its type and its country, as {@code "liz truss|PERSON|GBR"} ({@code -} for
 * no country). The same actor named the same way in two articles gets the same key.
 */
public final class EntityKey {
    private EntityKey() {
    }

    /** {@return the cross-article key of {@code e}} */
    public static String of(Entity e) {
        return normalized(e.name()) + "|" + e.type().name() + "|" + e.country().orElse("-");
    }

    /** {@return {@code name} as a key writes it: accents and punctuation dropped, lower case} */
    public static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\u2019']", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
