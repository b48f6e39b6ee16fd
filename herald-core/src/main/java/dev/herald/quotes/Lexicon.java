package dev.herald.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists attribution reads. Its own, kept as data in {@code dev/herald/quotes/*.txt}: speech cue
 * verbs and nouns of unnamed or spokes sources. Shared with the other stages, from the
 * {@link dev.herald.lexicon.Lexicon} passed in: office titles and roles ({@code title office},
 * {@code title role}), honorifics, given names, nouns standing for a person and words written for one gender ({@code gender-word}),
 * with the gender they tell.
 * Immutable and thread-safe; built once by the composition root ({@link #of}).
 */
public final class Lexicon {
    private final Map<String, String> cueForms;
    private final Set<String> anonymousNouns;
    private final Set<String> spokesNouns;
    private final Set<String> titles;
    private final Map<String, Gender> honorifics;
    private final Map<String, Gender> firstNames;
    private final Map<String, Gender> personNouns;
    private final Map<String, Gender> genderWords;
    private final Map<String, Gender> subjectPronouns;

    private Lexicon(Map<String, String> cueForms, Set<String> anonymousNouns, Set<String> spokesNouns,
                    Set<String> titles, Map<String, Gender> honorifics, Map<String, Gender> firstNames,
                    Map<String, Gender> personNouns, Map<String, Gender> genderWords, Map<String, Gender> subjectPronouns) {
        this.cueForms = Map.copyOf(cueForms);
        this.anonymousNouns = Set.copyOf(anonymousNouns);
        this.spokesNouns = Set.copyOf(spokesNouns);
        this.titles = Set.copyOf(titles);
        this.honorifics = Map.copyOf(honorifics);
        this.firstNames = Map.copyOf(firstNames);
        this.personNouns = Map.copyOf(personNouns);
        this.genderWords = Map.copyOf(genderWords);
        this.subjectPronouns = Map.copyOf(subjectPronouns);
    }

    /** {@return the attribution lexicon: the shared words of {@code shared} and the quotes package's own lists} */
    public static Lexicon of(dev.herald.lexicon.Lexicon shared) {
        Map<String, String> cues = new HashMap<>();
        for (List<String> forms : lines("cue-verbs.txt")) {
            for (String f : forms) {
                cues.putIfAbsent(f, forms.get(0));
            }
        }
        Set<String> titles = new HashSet<>();
        for (String key : List.of("office", "role")) {
            shared.words("title", key).forEach(t -> titles.add(t.toLowerCase(Locale.ROOT)));
        }
        return new Lexicon(cues, words("anonymous-nouns.txt"), words("spokes-nouns.txt"), titles,
                gendered(shared, "honorific"), gendered(shared, "given-name"), gendered(shared, "person-noun"),
                gendered(shared, "gender-word"), subjectPronouns(shared));
    }

    /** The subject pronouns of the shared lexicon (he, she, it, they), with the gender their key tells. */
    private static Map<String, Gender> subjectPronouns(dev.herald.lexicon.Lexicon shared) {
        Map<String, Gender> out = new HashMap<>();
        for (String key : List.of("m", "f", "it", "they")) {
            out.put(shared.pronoun(key, dev.herald.lexicon.Lexicon.PronounCase.SUBJECT).toLowerCase(Locale.ROOT),
                    Gender.of(key));
        }
        return out;
    }

    /** {@return the lexicon of the bundled word lists, for tests and tools without a composition root} */
    public static Lexicon english() {
        return of(dev.herald.lexicon.Lexicon.bundled());
    }

    /** {@return the base form of a cue verb form ("warned" gives "warn"), if {@code word} is one} */
    public Optional<String> cueBase(String word) {
        return Optional.ofNullable(cueForms.get(word.toLowerCase(Locale.ROOT)));
    }

    /** {@return whether {@code word} names an unnamed source ("source", "officials")} */
    public boolean isAnonymousNoun(String word) {
        return anonymousNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@return whether {@code word} names someone speaking for a body ("spokesman")} */
    public boolean isSpokesNoun(String word) {
        return spokesNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@return whether the words, lower case and joined by one space, are an office title} */
    public boolean isTitle(String words) {
        return titles.contains(words.toLowerCase(Locale.ROOT));
    }

    /** {@return the gender an honorific tells, if {@code word} is one (with or without a full stop)} */
    public Optional<Gender> honorific(String word) {
        return Optional.ofNullable(honorifics.get(word.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    /** {@return the gender a third-person subject pronoun tells (UNKNOWN for it and they), if {@code word} is one} */
    public Optional<Gender> subjectPronoun(String word) {
        return Optional.ofNullable(subjectPronouns.get(word.toLowerCase(Locale.ROOT)));
    }

    /** {@return the gender a given name usually tells, if known} */
    public Optional<Gender> firstName(String word) {
        return Optional.ofNullable(firstNames.get(word.toLowerCase(Locale.ROOT)));
    }

    /** {@return the gender a noun standing for a person tells ("woman", "star"), if it is one} */
    public Optional<Gender> personNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d+-year-old")) {
            return Optional.of(Gender.UNKNOWN);
        }
        if (w.matches("(mother|mum|mom|father|dad)-of-\\w+")) {
            return Optional.of(w.startsWith("m") ? Gender.FEMALE : Gender.MALE);
        }
        return Optional.ofNullable(personNouns.get(w));
    }

    /** {@return the gender a word written for a person of one gender tells ("spokeswoman", "duke"), if it is one} */
    public Optional<Gender> genderWord(String word) {
        return Optional.ofNullable(genderWords.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * The words of {@code kind} by the gender their key tells (m, f, any), lower case; a word under
     * two keys keeps the first ("actor" is m), except that a given name under both m and f tells none.
     */
    private static Map<String, Gender> gendered(dev.herald.lexicon.Lexicon shared, String kind) {
        Map<String, Gender> genders = new HashMap<>();
        for (String key : List.of("m", "f", "any")) {
            shared.words(kind, key).forEach(w -> genders.putIfAbsent(w.toLowerCase(Locale.ROOT), Gender.of(key)));
        }
        if (kind.equals("given-name")) {
            Set<String> female = new HashSet<>();
            shared.words(kind, "f").forEach(w -> female.add(w.toLowerCase(Locale.ROOT)));
            shared.words(kind, "m").forEach(w -> {
                if (female.contains(w.toLowerCase(Locale.ROOT))) {
                    genders.remove(w.toLowerCase(Locale.ROOT));
                }
            });
        }
        return genders;
    }

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        lines(resource).forEach(words::addAll);
        return words;
    }

    /** {@return the lines of a word list of dev/herald/quotes, lower case, split at spaces, comments left out} */
    static List<List<String>> lines(String resource) {
        List<List<String>> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/herald/quotes/" + resource + "; rebuild herald-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip().toLowerCase(Locale.ROOT);
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(List.of(s.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/herald/quotes/" + resource, e);
        }
        return lines;
    }

    /** The grammatical gender a word tells of a person. */
    public enum Gender {
        MALE, FEMALE, UNKNOWN;

        static Gender of(String code) {
            return switch (code) {
                case "m" -> MALE;
                case "f" -> FEMALE;
                default -> UNKNOWN;
            };
        }

        /** {@return whether a person of this gender can be referred to as one of {@code other}} */
        public boolean compatible(Gender other) {
            return this == UNKNOWN || other == UNKNOWN || this == other;
        }
    }
}
