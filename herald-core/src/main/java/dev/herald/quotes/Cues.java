package dev.herald.quotes;

import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds speech cues in a run of words and the subject each cue is said of: next to it past
 * auxiliaries, adverbs and asides ("Hugh Lanning, who was there, said"), after it when inverted
 * ("said union leader Ana Silva"), the member rather than the body ("David Graham from the FDA
 * said"), the subject shared by coordinated cues ("admitted … but insisted"), or for a participle
 * ("…, saying") the subject of the clause. Words are given as indices into {@link Words}, outside any
 * quotation. Built per article; not shared across threads.
 */
final class Cues {
    /** Words that may stand between a subject and its cue: auxiliaries, adverbs, times. */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "was", "is", "were", "will", "would",
            "could", "might", "may", "can", "did", "does", "also", "then", "later", "earlier", "previously",
            "yesterday", "today", "tonight", "recently", "now", "again", "once", "further", "still", "subsequently",
            "last", "night", "week", "month", "year", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "this", "morning", "afternoon", "evening", "publicly", "privately", "already",
            "repeatedly", "reportedly", "however", "not", "separately", "meanwhile", "simply", "only");

    private final Words words;
    private final List<Token> tokens;
    /** The actors, searched by position for every cue: a scan per cue makes a long text quadratic. */
    private final ActorSpans actors;
    private final Lexicon lexicon;

    Cues(Words words, List<Token> tokens, List<Actor> actors, Lexicon lexicon) {
        this.words = words;
        this.tokens = tokens;
        this.actors = new ActorSpans(actors);
        this.lexicon = lexicon;
    }

    /** {@return whether {@code word} may stand between a subject and its verb (auxiliary, adverb, time)} */
    static boolean isBetween(String word) {
        return BETWEEN.contains(word);
    }

    Optional<Attribution> according(List<Integer> free, int k) {
        if (k + 1 < free.size() && words.get(free.get(k)).lower().equals("according")
                && words.get(free.get(k + 1)).lower().equals("to")) {
            return startingAt(free, k + 2).or(() -> describedFrom(free, k + 2))
                    .map(a -> new Attribution(a, "according to", Optional.empty()));
        }
        return Optional.empty();
    }

    /** The longest a source described after "according to" runs, in words. */
    private static final int MAX_DESCRIPTION_WORDS = 12;

    /**
     * {@return the source that "according to" names by description, up to the next comma or the end of
     * the sentence: "according to his biography", "according to recent data from comScore"}
     */
    private Optional<Actor> describedFrom(List<Integer> free, int k) {
        int end = k;
        while (end < free.size() && end - k < MAX_DESCRIPTION_WORDS && (!words.get(free.get(end)).isPunct()
                || words.get(free.get(end)).text().equals("'") || abbreviation(free, end))) {
            end++;
        }
        if (end == k || (end < free.size() && !words.get(free.get(end)).isPunct())) {
            return Optional.empty();
        }
        Span span = new Span(words.get(free.get(k)).span().start(), words.get(free.get(end - 1)).span().end());
        StringBuilder text = new StringBuilder();
        for (int i = k; i < end; i++) {
            text.append(i > k ? " " : "").append(words.get(free.get(i)).text());
        }
        return Optional.of(new Actor(span, Actor.Kind.DESCRIPTION, text.toString(), span, Lexicon.Gender.UNKNOWN));
    }

    /** The subject of the cue at {@code k}: next to it (past auxiliaries, adverbs and asides), else by preference. */
    Optional<Attribution> subjectBefore(List<Integer> free, int k) {
        Words.Word cue = words.get(free.get(k));
        int i = k - 1;
        Optional<Actor> appositive = Optional.empty();
        while (i >= 0) {
            Words.Word w = words.get(free.get(i));
            if (BETWEEN.contains(w.lower()) || mannerAdverb(w)) {
                i--;
            } else if (w.text().equals(")")) {
                int j = i - 1;
                while (j >= 0 && !words.get(free.get(j)).text().equals("(") && i - j < 12) {
                    j--;
                }
                i = j >= 0 && words.get(free.get(j)).text().equals("(") ? j - 1 : i - 1;
            } else if (w.text().equals(",")) {
                int j = i - 1;
                while (j >= 0 && !words.get(free.get(j)).text().equals(",") && i - j < 16) {
                    j--;
                }
                if (j >= 0 && words.get(free.get(j)).text().equals(",") && appositive.isEmpty()) {
                    appositive = nameFilling(free, j + 1, i - 1);
                }
                i = j >= 0 && words.get(free.get(j)).text().equals(",") ? j - 1 : i - 1;
            } else {
                break;
            }
        }
        Optional<Actor> adjacent = i < 0 ? Optional.empty() : actorEndingAt(words.get(free.get(i)).span());
        int from = free.isEmpty() ? cue.span().start() : words.get(free.get(0)).span().start();
        List<Actor> inClause = actors.within(from, cue.span().start());
        Optional<Actor> member = adjacent.map(a -> memberOf(a, inClause));
        // "the co-chairman of the party, Jane Doe, said": the name set off by commas is who the title is.
        Optional<Actor> next = appositive.isPresent() && member.isPresent() && member.get().kind() != Actor.Kind.PERSON
                && member.get().kind() != Actor.Kind.PRONOUN ? appositive : member;
        if (i >= 0 && next.isEmpty() && COORDINATORS.contains(words.get(free.get(i)).lower())) {
            for (int j = i - 1; j >= 0; j--) {
                if (isCue(free, j)) {
                    return subjectBefore(free, j).map(a -> new Attribution(a.subject(), cue.text(), via(free, k)));
                }
            }
            // "She greeted supporters at a rally and told them …": the second verb's subject is the clause's.
            Optional<Actor> clauseSubject = clauseSubject(free, inClause);
            if (clauseSubject.isPresent()) {
                return clauseSubject.map(a -> new Attribution(a, cue.text(), via(free, k)));
            }
        }
        Optional<Actor> subject = inClause.stream().filter(a -> a.kind() != Actor.Kind.PLACE).findFirst();
        // "The restoration of the older Star Wars films revealed": the subject is a common noun
        // phrase; a name of a body inside it only modifies it and does not speak.
        boolean commonNounSubject = next.isEmpty() && i >= 0 && headsCommonNoun(words.get(free.get(i)));
        List<Actor> candidates = commonNounSubject ? inClause.stream().filter(a -> a.kind() != Actor.Kind.ORGANIZATION
                && a.kind() != Actor.Kind.BODY).toList() : inClause;
        Optional<Actor> chosen = cue.lower().endsWith("ing") ? participleSubject(free, k, inClause, next).or(() -> subject).or(() -> next)
                : next.or(() -> candidates.stream().min(Comparator.comparing(Actor::kind)
                        .thenComparing(a -> -a.span().start())));
        return chosen.map(a -> new Attribution(a, cue.text(), via(free, k)));
    }

    /**
     * {@return who speaks through a participle cue ("…, saying", "adding"): a person or pronoun right
     * before it ("with Gorka noting", "Ryan saying"), else the subject of the main clause, the first
     * actor that stands at the clause's start or after a comma or dash} An actor in brackets (the
     * outlet of a dateline, "WASHINGTON (UPI) —"), after a preposition ("In a statement released
     * Thursday, Rep. Jane Roe …", "On Twitter, she …") or after a verb ("released a statement saying")
     * is no subject.
     */
    private Optional<Actor> participleSubject(List<Integer> free, int k, List<Actor> inClause, Optional<Actor> adjacent) {
        int clauseStart = free.isEmpty() ? 0 : free.get(0);
        int i = k - 1;
        while (i >= 0 && BETWEEN.contains(words.get(free.get(i)).lower())) {
            i--;
        }
        boolean right = i >= 0 && adjacent.isPresent() && words.get(free.get(i)).span().end() <= adjacent.get().span().end()
                && (adjacent.get().kind() == Actor.Kind.PERSON || adjacent.get().kind() == Actor.Kind.PRONOUN);
        if (right && (opensClause(adjacent.get(), clauseStart) || followsWith(adjacent.get(), clauseStart))) {
            return adjacent;
        }
        return continuedCue(free, k).or(() -> clauseSubject(free, inClause));
    }

    /**
     * {@return whether the free word at {@code i} is an owner: followed by an apostrophe or "'s"} The
     * apostrophe is looked up among all words, since one after an "s" may be read as a quotation mark.
     */
    private boolean possessive(List<Integer> free, int i) {
        int w = free.get(i);
        String own = words.get(w).lower();
        String next = w + 1 < words.size() ? words.get(w + 1).lower() : "";
        return Set.of("'", "\u2019", "'s", "\u2019s").contains(next) || own.endsWith("'") || own.endsWith("\u2019")
                || own.endsWith("'s") || own.endsWith("\u2019s");
    }

    /** Words that may stand between a cue and the comma before a participle besides names: "told reporters on Monday". */
    private static final Set<String> CUE_COMPLEMENTS = Set.of("in", "at", "to", "the", "a", "an", "reporters", "interview");

    /**
     * {@return the speaker of the cue that closes the clause a participle goes on from ("…, Spicer said,
     * adding", "said Jo Park on Monday, adding", "he said, adding"): the participle continues that cue,
     * so its subject speaks, not the clause's subject, whom the speaker reports ("Ryan and Lee will
     * meet next week, Spicer said, adding")} Only names, titles and time words may stand between the
     * cue and the comma; a that-clause ("said that Jo was wrong, adding") keeps the clause's subject.
     */
    private Optional<Actor> continuedCue(List<Integer> free, int k) {
        int comma = k - 1;
        if (comma < 1 || !words.get(free.get(comma)).text().equals(",")) {
            return Optional.empty();
        }
        for (int j = comma - 1; j >= 0 && comma - j <= 6; j--) {
            Words.Word w = words.get(free.get(j));
            if (isCue(free, j) && !w.lower().endsWith("ing")) {
                int i = j - 1;
                while (i >= 0 && BETWEEN.contains(words.get(free.get(i)).lower())) {
                    i--;
                }
                Optional<Actor> before = i < 0 ? Optional.empty() : actorEndingAt(words.get(free.get(i)).span());
                if (before.isPresent()) {
                    // "with Sanders’ comments Tuesday, telling": an owner before a noun the tagger read as a verb.
                    boolean owner = possessive(free, i);
                    return before.filter(a -> a.kind() != Actor.Kind.PLACE && !owner);
                }
                boolean inverted = j == 0 || words.get(free.get(j - 1)).text().equals(",");
                return inverted ? subjectAfter(free, j).map(Attribution::subject) : Optional.empty();
            }
            boolean named = w.isCapitalized() || (w.text().equals(".") && j > 0 && words.get(free.get(j - 1)).isCapitalized());
            if (!named && !BETWEEN.contains(w.lower()) && !CUE_COMPLEMENTS.contains(w.lower())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * {@return who a clause without a cue that introduces a quotation with a colon gives it to: the
     * source after "from" near its end ("More from the report"), else its subject ("He went on")}
     */
    Optional<Actor> introducing(List<Integer> all) {
        List<Integer> free = afterLastDash(all);
        if (free.isEmpty()) {
            return Optional.empty();
        }
        for (int k = Math.max(0, free.size() - 6); k + 1 < free.size(); k++) {
            if (words.get(free.get(k)).lower().equals("from")) {
                Optional<Actor> source = startingAt(free, k + 1);
                if (source.isPresent()) {
                    return source;
                }
            }
        }
        List<Actor> inClause = actors.within(words.get(free.get(0)).span().start(), words.get(free.get(free.size() - 1)).span().end());
        // "His message to the chancellor was: “…”": the words are the owner's, whom the pronoun does not name here.
        return clauseSubject(free, inClause).filter(a -> !ownedByPronoun(a));
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "my", "our", "your");

    /** {@return whether the noun phrase of {@code a} opens with a possessive pronoun ("His message", "their statement")} */
    private boolean ownedByPronoun(Actor a) {
        int first = words.firstAtOrAfter(a.span().start());
        return POSSESSIVES.contains(words.get(first).lower()) || (first > 0 && POSSESSIVES.contains(words.get(first - 1).lower()));
    }

    /**
     * {@return the words after the last dash set off by spaces: the source that a round-up names after
     * its headline ("POLLS WERE EARLY - Jane Roe"), not a dash inside the clause ("the terrorists–armed with …")}
     */
    private List<Integer> afterLastDash(List<Integer> free) {
        for (int k = free.size() - 2; k > 0; k--) {
            Words.Word w = words.get(free.get(k));
            boolean spaced = words.get(free.get(k - 1)).span().end() < w.span().start()
                    && w.span().end() < words.get(free.get(k + 1)).span().start();
            if (spaced && w.isDash()) {
                return free.subList(k + 1, free.size());
            }
        }
        return free;
    }

    /** {@return the subject of the clause: its first actor, no place, that stands at its start or after a comma or dash} */
    private Optional<Actor> clauseSubject(List<Integer> free, List<Actor> inClause) {
        int clauseStart = free.isEmpty() ? 0 : free.get(0);
        return inClause.stream().filter(a -> a.kind() != Actor.Kind.PLACE).filter(a -> opensClause(a, clauseStart)).findFirst();
    }

    /** Marks after which a subject may stand besides a dash (after a dateline): the comma that closes an opening phrase. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":");

    /**
     * {@return whether the noun phrase of {@code a} opens a clause: nothing but determiners, names and
     * abbreviated titles ("Rep.", "the Florida") stand between it and the clause's start, a comma or a dash}
     */
    private boolean opensClause(Actor a, int clauseStart) {
        int before = wordBeforePhrase(a, clauseStart);
        if (before < clauseStart) {
            return true;
        }
        String mark = words.get(before).text();
        return CLAUSE_BREAKS.contains(mark) || words.get(before).isDash() || QuoteMarks.family(mark.charAt(0)) != null;
    }

    /** {@return whether the noun phrase of {@code a} follows "with", the subject of an absolute clause ("with Jo Park noting")} */
    private boolean followsWith(Actor a, int clauseStart) {
        int before = wordBeforePhrase(a, clauseStart);
        return before >= clauseStart && words.get(before).lower().equals("with");
    }

    /** {@return the index of the word before the noun phrase of {@code a}, past determiners, names and abbreviated titles} */
    private int wordBeforePhrase(Actor a, int clauseStart) {
        int w = words.firstAtOrAfter(a.span().start()) - 1;
        int stop = w - 6;
        while (w >= clauseStart && w > stop) {
            Words.Word word = words.get(w);
            boolean abbreviated = word.text().equals(".") && w > 0 && words.get(w - 1).isCapitalized()
                    && words.get(w - 1).text().length() <= 4;
            if (!abbreviated && (word.isPunct() || PREPOSITIONS.contains(word.lower())
                    || !(word.isCapitalized() || OPENERS.contains(word.lower())))) {
                break;
            }
            w--;
        }
        return w;
    }

    /**
     * Prepositions and conjunctions, which end the search for a subject also when they open the sentence
     * ("In a statement, …", "When Wallace died, …").
     */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "with", "to", "for", "from", "by", "after",
            "before", "during", "of", "about", "under", "over", "since", "despite", "amid", "as", "like", "into",
            "through", "against", "among", "following", "according", "via", "without", "unlike", "when", "while",
            "if", "because", "although", "though", "until", "once", "where", "whether");

    /** Words that open a noun phrase: determiners and possessives. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "one");

    /**
     * {@return whether {@code w} ends a common noun phrase: a lower-case noun by its tag, or, where
     * the profile gave no tags, by a plural or abstract-noun ending}
     */
    private boolean headsCommonNoun(Words.Word w) {
        if (w.isCapitalized() || w.isPunct() || !w.lower().chars().allMatch(Character::isLetter)) {
            return false;
        }
        Optional<Token> t = Tokens.at(tokens, w.span()).filter(tok -> !tok.pos().isEmpty());
        if (t.isPresent()) {
            return t.get().pos().equals("NN") || t.get().pos().equals("NNS");
        }
        String lower = w.lower();
        return lower.length() > 3
                && (lower.endsWith("s") || lower.endsWith("tion") || lower.endsWith("ment") || lower.endsWith("ity"));
    }

    /**
     * {@return whether {@code w} is an adverb in "-ly" that may stand between a subject and its cue
     * ("she angrily said", "he erroneously suggested"): tagged as an adverb, or, where the profile gave
     * no tags, lower case and ending in "ly"}
     */
    private boolean mannerAdverb(Words.Word w) {
        String lower = w.lower();
        if (w.isCapitalized() || lower.length() < 5 || !lower.endsWith("ly")) {
            return false;
        }
        return Tokens.at(tokens, w.span()).filter(tok -> !tok.pos().isEmpty()).map(tok -> tok.pos().startsWith("RB")).orElse(true);
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "then");
    /** Words after which a name is no longer the subject of an inverted cue ("said that Mr X ..."). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "how", "what", "whether", "if", "to", "it",
            "there", "he", "she", "they", "we", "i", "you", "when", "why", "who");

    /**
     * {@return the person a body's name is attached to ("David Graham from the FDA", "Howard Archer,
     * economist at Global Insight"), else {@code body} itself}
     */
    private Actor memberOf(Actor body, List<Actor> inClause) {
        if (body.kind() == Actor.Kind.PERSON || body.kind() == Actor.Kind.PRONOUN) {
            return body;
        }
        int w = words.firstAtOrAfter(body.span().start()) - 1;
        int stop = w - 6;
        while (w >= 0 && w > stop && (words.get(w).lower().equals("the") || words.get(w).lower().endsWith("'s")
                || words.get(w).lower().endsWith("\u2019s") || (words.get(w).isCapitalized() && !words.get(w).isPunct()))) {
            w--;
        }
        if (w < 0 || !Set.of("of", "from", "at", "for", "with", "in").contains(words.get(w).lower())) {
            return body;
        }
        int limit = words.get(Math.max(0, w - 8)).span().start();
        Optional<Actor> person = inClause.stream().filter(a -> a.kind() == Actor.Kind.PERSON)
                .filter(a -> a.span().end() <= body.span().start() && a.span().start() >= limit)
                .reduce((x, y) -> y);
        return person.orElse(body);
    }

    /**
     * The subject after an inverted cue ("said Tony Blair", "said the chairman of X, Jane Doe", "said
     * Acme's publicist Jane Doe", "said one London-based broker").
     */
    Optional<Attribution> subjectAfter(List<Integer> free, int k) {
        Optional<Actor> first = startingAt(free, k + 1).map(this::roleHolder);
        boolean inverted = k == 0 || words.get(free.get(k - 1)).text().equals(",");
        if (first.isEmpty() && inverted && !words.get(free.get(k)).lower().endsWith("ing") && k + 1 < free.size()
                && INDEFINITE.contains(words.get(free.get(k + 1)).lower())) {
            // "said one London-based broker": an unnamed source that no list knows, described to the
            // sentence's end; the determiner is no part of the description.
            first = describedFrom(free, k + 2);
        }
        if (first.isEmpty() && k + 1 < free.size()) {
            int end = k + 1;
            while (end < free.size() && end - k <= 5 && !CLAUSE_OPENERS.contains(words.get(free.get(end)).lower())) {
                end++;
            }
            first = window(free, k + 1, end - k - 1).stream().filter(a -> a.kind() == Actor.Kind.PERSON).findFirst();
        }
        Optional<Actor> chosen = first;
        if (first.isPresent() && first.get().kind() != Actor.Kind.PERSON) {
            Actor lead = first.get();
            chosen = window(free, k + 1, 16).stream().filter(a -> a.kind() == Actor.Kind.PERSON)
                    .filter(a -> a.span().start() > lead.span().start()).findFirst().or(() -> Optional.of(lead));
        }
        return chosen.map(a -> new Attribution(a, words.get(free.get(k)).text(), Optional.empty()));
    }

    /** {@return the person whose name is all of the free words {@code [from, to]}, if one is} */
    private Optional<Actor> nameFilling(List<Integer> free, int from, int to) {
        if (from > to) {
            return Optional.empty();
        }
        Span words = new Span(this.words.get(free.get(from)).span().start(), this.words.get(free.get(to)).span().end());
        return actors.within(words.start(), words.end()).stream().filter(a -> a.span().equals(words)
                && a.kind() == Actor.Kind.PERSON).findFirst();
    }

    /** Determiners that open an unnamed source after an inverted cue. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

    /**
     * {@return the person named with a role that {@code a} only qualifies, else {@code a}: "Acme's
     * publicist Jane Doe", "Speegle founder Jo Park" (a possessive, then one to three lower-case words of
     * the role, then the name)}
     */
    private Actor roleHolder(Actor a) {
        if (a.kind() == Actor.Kind.PRONOUN) {
            return a;
        }
        int[] gap = words.within(new Span(a.span().end(), Math.min(words.get(words.size() - 1).span().end(), a.span().end() + 60)));
        int w = gap[0];
        if (w < gap[1] && POSSESSIVE_MARKS.contains(words.get(w).text())) {
            w++;
        }
        int role = w;
        while (w < gap[1] && w - role < 3 && isRoleWord(words.get(w))) {
            w++;
        }
        if (w == role || w >= gap[1]) {
            return a;
        }
        int name = w;
        int nameStart = words.get(name).span().start();
        Optional<Actor> there = actors.within(nameStart, nameStart + 80).stream().findFirst().filter(p -> p.span().start() == nameStart);
        return there.isPresent() ? there.filter(p -> p.kind() == Actor.Kind.PERSON).orElse(a) : nameUntagged(name).orElse(a);
    }

    /**
     * {@return one to three capitalized words from word {@code w} that close their clause, as a person
     * the entity layer did not type as one ("publicist Wendy Day" taken for a work)}
     */
    private Optional<Actor> nameUntagged(int w) {
        int end = w;
        while (end < words.size() && end - w < 3 && words.get(end).isCapitalized() && !words.get(end).isPunct()
                && !BETWEEN.contains(words.get(end).lower()) && lexicon.honorific(words.get(end).text()).isEmpty()) {
            end++;
        }
        if (end == w || (end < words.size() && !words.get(end).isPunct())) {
            return Optional.empty();
        }
        Span name = new Span(words.get(w).span().start(), words.get(end - 1).span().end());
        StringBuilder written = new StringBuilder();
        for (int i = w; i < end; i++) {
            written.append(i > w ? " " : "").append(words.get(i).text());
        }
        return Optional.of(new Actor(name, Actor.Kind.PERSON, written.toString(), name, Lexicon.Gender.UNKNOWN));
    }

    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "\u2019s", "'", "\u2019");

    private boolean isRoleWord(Words.Word w) {
        String l = w.lower();
        return !w.isPunct() && !w.isCapitalized() && l.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !COORDINATORS.contains(l) && !CLAUSE_OPENERS.contains(l) && !BETWEEN.contains(l) && lexicon.cueBase(l).isEmpty();
    }

    /**
     * {@return the name or body that ends a run of words and is all of it, or all of it after a dash,
     * a full stop or a quotation: the label of a quotation ("Clinton", "Pew Research" in "… - Pew
     * Research: “…”")}
     */
    Optional<Actor> labelling(List<Integer> free) {
        if (free.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor> label = actorEndingAt(words.get(free.get(free.size() - 1)).span())
                .filter(a -> a.kind() == Actor.Kind.PERSON || a.kind() == Actor.Kind.ORGANIZATION);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        int first = words.firstAtOrAfter(label.get().span().start());
        if (free.indexOf(first) == 0) {
            return label;
        }
        String before = first > 0 ? words.get(first - 1).text() : ".";
        boolean opens = Set.of(".", "!", "?").contains(before) || first > 0 && words.get(first - 1).isDash() || QuoteMarks.family(before.charAt(0)) != null;
        return opens ? label : Optional.empty();
    }

    /**
     * {@return the name or body that opens a signature line and is all of it but an aside after a
     * comma or in brackets ("Jane Roe", "Jane Roe, Tucson", "Acme Foods (Leeds)")}
     */
    Optional<Actor> signing(List<Integer> free) {
        Optional<Actor> signer = startingAt(free, 0).filter(a -> a.kind() == Actor.Kind.PERSON || a.kind() == Actor.Kind.ORGANIZATION);
        if (signer.isEmpty()) {
            return signer;
        }
        int next = words.firstAtOrAfter(signer.get().span().end());
        boolean closes = next >= words.size() || !free.contains(next) || Set.of(",", ".", "(", ";").contains(words.get(next).text());
        return closes ? signer : Optional.empty();
    }

    /**
     * {@return the actors within {@code n} free words from {@code k}, stopping at a full stop or colon;
     * the full stop of an abbreviated title or an initial ("Rep.", "Gov.", "J.") does not stop it}
     */
    private List<Actor> window(List<Integer> free, int k, int n) {
        int end = k;
        while (end < free.size() && end - k < n && (!Set.of(".", ":", ";").contains(words.get(free.get(end)).text())
                || abbreviation(free, end))) {
            end++;
        }
        if (end == k) {
            return List.of();
        }
        Span span = new Span(words.get(free.get(k)).span().start(), words.get(free.get(end - 1)).span().end());
        return actors.within(span.start(), span.end());
    }

    private boolean abbreviation(List<Integer> free, int k) {
        if (k == 0 || !words.get(free.get(k)).text().equals(".")) {
            return false;
        }
        Words.Word before = words.get(free.get(k - 1));
        return before.isCapitalized() && (before.text().length() == 1 || lexicon.honorific(before.text()).isPresent()
                || lexicon.isTitle(before.lower()));
    }

    /** {@return the actor that starts at the word {@code k}, past a determiner} */
    Optional<Actor> startingAt(List<Integer> free, int k) {
        int i = k;
        while (i < free.size() && Set.of("the", "a", "an", "one", "another").contains(words.get(free.get(i)).lower())) {
            i++;
        }
        if (i >= free.size()) {
            return Optional.empty();
        }
        Span w = words.get(free.get(i)).span();
        Span det = words.get(free.get(Math.min(k, free.size() - 1))).span();
        return actors.firstContainingOrStartingIn(w, det.start(), w.start());
    }

    /** The outlet: "told The Times", "in an interview with the BBC", "speaking to Sky News", "writing in the Guardian". */
    private Optional<Actor> via(List<Integer> free, int k) {
        if (lexicon.cueBase(words.get(free.get(k)).text()).orElse("").equals("tell")) {
            Optional<Actor> told = startingAt(free, k + 1).filter(a -> a.kind() == Actor.Kind.ORGANIZATION);
            if (told.isPresent()) {
                return told;
            }
        }
        for (int i = 0; i + 1 < free.size(); i++) {
            String w = words.get(free.get(i)).lower();
            String next = words.get(free.get(i + 1)).lower();
            boolean outlet = (w.equals("interview") && next.equals("with")) || (w.equals("speaking") && next.equals("to"))
                    || (w.equals("writing") && next.equals("in")) || (w.equals("told") && i != k);
            int from = w.equals("told") ? i + 1 : i + 2;
            if (outlet) {
                Optional<Actor> o = startingAt(free, from).filter(a -> a.kind() == Actor.Kind.ORGANIZATION);
                if (o.isPresent()) {
                    return o;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> actorEndingAt(Span w) {
        return actors.firstContainingOrEndingWith(w);
    }

    boolean isCue(List<Integer> free, int k) {
        return (lexicon.cueBase(words.get(free.get(k)).text()).isPresent() || phrasalCue(free, k)) && standsAsVerb(free, k);
    }

    /** Verbs that speak with a particle ("shot back", "went on"), each with its particle. */
    private static final Map<String, String> PHRASAL = Map.of("shot", "back", "shoots", "back",
            "fired", "back", "fires", "back", "snapped", "back", "went", "on", "goes", "on", "chimed", "in", "chimes", "in");

    /**
     * {@return whether the word at {@code k} and its particle speak ("Rubio fired back: “…”", "“…,” he
     * went on.")} The particle must close the clause or open what is said: "went on a tour" does not speak.
     */
    private boolean phrasalCue(List<Integer> free, int k) {
        String particle = PHRASAL.get(words.get(free.get(k)).lower());
        if (particle == null || k + 1 >= free.size() || !words.get(free.get(k + 1)).lower().equals(particle)) {
            return false;
        }
        if (k + 2 >= free.size()) {
            return true;
        }
        String after = words.get(free.get(k + 2)).lower();
        return after.equals("that") || Set.of(",", ":", ".", ";").contains(after);
    }

    /** {@return whether the word at {@code k} is used as a verb: no determiner before it, and a verb's tag where tagged} */
    boolean standsAsVerb(List<Integer> free, int k) {
        Words.Word w = words.get(free.get(k));
        if (k > 0 && Set.of("the", "a", "an", "his", "her", "their", "its").contains(words.get(free.get(k - 1)).lower())) {
            return false;
        }
        Optional<Token> t = Tokens.at(tokens, w.span());
        return t.map(tok -> tok.pos().isEmpty() || tok.pos().startsWith("VB")).orElse(true);
    }


}
