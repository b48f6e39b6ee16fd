package dev.herald.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world actor of the article, with every mention of it.
 *
 * @param id       the article-local id, {@code E1}, {@code E2}, ...
 * @param name     the canonical name: the fullest proper name in the article
 * @param type     its coarse type
 * @param subtype  a finer type ({@code COUNTRY}, {@code CITY}, {@code GOVERNMENT}, {@code IGO}, ...)
 * @param country  an ISO 3166-1 alpha-3 code where one applies
 * @param title    a title the article gives it ("Foreign Secretary")
 * @param mentions its mentions, in text order
 */
public record Entity(String id, String name, EntityType type, Optional<String> subtype,
                     Optional<String> country, Optional<String> title, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(title, "title");
        mentions = List.copyOf(mentions);
    }
}
