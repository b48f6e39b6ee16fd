package dev.herald.model;

/**
 * PLOVER's event types, with the quad class each falls in (verbal/material, cooperation/conflict).
 * FIGHT (conventional military force) is kept apart from ASSAULT (other deliberate violence), as in
 * PLOVER's gold-standard records.
 */
public enum EventType {
    AGREE(Quad.VERBAL_COOPERATION), CONSULT(Quad.VERBAL_COOPERATION), SUPPORT(Quad.VERBAL_COOPERATION),
    CONCEDE(Quad.VERBAL_COOPERATION), COOPERATE(Quad.MATERIAL_COOPERATION), AID(Quad.MATERIAL_COOPERATION),
    RETREAT(Quad.MATERIAL_COOPERATION), INVESTIGATE(Quad.MATERIAL_COOPERATION), DEMAND(Quad.VERBAL_CONFLICT),
    DISAPPROVE(Quad.VERBAL_CONFLICT), REJECT(Quad.VERBAL_CONFLICT), THREATEN(Quad.VERBAL_CONFLICT),
    SANCTION(Quad.VERBAL_CONFLICT), PROTEST(Quad.MATERIAL_CONFLICT), CRIME(Quad.MATERIAL_CONFLICT),
    MOBILIZE(Quad.MATERIAL_CONFLICT), COERCE(Quad.MATERIAL_CONFLICT), ASSAULT(Quad.MATERIAL_CONFLICT),
    FIGHT(Quad.MATERIAL_CONFLICT);

    private final Quad quad;

    EventType(Quad quad) {
        this.quad = quad;
    }

    /** {@return the quad class PLOVER puts this type in} */
    public Quad quad() {
        return quad;
    }

    /** The 2x2 of verbal/material and cooperation/conflict, numbered as GDELT's QuadClass (1-4). */
    public enum Quad {
        VERBAL_COOPERATION(1), MATERIAL_COOPERATION(2), VERBAL_CONFLICT(3), MATERIAL_CONFLICT(4);

        private final int code;

        Quad(int code) {
            this.code = code;
        }

        /** {@return GDELT's QuadClass number} */
        public int code() {
            return code;
        }
    }
}
