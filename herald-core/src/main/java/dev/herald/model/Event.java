package dev.herald.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, when and where: one coded event, pointing at its sentence and trigger.
 *
 * @param trigger      the word (or words) the event was coded from
 * @param sentence     the sentence it stands in
 * @param type         its PLOVER type
 * @param mode         PLOVER's mode where one applies ({@code phone}, {@code visit}, {@code seize}, ...)
 * @param cameo        the CAMEO code that maps to it ({@code 190}, {@code 036}, ...)
 * @param source       who acted
 * @param target       who it was done to, where the text says
 * @param date         when it happened
 * @param location     the entity id of the place it happened, where stated
 * @param negated      whether the text says it did not or will not happen
 * @param hypothetical whether it is wished, demanded, promised, threatened, conditional or possible,
 *                     not reported as done
 * @param claimant     who claims it, when it was coded inside a quotation
 */
public record Event(Span trigger, Span sentence, EventType type, Optional<String> mode, Optional<String> cameo,
                    Optional<Actor> source, Optional<Actor> target, EventDate date, Optional<String> location,
                    boolean negated, boolean hypothetical, Optional<Speaker> claimant) {
    public Event {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(claimant, "claimant");
    }

    /**
     * A party to an event.
     *
     * @param entity  the entity id in the article's entity layer, where the actor is one
     * @param name    its name (the entity's canonical name, or the words of the text)
     * @param country an ISO 3166-1 alpha-3 code where known
     * @param sector  a PLOVER/CAMEO sector code where known ({@code GOV}, {@code MIL}, {@code REB}, ...)
     */
    public record Actor(Optional<String> entity, String name, Optional<String> country, Optional<String> sector) {
        public Actor {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(sector, "sector");
        }
    }

    /**
     * When an event happened.
     *
     * @param value     an ISO 8601 date as precise as known ({@code 2014}, {@code 2022-02-24}), or empty
     *                  when neither the text nor the publication date tells
     * @param published whether {@code value} is the publication date, taken because the text gives none
     */
    public record EventDate(Optional<String> value, boolean published) {
        public EventDate {
            Objects.requireNonNull(value, "value");
        }
    }
}
