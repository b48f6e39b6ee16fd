package dev.herald.entities.types;

import dev.herald.entities.gazetteer.WordLists;
import dev.herald.entities.mentions.BoundaryWords;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists the steps of {@link TypeEvidence}, the mention boundaries, the name splitter and the entity
 * grouper read, loaded once at the edge ({@link #bundled()}, from
 * the resources of {@code dev/herald/entities/} through {@link WordLists}) and passed in by constructor,
 * so that a step reads no file of its own. A phrase list holds each line split into its words.
 *
 * @param givenNames common given names ({@code given-names.txt})
 * @param statelessNames names of what belongs to no country (feasts, time zones, faiths:
 *                       {@code stateless-names.txt}), lower case
 * @param organisationSuffixes last words of a body's name ({@code organisation-suffixes.txt})
 * @param languages language names ({@code languages.txt})
 * @param competitions last words of a competition's name ({@code competition-words.txt}, untagged)
 * @param eventFirstWords first words of an event's name ({@code competition-words.txt}, "first:")
 * @param placeNounsAfter nouns after a name that make it a place ({@code place-nouns.txt}, untagged)
 * @param placeNounsBefore phrases before a name that make it a place ({@code place-nouns.txt}, "before:")
 * @param vesselPrefixes prefixes of a ship's name ({@code vessel-words.txt}, "prefix:")
 * @param vesselWords phrases before a ship's name ({@code vessel-words.txt}, untagged)
 * @param sportsWords words of a sports report ({@code sports-words.txt}, untagged), lower case
 * @param weakSportsWords sports words common outside sport too ({@code sports-words.txt}, "weak:")
 * @param squadWords words after a club's name for its squad ({@code squad-words.txt})
 * @param resultVerbs verbs of a result after a club's name ({@code result-words.txt}, untagged)
 * @param resultBefore phrases of a result before a club's name ({@code result-words.txt}, "before:")
 * @param clubNouns nouns before a club's name ({@code result-words.txt}, "club:")
 * @param boundaries the words that decide where a name begins and ends ({@code boundaries.txt}), which
 *                   {@link dev.herald.entities.mentions.MentionBoundaries} reads
 */
public record EntityWords(Set<String> givenNames, Set<String> statelessNames, Set<String> organisationSuffixes, Set<String> languages, Set<String> competitions,
                          Set<String> eventFirstWords, Set<String> placeNounsAfter,
                          List<List<String>> placeNounsBefore, Set<String> vesselPrefixes,
                          List<List<String>> vesselWords, Set<String> sportsWords, Set<String> weakSportsWords,
                          Set<String> squadWords, Set<String> resultVerbs, List<List<String>> resultBefore,
                          Set<String> clubNouns, BoundaryWords boundaries) {
    public EntityWords {
        givenNames = Set.copyOf(givenNames);
        statelessNames = Set.copyOf(statelessNames);
        organisationSuffixes = Set.copyOf(organisationSuffixes);
        languages = Set.copyOf(languages);
        competitions = Set.copyOf(competitions);
        eventFirstWords = Set.copyOf(eventFirstWords);
        placeNounsAfter = Set.copyOf(placeNounsAfter);
        placeNounsBefore = phrases(placeNounsBefore);
        vesselPrefixes = Set.copyOf(vesselPrefixes);
        vesselWords = phrases(vesselWords);
        sportsWords = Set.copyOf(sportsWords);
        weakSportsWords = Set.copyOf(weakSportsWords);
        squadWords = Set.copyOf(squadWords);
        resultVerbs = Set.copyOf(resultVerbs);
        resultBefore = phrases(resultBefore);
        clubNouns = Set.copyOf(clubNouns);
        java.util.Objects.requireNonNull(boundaries, "boundaries");
    }

    /** {@return the word lists bundled with Herald} */
    public static EntityWords bundled() {
        return new EntityWords(
                WordLists.words("given-names.txt"),
                WordLists.lines("stateless-names.txt").stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet()),
                WordLists.words("organisation-suffixes.txt"),
                WordLists.words("languages.txt"),
                Set.copyOf(WordLists.untagged("competition-words.txt")),
                Set.copyOf(WordLists.tagged("competition-words.txt", "first")),
                Set.copyOf(WordLists.untagged("place-nouns.txt")),
                WordLists.phrases(WordLists.tagged("place-nouns.txt", "before")),
                Set.copyOf(WordLists.tagged("vessel-words.txt", "prefix")),
                WordLists.phrases(WordLists.untagged("vessel-words.txt")),
                Set.copyOf(WordLists.untagged("sports-words.txt")),
                Set.copyOf(WordLists.tagged("sports-words.txt", "weak")),
                WordLists.words("squad-words.txt"),
                Set.copyOf(WordLists.untagged("result-words.txt")),
                WordLists.phrases(WordLists.tagged("result-words.txt", "before")),
                Set.copyOf(WordLists.tagged("result-words.txt", "club")),
                BoundaryWords.bundled());
    }

    private static List<List<String>> phrases(List<List<String>> phrases) {
        return phrases.stream().map(List::copyOf).toList();
    }
}
