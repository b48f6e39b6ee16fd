package dev.herald.events;

import dev.herald.model.EventType;

import java.util.Map;
import java.util.Optional;

/**
 * PLOVER's rules for acts announced rather than done: a cooperative act announced for the future ("will
 * meet", "plans to send aid") is an AGREE, the intent to cooperate that the statement is; a forceful act
 * announced ("will strike back", "would impose sanctions") is a THREATEN, and so is any act announced on
 * a condition the other side must meet ("will withdraw its force unless ..."). What is denied stays as
 * coded, with its negation. Stateless.
 */
final class PloverRules {
    /** The CAMEO code of the intent, by the type of the act intended (CAMEO 03x and 13x). */
    private static final Map<EventType, String> INTENT_CODES = Map.of(
            EventType.CONSULT, "036", EventType.SUPPORT, "032", EventType.COOPERATE, "031", EventType.AID, "033",
            EventType.CONCEDE, "035", EventType.RETREAT, "035");
    private static final Map<EventType, String> THREAT_CODES = Map.of(
            EventType.FIGHT, "138", EventType.ASSAULT, "137", EventType.COERCE, "137", EventType.SANCTION, "1312",
            EventType.MOBILIZE, "138", EventType.PROTEST, "133");

    private PloverRules() {
    }

    /** How one act is coded: its type, mode and CAMEO code, and whether it is still hypothetical. */
    record Coding(EventType type, Optional<String> mode, Optional<String> cameo, boolean hypothetical) {
    }

    /**
     * {@return the coding of the act a pattern found, given whether it is announced for the future, denied,
     * hypothetical, and announced "unless" the other side does something}
     */
    static Coding code(EventPattern p, boolean future, boolean negated, boolean hypothetical, boolean unless) {
        if (future && !negated && unless && p.type() != EventType.THREATEN) {
            // a condition put to the other side makes the announcement a threat, whatever the act
            return new Coding(EventType.THREATEN, Optional.empty(), Optional.of("130"), false);
        }
        if (future && !negated && INTENT_CODES.containsKey(p.type()) && !p.targets().isEmpty()) {
            // an act with no other party ("will resign") is no promise to anyone
            return new Coding(EventType.AGREE, Optional.empty(), Optional.of(INTENT_CODES.get(p.type())), false);
        }
        if (future && !negated && THREAT_CODES.containsKey(p.type())) {
            Optional<String> mode = switch (p.type()) {
                case SANCTION -> Optional.of("restrict");
                case PROTEST -> Optional.of("relations");
                default -> Optional.of("violence");
            };
            return new Coding(EventType.THREATEN, mode, Optional.of(THREAT_CODES.get(p.type())), false);
        }
        return new Coding(p.type(), p.mode(), p.cameo(), hypothetical);
    }
}
