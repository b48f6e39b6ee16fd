package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Function;

/**
 * A coded event as a sentence a reader takes in at a glance: {@code Russia FIGHT → Ukraine, 2022-02}.
 *
 * @param source    the source actor's words, or empty
 * @param sourceKey the source entity's key, or empty
 * @param type      the PLOVER type
 * @param cameo     the CAMEO code, or empty
 * @param target    the target actor's words, or empty
 * @param targetKey the target entity's key, or empty
 * @param date      the event's date as precise as the text says, or empty
 * @param mood      {@code not} for a negated event, {@code maybe} for a hypothetical one, else empty
 * @param sentence  the sentence it was coded from
 */
public record EventLine(String source, String sourceKey, String type, String cameo, String target, String targetKey,
                        String date, String mood, String sentence) {

    /** {@return the line of {@code event}, with entity ids looked up by {@code keyOfEntity}} */
    static EventLine of(JsonNode event, Function<String, String> keyOfEntity) {
        JsonNode source = event.path("source");
        JsonNode target = event.path("target");
        String mood = event.path("negated").asBoolean() ? "not" : event.path("hypothetical").asBoolean() ? "maybe" : "";
        return new EventLine(source.path("name").asText(""), keyOfEntity.apply(source.path("entity").asText("")),
                event.path("type").asText(""), event.path("cameo").asText(""), target.path("name").asText(""),
                keyOfEntity.apply(target.path("entity").asText("")), event.path("date").path("value").asText(""),
                mood, event.path("sentence").asText(""));
    }

    /** {@return the address of the source's entity page, or empty} */
    public String sourceHref() {
        return sourceKey.isEmpty() ? "" : Hrefs.entity(sourceKey);
    }

    /** {@return the address of the target's entity page, or empty} */
    public String targetHref() {
        return targetKey.isEmpty() ? "" : Hrefs.entity(targetKey);
    }

    /** {@return the event in one line, as plain text} */
    public String summary() {
        StringBuilder s = new StringBuilder(source.isEmpty() ? "?" : source).append(' ');
        if (!mood.isEmpty()) {
            s.append(mood).append(' ');
        }
        s.append(type).append(" \u2192 ").append(target.isEmpty() ? "?" : target);
        if (!date.isEmpty()) {
            s.append(", ").append(date);
        }
        return s.toString();
    }
}
