package dev.herald.events;

import dev.herald.model.EventType;

import java.util.Optional;

/**
 * CAMEO's twenty root categories with the Goldstein conflict-cooperation score of each root (-10
 * most conflictual to +10 most cooperative, the value CAMEO's scale gives the root code itself) and
 * GDELT's quad class. Used to export events in GDELT's shape.
 */
public enum CameoRoot {
    MAKE_PUBLIC_STATEMENT("01", 0.0, 1), APPEAL("02", 3.0, 1), EXPRESS_INTENT_TO_COOPERATE("03", 4.0, 1),
    CONSULT("04", 1.0, 1), ENGAGE_IN_DIPLOMATIC_COOPERATION("05", 3.5, 1),
    ENGAGE_IN_MATERIAL_COOPERATION("06", 6.0, 2), PROVIDE_AID("07", 7.0, 2), YIELD("08", 5.0, 2),
    INVESTIGATE("09", -2.0, 2), DEMAND("10", -5.0, 3), DISAPPROVE("11", -2.0, 3), REJECT("12", -4.0, 3),
    THREATEN("13", -4.4, 3), PROTEST("14", -6.5, 3), EXHIBIT_FORCE_POSTURE("15", -7.2, 4),
    REDUCE_RELATIONS("16", -4.0, 4), COERCE("17", -7.0, 4), ASSAULT("18", -9.0, 4), FIGHT("19", -10.0, 4),
    USE_UNCONVENTIONAL_MASS_VIOLENCE("20", -10.0, 4);

    private final String code;
    private final double goldstein;
    private final int quadClass;

    CameoRoot(String code, double goldstein, int quadClass) {
        this.code = code;
        this.goldstein = goldstein;
        this.quadClass = quadClass;
    }

    /** {@return the two-digit root code} */
    public String code() {
        return code;
    }

    /** {@return the Goldstein score of the root} */
    public double goldstein() {
        return goldstein;
    }

    /** {@return GDELT's quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict} */
    public int quadClass() {
        return quadClass;
    }

    /** {@return the root of a CAMEO event code ("0871" is YIELD), if the code is one} */
    public static Optional<CameoRoot> of(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return Optional.empty();
        }
        String root = cameo.substring(0, 2);
        for (CameoRoot r : values()) {
            if (r.code.equals(root)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** {@return the root a PLOVER type falls under when an event has no CAMEO code of its own} */
    public static Optional<CameoRoot> forType(EventType type) {
        return switch (type) {
            case AGREE -> Optional.of(EXPRESS_INTENT_TO_COOPERATE);
            case CONSULT -> Optional.of(CONSULT);
            case SUPPORT -> Optional.of(ENGAGE_IN_DIPLOMATIC_COOPERATION);
            case COOPERATE -> Optional.of(ENGAGE_IN_MATERIAL_COOPERATION);
            case AID -> Optional.of(PROVIDE_AID);
            case CONCEDE, RETREAT -> Optional.of(YIELD);
            case INVESTIGATE -> Optional.of(INVESTIGATE);
            case DEMAND -> Optional.of(DEMAND);
            case DISAPPROVE -> Optional.of(DISAPPROVE);
            case REJECT -> Optional.of(REJECT);
            case THREATEN -> Optional.of(THREATEN);
            case PROTEST -> Optional.of(PROTEST);
            case MOBILIZE -> Optional.of(EXHIBIT_FORCE_POSTURE);
            case SANCTION -> Optional.of(REDUCE_RELATIONS);
            case COERCE -> Optional.of(COERCE);
            case ASSAULT -> Optional.of(ASSAULT);
            case FIGHT -> Optional.of(FIGHT);
            case CRIME -> Optional.empty();
        };
    }
}
