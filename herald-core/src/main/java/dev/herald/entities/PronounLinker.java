package dev.herald.entities;

import dev.herald.lexicon.Lexicon;
import dev.herald.entities.coreference.BodyAntecedents;
import dev.herald.entities.coreference.ClauseRoles;
import dev.herald.entities.coreference.Occurrence;
import dev.herald.entities.coreference.Occurrences;
import dev.herald.entities.coreference.PersonAntecedents;
import dev.herald.entities.coreference.PersonGender;
import dev.herald.entities.coreference.Pronoun;
import dev.herald.entities.coreference.TokenIndex;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Links third-person pronouns to the entities they stand for, by rules and without a coreference
 * model: he, him, his, she, her, hers, himself and herself to people ({@link PersonAntecedents}:
 * salience by role and recency, gender from honorifics, gendered titles, given names and pronouns
 * already linked); it, its, itself, they, them, their and themselves to organisations, countries and
 * governments ({@link BodyAntecedents}: the subject the pronoun follows, number agreement, pleonastic
 * "it" left alone). Each link becomes a {@code PRONOUN} mention of the entity, with the entity's type.
 * Pronouns are read in text order, so a pronoun already linked is a mention the next one can follow.
 *
 * <p>Grammatical roles come from {@code dependencies} where the profile parses, else from
 * part-of-speech tags and positions ({@link ClauseRoles}). First and second person are left alone.
 *
 * <p>Input read as {@code plain} (the NER evaluation format: bare sentences, no article) gets no
 * pronoun mentions: there, entity mentions are names only.
 *
 * <p>Requires {@code tokens}, {@code entities}; reads {@code dependencies} when present. Provides {@code entities} (with pronoun mentions). Options: the {@link Lexicon} of given names and pronouns. Thread-safe.
 */
public final class PronounLinker implements Stage {
    private final PersonGender genders;
    private final Pronoun.Forms pronouns;

    /** A linker that reads people's gender from the given names of {@code lexicon}, and its pronouns. */
    public PronounLinker(Lexicon lexicon) {
        this.genders = PersonGender.of(lexicon);
        this.pronouns = Pronoun.Forms.of(lexicon);
    }

    @Override
    public String name() {
        return "pronouns";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Article apply(Article article) {
        if (article.source().format() == InputFormat.PLAIN) {
            return article;
        }
        List<Token> tokens = article.get(Layer.TOKENS);
        List<Entity> entities = article.get(Layer.ENTITIES);
        List<Occurrence> seen = new ArrayList<>();
        int[] mentionStart = new int[tokens.size()];
        Arrays.fill(mentionStart, -1);
        List<int[]> ranges = new ArrayList<>();
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                int first = TokenIndex.firstAtOrAfter(tokens, m.span().start());
                int end = Math.max(first + 1, TokenIndex.endAtOrBefore(tokens, m.span().end()));
                if (first < tokens.size() && m.kind() != Mention.Kind.PRONOUN) {
                    ranges.add(new int[] {e, first, Math.min(end, tokens.size())});
                    Arrays.fill(mentionStart, first, Math.min(end, tokens.size()), first);
                }
            }
        }
        ClauseRoles roles = new ClauseRoles(tokens, article.get(Layer.DEPENDENCIES), mentionStart);
        for (int[] r : ranges) {
            seen.add(new Occurrence(r[0], r[1], r[2], tokens.get(r[1]).sentence(), roles.of(r[1], r[2]), false));
        }
        seen.sort(Comparator.comparingInt(Occurrence::first));
        return article.with(Layer.ENTITIES, withAdded(entities, link(tokens, entities, roles, seen)));
    }

    private Map<Integer, List<Mention>> link(List<Token> tokens, List<Entity> entities,
                                             ClauseRoles roles, List<Occurrence> seen) {
        Sentences sentences = new Sentences(tokens, roles);
        PersonAntecedents people = new PersonAntecedents(tokens, entities, roles, genders);
        BodyAntecedents bodies = new BodyAntecedents(tokens, entities, roles, pronouns);
        Map<Integer, List<Mention>> added = new HashMap<>();
        Occurrences occurrences = new Occurrences(seen, tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Optional<Pronoun> p = pronouns.of(t.word(), posOf(t, roles.relation(i)));
            if (p.isEmpty() || occurrences.covered(i)) {
                continue;
            }
            List<Integer> before = sentences.subjectsBefore(i);
            OptionalInt who = p.get().personal() ? people.resolve(i, p.get(), occurrences, before)
                    : bodies.resolve(i, p.get(), occurrences, before, sentences.subjectsOf(t.sentence() - 1));
            if (who.isPresent()) {
                int e = who.getAsInt();
                p.get().gender().ifPresent(g -> people.linked(e, g));
                occurrences.addPronoun(new Occurrence(e, i, i + 1, t.sentence(), roles.of(i, i + 1), true));
                added.computeIfAbsent(e, k -> new ArrayList<>())
                        .add(new Mention(t.span(), t.word(), entities.get(e).type(), Mention.Kind.PRONOUN));
            }
        }
        return added;
    }

    /** The tagger often reads an object "her" as possessive; the parse, where there is one, knows. */
    private static String posOf(Token t, String relation) {
        if (relation.startsWith("obj") || relation.startsWith("iobj") || relation.startsWith("obl")) {
            return "PRP";
        }
        return relation.equals("nmod:poss") ? "PRP$" : t.pos();
    }



    private static List<Entity> withAdded(List<Entity> entities, Map<Integer, List<Mention>> added) {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            List<Mention> ms = new ArrayList<>(e.mentions());
            ms.addAll(added.getOrDefault(i, List.of()));
            ms.sort((a, b) -> a.span().compareTo(b.span()));
            out.add(e.withMentions(ms));
        }
        return out;
    }

    /** The subjects of each sentence, found once. */
    private static final class Sentences {
        private final List<Token> tokens;
        private final ClauseRoles roles;
        private final Map<Integer, int[]> bounds = new HashMap<>();
        private final Map<Integer, List<Integer>> subjects = new HashMap<>();

        Sentences(List<Token> tokens, ClauseRoles roles) {
            this.tokens = tokens;
            this.roles = roles;
            for (int k = 0; k < tokens.size(); k++) {
                int s = tokens.get(k).sentence();
                int at = k;
                bounds.merge(s, new int[] {k, k + 1}, (a, b) -> new int[] {a[0], at + 1});
            }
        }

        List<Integer> subjectsOf(int sentence) {
            int[] b = bounds.get(sentence);
            return b == null ? List.of() : subjects.computeIfAbsent(sentence, s -> roles.subjects(b[0], b[1]));
        }

        List<Integer> subjectsBefore(int i) {
            return subjectsOf(tokens.get(i).sentence()).stream().filter(h -> h < i).toList();
        }
    }
}
