package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Sentence;
import dev.herald.model.Speaker;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds reported speech as {@code indirect} quotes: "Ms Truss has warned that any deal …", "The plan is
 * dead, officials said.", "…, said Ana Silva.", "According to the report, …", "The plan, he said, would
 * fail" (both parts), "All agreed that …" (any verb whose object is a that-clause). The content runs
 * from the cue's "that" (or the word after the cue) to the end of the sentence, or from the sentence
 * start to the comma before the attribution; the speaker is resolved as for direct quotes
 * ({@link Referents}), a common noun before the cue speaking as a description ("His lawyer said"). A partial
 * quotation ("… that the military is “depleted”") stays inside the reported speech that holds it.
 * Every cue of a sentence is read ("A said X, while B argued Y"), also beside a direct quotation, whose
 * own cue is left to it ({@link ReportedClauses}); "who" after a name, a share of a group ("26 percent
 * said") and a name with a colon opening a sentence ("Silva: …") speak too. The writer's clause that the
 * sentence splitter cut off after a quotation ("“… AGAIN!” he tweeted during the half") is left to
 * {@link SpeakerResolver}.
 *
 * <p>In the default pipeline ({@code herald analyze --no-indirect} leaves it out). The quote metric
 * of CONTRACT.md leaves {@code indirect} quotes out, so they cost nothing there; PolNeAR's source and
 * content F1 measure them ({@code eval/quotes.sh}).
 *
 * <p>Requires {@code quotes}, {@code sentences}, {@code mentions}, {@code entities} (and reads
 * {@code metonyms} when set). Provides
 * {@code quotes} (the direct and partial ones kept, indirect ones added, ids renumbered in text order).
 * Options: the reporting verbs (default {@link #REPORTING_VERBS}; their forms from the cue lexicon or,
 * for verbs that introduce no quotation, {@code reporting-verbs.txt}), the shortest content (default 4
 * words). Thread-safe.
 */
public final class ReportedSpeechFinder implements Stage {
    /** Verbs that report speech or a stated position, by base form. */
    public static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "warn", "insist", "argue",
            "explain", "state", "claim", "admit", "announce", "declare", "note", "suggest", "stress", "urge",
            "acknowledge", "predict", "complain", "confirm", "deny", "promise", "pledge", "vow", "concede",
            "conclude", "maintain", "reveal", "report", "write", "tweet", "assert", "allege", "believe", "think", "find", "show", "reiterate", "ask", "mention", "describe",
            "fear", "hope", "estimate", "caution", "indicate", "recall", "testify", "emphasise", "emphasize",
            "respond", "reply", "agree", "propose", "accuse", "criticize", "criticise", "cite", "contend", "observe", "recommend", "demand",
            "want", "call", "endorse", "defend", "praise", "support", "seek", "refuse", "decline", "dismiss", "reject",
            "blame", "remind", "express", "prefer");

    private final Lexicon lexicon;
    private final ActorFinder actorFinder;
    private final Set<String> verbs;
    /** Forms of the reporting verbs that the cue lexicon does not hold ("wants", "sought"), by form. */
    private final Map<String, String> forms;
    private final int minWords;

    public ReportedSpeechFinder(Lexicon lexicon) {
        this(lexicon, REPORTING_VERBS, 4);
    }

    public ReportedSpeechFinder(Lexicon lexicon, Set<String> verbs, int minWords) {
        if (minWords < 1) {
            throw new IllegalArgumentException("minWords must be >= 1, was " + minWords);
        }
        this.lexicon = lexicon;
        this.actorFinder = new ActorFinder(lexicon);
        this.verbs = Set.copyOf(verbs);
        Map<String, String> forms = new HashMap<>();
        Lexicon.lines("reporting-verbs.txt").forEach(l -> l.forEach(f -> forms.putIfAbsent(f, l.get(0))));
        this.forms = Map.copyOf(forms);
        this.minWords = minWords;
    }

    /** {@return whether {@code word} is a form of one of the reporting verbs} */
    private boolean reports(String word) {
        String base = lexicon.cueBase(word).orElseGet(() -> forms.getOrDefault(word.toLowerCase(Locale.ROOT), ""));
        return verbs.contains(base);
    }

    @Override
    public String name() {
        return "reported-speech";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.QUOTES, Layer.SENTENCES, Layer.MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Article apply(Article article) {
        List<Quote> direct = article.get(Layer.QUOTES);
        QuoteReading reading = QuoteReading.of(article, actorFinder, lexicon);
        Referents referents = reading.referents();
        Clauses clauses = reading.clauses();
        ReportedClauses reported = clauses.reportedSpeech();
        List<Quote> all = new ArrayList<>(direct);
        List<Quote> quotations = direct.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        for (Sentence s : article.get(Layer.SENTENCES)) {
            if (clauses.continuesQuotation(s)) {
                continue;
            }
            List<Quote> inSentence = quotations.stream().filter(q -> q.span().overlaps(s.span())).toList();
            reported.reported(s, this::reports, minWords, inSentence).forEach(r -> {
                Actor subject = r.attribution().subject();
                Optional<Speaker> speaker = referents.speaker(subject).map(sp -> reading.sources().at(sp, subject));
                if (speaker.isPresent()) {
                    all.add(new Quote("Q", r.content(), Quote.Kind.INDIRECT, speaker, Optional.of(r.attribution().cue()),
                            Optional.empty()));
                }
            });
        }
        all.sort(Comparator.comparing(Quote::span));
        List<Quote> numbered = new ArrayList<>();
        for (Quote q : all) {
            numbered.add(new Quote("Q" + (numbered.size() + 1), q.span(), q.kind(), q.speaker(), q.cue(), q.via()));
        }
        return article.with(Layer.QUOTES, numbered);
    }
}
