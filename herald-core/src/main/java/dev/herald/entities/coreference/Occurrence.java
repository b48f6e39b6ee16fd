package dev.herald.entities.coreference;

/**
 * One mention of an entity in token terms, as the pronoun resolver weighs it.
 *
 * @param entity   the index of the entity in the entity layer
 * @param first    its first token
 * @param end      one past its last token
 * @param sentence its sentence
 * @param role     its grammatical role
 * @param pronoun  whether it is a pronoun already linked
 */
public record Occurrence(int entity, int first, int end, int sentence, ClauseRoles.Role role, boolean pronoun) {
}
