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
 * @param ref      the id of the reference gazetteer entry it is ({@code geonames:2655603},
 *                 {@code petrarch:TONY_BLAIR}), where there is one
 */
public record Entity(String id, String name, EntityType type, Optional<String> subtype,
                     Optional<String> country, Optional<String> title, List<Mention> mentions, Optional<String> ref) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(title, "title");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(ref, "ref");
    }

    /** An entity no reference gazetteer entry is known for. */
    public Entity(String id, String name, EntityType type, Optional<String> subtype,
                  Optional<String> country, Optional<String> title, List<Mention> mentions) {
        this(id, name, type, subtype, country, title, mentions, Optional.empty());
    }

    /** {@return this entity with other mentions, all else kept} */
    public Entity withMentions(List<Mention> mentions) {
        return new Entity(id, name, type, subtype, country, title, mentions, ref);
    }
}
