package dev.herald.model;

/** The coarse type of a real-world actor, as CONTRACT.md names them. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, OTHER;

    /** {@return the type for a CoreNLP/CoNLL NER tag, or {@code OTHER}} */
    public static EntityType fromNerTag(String tag) {
        return switch (tag) {
            case "PERSON", "PER" -> PERSON;
            case "ORGANIZATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "LOC", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
            default -> OTHER;
        };
    }
}
