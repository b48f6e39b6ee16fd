package dev.herald.quotes;

import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import dev.herald.model.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole expression a speaker is given as at a cue, grown from the speaker's mention: the words of
 * its noun phrase before it ("Clinton spokesman Nick Merrill", "Republican vice-presidential nominee
 * Gov. Mike Pence", "a spokesman"), the common nouns it modifies ("the Indiana governor"), a bracket
 * ("(D-Ill.)") and an aside that describes it ("Jane Doe, a professor at Oxford,", "X, who was
 * there,"). News corpora such as PolNeAR annotate this span as the source; the mention stays the name
 * the entity layer knows. Stays inside the mention's sentence and outside quotations. Built per
 * article; not shared across threads.
 */
final class SourcePhrase {
    /** Parts of speech of the words that may stand before a name in its noun phrase. */
    private static final Set<String> PREMODIFIERS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "HYPH");
    /** Words that open a noun phrase: it goes no further left. */
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "his", "her", "its", "their", "our", "my",
            "one", "another", "some", "several", "many", "two", "three", "four", "five", "both", "all");
    /** Words that open an aside describing the one before it: "Jane Doe, a professor …", "X, who …". */
    private static final Set<String> ASIDES = Set.of("a", "an", "the", "his", "her", "its", "their", "who", "whose",
            "one", "former", "then", "now", "also");
    private static final int MAX_PREMODIFIERS = 8;
    private static final int MAX_ASIDE = 30;

    private final Words words;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final Predicate<Span> quoted;
    private final Lexicon lexicon;

    SourcePhrase(Words words, List<Token> tokens, List<Sentence> sentences, Predicate<Span> quoted, Lexicon lexicon) {
        this.words = words;
        this.tokens = tokens;
        this.sentences = sentences;
        this.quoted = quoted;
        this.lexicon = lexicon;
    }

    /**
     * {@return {@code speaker} as the text gives it at a cue whose subject is {@code subject}: the subject
     * as its mention ("he", "Ms Truss", not the name the pronoun stands for) and the expression around
     * the subject as its source}
     */
    Speaker at(Speaker speaker, Actor subject) {
        Optional<Span> mention = Optional.of(subject.span());
        Optional<Span> source = Optional.of(of(subject));
        return speaker instanceof Speaker.Named n ? new Speaker.Named(n.name(), n.entityId(), mention, source)
                : new Speaker.Anonymous(speaker.name(), mention, source);
    }

    /** {@return the source expression around {@code actor}: its span for a pronoun or relative, else grown} */
    Span of(Actor actor) {
        Span mention = actor.span();
        if (actor.kind() == Actor.Kind.PRONOUN || words.size() == 0) {
            return mention;
        }
        Span sentence = sentences.isEmpty() ? new Span(0, Integer.MAX_VALUE)
                : sentences.get(SentenceIndex.at(sentences, mention.start())).span();
        int first = words.firstAtOrAfter(mention.start());
        int last = words.firstAtOrAfter(mention.end()) - 1;
        if (first >= words.size() || last < first) {
            return mention;
        }
        int from = extendLeft(first, sentence);
        if (actor.kind() != Actor.Kind.DESCRIPTION) {
            from = coordinated(from, sentence);
            from = apposed(from, sentence);
        }
        int to = extendRight(last, sentence, actor.kind() == Actor.Kind.ANONYMOUS || actor.kind() == Actor.Kind.DESCRIPTION);
        return new Span(Math.min(mention.start(), words.get(from).span().start()), Math.max(mention.end(), words.get(to).span().end()));
    }

    /** Back over determiners, adjectives, nouns, names and abbreviated titles ("Gov.") of the same noun phrase. */
    private int extendLeft(int first, Span sentence) {
        int from = first;
        for (int i = first - 1; i >= 0 && first - i <= MAX_PREMODIFIERS; i--) {
            Words.Word w = words.get(i);
            if (!inside(w, sentence)) {
                break;
            }
            if (w.text().equals(".") && abbreviation(i)) {
                from = --i;
                continue;
            }
            if (OPENERS.contains(w.lower())) {
                return i;
            }
            if (w.isPunct() && !w.text().equals("-") || Cues.isBetween(w.lower()) || lexicon.cueBase(w.text()).isPresent()
                    || !pos(w).map(PREMODIFIERS::contains).orElseGet(() -> w.isCapitalized() || describes(w))) {
                break;
            }
            from = i;
        }
        return from;
    }

    /** {@return where a subject of two names starts: "Jeb Bush and Chris Christie", from the second; else {@code from}} */
    private int coordinated(int from, Span sentence) {
        if (from < 2 || !words.get(from - 1).lower().equals("and") || !words.get(from).isCapitalized()) {
            return from;
        }
        Words.Word before = words.get(from - 2);
        if (!inside(before, sentence) || before.isPunct() || !before.isCapitalized()
                || !pos(before).map(p -> p.startsWith("NNP")).orElse(false)) {
            return from;
        }
        return extendLeft(from - 2, sentence);
    }

    /**
     * {@return where the description set before a name by a comma starts, when it opens the sentence:
     * "One Republican presidential hopeful, Carly Fiorina, said", "Her senior policy adviser, Jake
     * Sullivan, said"; else {@code from}} Not an opening phrase of time or place ("On Monday, X said",
     * "In an interview, X said"): the description's last word is a lower-case noun and nothing stands
     * before it in the sentence.
     */
    private int apposed(int from, Span sentence) {
        if (from < 2 || !words.get(from - 1).text().equals(",") || !words.get(from).isCapitalized()) {
            return from;
        }
        Words.Word head = words.get(from - 2);
        if (!inside(head, sentence) || head.isCapitalized() || Cues.isBetween(head.lower())
                || !pos(head).map(p -> p.equals("NN") || p.equals("NNS")).orElse(false)) {
            return from;
        }
        int start = extendLeft(from - 2, sentence);
        boolean opensSentence = start == 0 || !inside(words.get(start - 1), sentence);
        return opensSentence ? start : from;
    }

    /** On over the common nouns the name modifies, a bracket and an aside set off by a comma. */
    private int extendRight(int last, Span sentence, boolean description) {
        int to = last;
        for (int i = last + 1; i < words.size() && i <= last + 3; i++) {
            Words.Word w = words.get(i);
            if (!inside(w, sentence) || w.isCapitalized() || !pos(w).map(p -> p.equals("NN") || p.equals("NNS")).orElseGet(() -> describes(w))
                    || lexicon.cueBase(w.text()).isPresent() || Cues.isBetween(w.lower())) {
                break;
            }
            to = i;
        }
        to = extendOver(to, sentence, description);
        int next = to + 1;
        if (next < words.size() && words.get(next).text().equals("(") && inside(words.get(next), sentence)) {
            for (int i = next + 1; i < words.size() && i <= next + 8 && inside(words.get(i), sentence); i++) {
                if (words.get(i).text().equals(")")) {
                    to = i;
                    next = i + 1;
                    break;
                }
            }
        }
        if (next + 1 < words.size() && words.get(next).text().equals(",") && ASIDES.contains(words.get(next + 1).lower())
                && inside(words.get(next + 1), sentence)) {
            int end = next;
            for (int i = next + 1; i < words.size() && i <= next + MAX_ASIDE; i++) {
                Words.Word w = words.get(i);
                if (!inside(w, sentence) || Set.of(",", ";", ":", "!", "?").contains(w.text())
                        || w.text().equals(".") && !abbreviation(i)) {
                    break;
                }
                end = i;
            }
            to = Math.max(to, end);
        }
        return to;
    }

    /**
     * {@return the last word of a phrase that says whose or where the speaker is: "of Oxfam", "for the
     * ministry", "close to her campaign", for a description also "at the plant"; else {@code to}} The
     * phrase is a noun phrase of at most six words after the preposition, with a noun in it.
     */
    private int extendOver(int to, Span sentence, boolean description) {
        int i = to + 1;
        if (i + 1 >= words.size() || !inside(words.get(i), sentence)) {
            return to;
        }
        String link = words.get(i).lower();
        if (link.equals("close") && words.get(i + 1).lower().equals("to")) {
            i++;
        } else if (!LINKS.contains(link) && !(description && link.equals("at"))) {
            return to;
        }
        int end = to;
        for (int j = i + 1; j < words.size() && j <= i + 6 && inside(words.get(j), sentence); j++) {
            Words.Word w = words.get(j);
            Optional<String> tag = pos(w);
            boolean nounPhrase = OPENERS.contains(w.lower()) || tag.map(NOUN_PHRASE::contains)
                    .orElseGet(() -> w.isCapitalized() && !w.isPunct() || describes(w));
            if (!nounPhrase || lexicon.cueBase(w.text()).isPresent() || Cues.isBetween(w.lower())) {
                break;
            }
            if (!OPENERS.contains(w.lower()) && (w.isCapitalized() || tag.map(t -> t.startsWith("NN")).orElseGet(() -> describes(w)))) {
                end = j;
            }
        }
        return end;
    }

    /** Prepositions that tie a speaker to a body or a place ("of Oxfam", "for the ministry", "from Ohio"). */
    private static final Set<String> LINKS = Set.of("of", "for", "from");
    /** Parts of speech of a noun phrase after such a preposition. */
    private static final Set<String> NOUN_PHRASE = Set.of("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH");

    /** {@return whether the full stop at {@code i} closes an abbreviation ("Gov.", "Ill.", "J.") written against it} */
    private boolean abbreviation(int i) {
        if (i == 0 || words.get(i - 1).span().end() != words.get(i).span().start()) {
            return false;
        }
        Words.Word before = words.get(i - 1);
        return abbreviatedTitle(before) || before.isCapitalized() && before.text().length() <= 4 && before.text().chars().allMatch(Character::isLetter);
    }

    private boolean abbreviatedTitle(Words.Word w) {
        return w.isCapitalized() && (lexicon.honorific(w.text()).isPresent() || lexicon.isTitle(w.lower()));
    }

    /**
     * {@return whether {@code w} is a word that describes a speaker ("spokesman", "governor", "source",
     * "former", "31-year-old"): how the phrase is read where the profile gave no parts of speech}
     */
    private boolean describes(Words.Word w) {
        String lower = w.lower();
        return lexicon.isTitle(lower) || lexicon.isSpokesNoun(lower) || lexicon.isAnonymousNoun(lower)
                || lexicon.personNoun(lower).isPresent() || lower.equals("former");
    }

    private boolean inside(Words.Word w, Span sentence) {
        return sentence.contains(w.span()) && !quoted.test(w.span()) && QuoteMarks.family(w.text().charAt(0)) == null;
    }

    private Optional<String> pos(Words.Word w) {
        return Tokens.at(tokens, w.span()).map(Token::pos).filter(p -> !p.isEmpty());
    }
}
