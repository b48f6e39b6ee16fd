package dev.herald.entities.coreference;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Chooses the person a he, him, his, she, her or herself stands for, by salience: each mention of a
 * person within the window counts by its role (subject over object over the rest) and its recency
 * (same sentence over the one before); the person whose mention counts most wins. A person of the
 * other gender is never chosen; a person whose gender is unknown counts less than one whose gender
 * agrees. An object pronoun never stands for the subject of its own clause ("Smith praised him"); a
 * reflexive stands for that subject only. A subject pronoun after an indefinite common noun subject
 * of its gender ("A spokesman said he") stands for nobody named. One instance serves one article.
 */
public final class PersonAntecedents {
    private static final int WINDOW = 2;
    private static final double[] RECENCY = {1.0, 0.55, 0.3};
    private static final double UNKNOWN_GENDER = 0.75;
    private static final double REPEATED = 0.05;
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", ":", "that", "who", "which", "whom", "and",
            "but", "to", "because", "as", "when", "while", "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "--");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final ClauseRoles roles;
    private final Map<Integer, Optional<PersonGender.Gender>> worded = new HashMap<>();
    private final Map<Integer, PersonGender.Gender> fromPronouns = new HashMap<>();

    private final PersonGender genders;

    public PersonAntecedents(List<Token> tokens, List<Entity> entities, ClauseRoles roles, PersonGender genders) {
        this.tokens = tokens;
        this.entities = entities;
        this.roles = roles;
        this.genders = genders;
        for (int e = 0; e < entities.size(); e++) {
            if (entities.get(e).type() == EntityType.PERSON) {
                worded.put(e, genders.of(entities.get(e), tokens));
            }
        }
    }

    /** {@return the entity index the personal pronoun at token {@code i} stands for} */
    public OptionalInt resolve(int i, Pronoun p, Occurrences seen, List<Integer> subjectsBefore) {
        if (p.role() == Pronoun.Case.SUBJECT && indefiniteSubjectBefore(subjectsBefore, seen, p)) {
            return OptionalInt.empty();
        }
        int sentence = tokens.get(i).sentence();
        Map<Integer, Double> score = new HashMap<>();
        // Only the occurrences of the window's sentences count, and they follow each other in the list:
        // a scan of all occurrences per pronoun makes a long text quadratic.
        List<Occurrence> all = seen.all();
        for (int k = seen.firstInSentence(sentence - WINDOW); k < all.size() && all.get(k).sentence() <= sentence; k++) {
            Occurrence o = all.get(k);
            int back = sentence - o.sentence();
            if (o.end() > i || back < 0 || back > WINDOW || entities.get(o.entity()).type() != EntityType.PERSON) {
                continue;
            }
            Optional<PersonGender.Gender> g = genderOf(o.entity());
            if (g.isPresent() && !g.equals(p.gender()) || !bindable(i, p, o, back)) {
                continue;
            }
            double s = weight(o.role()) * RECENCY[back] * (g.isPresent() ? 1.0 : UNKNOWN_GENDER)
                    + (back == 0 ? 0.01 * o.first() / (i + 1.0) : 0);
            score.merge(o.entity(), s, (a, b) -> Math.max(a, b) + REPEATED);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
    }

    /** Records that a pronoun of gender {@code g} was linked to {@code entity}. */
    public void linked(int entity, PersonGender.Gender g) {
        fromPronouns.putIfAbsent(entity, g);
    }

    private Optional<PersonGender.Gender> genderOf(int entity) {
        Optional<PersonGender.Gender> w = worded.getOrDefault(entity, Optional.empty());
        return w.isPresent() ? w : Optional.ofNullable(fromPronouns.get(entity));
    }

    private boolean bindable(int i, Pronoun p, Occurrence o, int back) {
        boolean clauseSubject = back == 0 && o.role() == ClauseRoles.Role.SUBJECT && sameClause(o, i);
        return switch (p.role()) {
            case REFLEXIVE -> clauseSubject;
            case OBJECT -> !clauseSubject;
            default -> true;
        };
    }

    private boolean sameClause(Occurrence o, int i) {
        int g = roles.governor(i);
        if (g != -2) {
            return roles.governor(roles.head(o.first(), o.end())) == g;
        }
        for (int k = o.end(); k < i; k++) {
            if (CLAUSE_BOUNDARIES.contains(tokens.get(k).word().toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /** "A spokesman said he ...": the nearest subject before is a new, unnamed person. */
    private boolean indefiniteSubjectBefore(List<Integer> subjectsBefore, Occurrences seen, Pronoun p) {
        if (subjectsBefore.isEmpty()) {
            return false;
        }
        int h = subjectsBefore.get(subjectsBefore.size() - 1);
        Token head = tokens.get(h);
        Optional<PersonGender.Gender> g = genders.ofWord(head.word());
        if (!head.pos().equals("NN") || g.isPresent() && !g.equals(p.gender())
                || seen.covered(h)) {
            return false;
        }
        for (int k = h - 1; k >= 0 && k >= h - 4 && tokens.get(k).sentence() == head.sentence(); k--) {
            if (INDEFINITE.contains(tokens.get(k).word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static double weight(ClauseRoles.Role role) {
        return switch (role) {
            case SUBJECT -> 1.0;
            case OBJECT -> 0.6;
            case OTHER -> 0.45;
        };
    }
}
