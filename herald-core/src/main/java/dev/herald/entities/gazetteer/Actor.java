package dev.herald.entities.gazetteer;

import dev.herald.model.EntityType;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One known actor of the gazetteer: a country, place, body or person, with its names.
 *
 * @param name     the canonical name
 * @param type     its coarse type
 * @param subtype  its finer type ({@code COUNTRY}, {@code CITY}, {@code GOVERNMENT}, ...)
 * @param country  its ISO 3166-1 alpha-3 code, where one applies
 * @param kind     what sort of gazetteer entry it is
 * @param titles   titles the actor is known by ("Foreign Secretary"), with the dates held where known;
 *                 people only
 * @param ref      the id of the reference entry it comes from ({@code geonames:2655603},
 *                 {@code petrarch:TONY_BLAIR}), empty for the team's own entries
 */
public record Actor(String name, EntityType type, Optional<String> subtype, Optional<String> country, Kind kind,
                    List<KnownTitle> titles, Optional<String> ref) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        titles = List.copyOf(titles);
        Objects.requireNonNull(ref, "ref");
    }

    /** An actor of the team's own files, which carries no reference id. */
    public Actor(String name, EntityType type, Optional<String> subtype, Optional<String> country, Kind kind,
                 List<KnownTitle> titles) {
        this(name, type, subtype, country, kind, titles, Optional.empty());
    }

    /** {@return the titles the actor held on {@code date}, all of them when the date is unknown} */
    public List<String> titlesHeldOn(Optional<LocalDate> date) {
        return titles.stream().filter(t -> t.heldOn(date)).map(KnownTitle::title).distinct().toList();
    }

    /** What a gazetteer entry stands for. */
    public enum Kind {
        /** A sovereign state or territory. */
        COUNTRY,
        /** A nationality adjective or noun ("Ukrainian"), tied to its country. */
        DEMONYM,
        /** A city or region. */
        PLACE,
        /** A body: government, metonym, international body, outlet, party, company. */
        ORGANIZATION,
        /** A person. */
        PERSON
    }
}
