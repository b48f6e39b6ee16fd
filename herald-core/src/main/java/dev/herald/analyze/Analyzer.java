package dev.herald.analyze;

import dev.herald.entities.EntityGrouper;
import dev.herald.entities.MetonymFinder;
import dev.herald.entities.NerCorrector;
import dev.herald.entities.types.EntityWords;
import dev.herald.entities.PronounLinker;
import dev.herald.entities.TitleBinder;
import dev.herald.entities.gazetteer.EntitiesConfig;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.clean.Cleaned;
import dev.herald.clean.Cleaner;
import dev.herald.clean.HtmlCleaner;
import dev.herald.clean.PlainCleaner;
import dev.herald.clean.TextCleaner;
import dev.herald.dates.DateFinder;
import dev.herald.events.EventCoder;
import dev.herald.events.EventConfig;
import dev.herald.ingest.IngestConfig;
import dev.herald.ingest.InputReader;
import dev.herald.ingest.RawDocument;
import dev.herald.ingest.ReadResult;
import dev.herald.model.Article;
import dev.herald.model.InputFormat;
import dev.herald.model.Metadata;
import dev.herald.model.Source;
import dev.herald.nlp.CoreNlpAnnotator;
import dev.herald.nlp.NlpProfile;
import dev.herald.pipeline.Pipeline;
import dev.herald.quotes.Lexicon;
import dev.herald.quotes.QuoteConfig;
import dev.herald.quotes.QuoteFinder;
import dev.herald.quotes.ReportedSpeechFinder;
import dev.herald.quotes.SpeakerResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Herald's whole job for one input: read, clean, then the pipeline of the chosen profile. Built once
 * per process (it holds the loaded models); thread-safe, so a batch shares one instance.
 *
 * <p>This is the one boundary where a failing article is caught: whatever goes wrong with one input
 * becomes an {@link Analysis.Failed} with its reason, and the caller goes on with the next.
 */
public final class Analyzer {
    private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);

    private final InputReader reader;
    private final Pipeline pipeline;
    private final Map<InputFormat, Cleaner> cleaners = Map.of(
            InputFormat.TEXT, new TextCleaner(),
            InputFormat.HTML, new HtmlCleaner(),
            InputFormat.PLAIN, new PlainCleaner());

    public Analyzer(AnalyzerConfig config) {
        this(config.ingest(), Pipeline.of(stagesFor(config.profile(), config.reportedSpeech())));
    }

    /** An analyzer that runs {@code pipeline} after reading and cleaning (evaluation runs, baselines). */
    public Analyzer(IngestConfig ingest, Pipeline pipeline) {
        this.reader = new InputReader(ingest);
        this.pipeline = pipeline;
    }

    /** {@return the stages of {@code profile}, in order, for callers that add stages of their own} */
    public static List<dev.herald.pipeline.Stage> stagesFor(NlpProfile profile, boolean reportedSpeech) {
        // The gazetteer loads on its own thread while CoreNLP loads its models on this one.
        CompletableFuture<Gazetteer> loading = Gazetteer.sharedInBackground(EntitiesConfig.fromEnvironment(System.getenv()));
        dev.herald.lexicon.Lexicon lexicon = dev.herald.lexicon.Lexicon.bundled();
        Lexicon attribution = Lexicon.of(lexicon);
        // Parsing is most of the full profile's time, and only event coding needs it: a sentence without a
        // word an event could be coded from is not parsed (the pronoun linker does without where so).
        EventCoder events = new EventCoder(EventConfig.defaults(), lexicon);
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(profile, events::worthParsing);
        Gazetteer gazetteer = Gazetteer.joined(loading);
        EntityWords entityWords = EntityWords.bundled();
        List<dev.herald.pipeline.Stage> stages = new ArrayList<>(List.of(
                nlp,
                new DateFinder(lexicon),
                new NerCorrector(gazetteer, lexicon, entityWords),
                new EntityGrouper(gazetteer, entityWords),
                new TitleBinder(gazetteer, lexicon),
                new PronounLinker(lexicon),
                new MetonymFinder(gazetteer),
                new QuoteFinder(QuoteConfig.defaults()),
                new SpeakerResolver(QuoteConfig.defaults(), attribution)));
        if (reportedSpeech) {
            stages.add(new ReportedSpeechFinder(attribution));
        }
        if (profile.parses()) {
            stages.add(events); // events are coded from dependency parses
        }
        return stages;
    }

    /** {@return the analysis of the file at {@code path}} */
    public Analysis analyze(Path path, InputFormat format, Hints hints) {
        return analyze(path, format, hints, id -> false);
    }

    /** {@return the analysis of the file at {@code path}, {@link Analysis.Known} when {@code known} accepts its id} */
    public Analysis analyze(Path path, InputFormat format, Hints hints, Predicate<String> known) {
        ReadResult read = reader.read(path, format);
        return analyze(read, hints, known);
    }

    /** {@return the analysis of an input already read} */
    public Analysis analyze(ReadResult read, Hints hints) {
        return analyze(read, hints, id -> false);
    }

    /**
     * {@return the analysis of an input already read, or {@link Analysis.Known} without running the
     * pipeline when {@code known} accepts the id of the cleaned article} (the id needs only the
     * title and text, so a store skips the costly part for what it holds)
     */
    public Analysis analyze(ReadResult read, Hints hints, Predicate<String> known) {
        if (read instanceof ReadResult.Unreadable u) {
            return new Analysis.Failed(u.path(), u.reason());
        }
        RawDocument doc = ((ReadResult.Read) read).document();
        try {
            return analyze(doc, hints, known);
        } catch (RuntimeException e) {
            LOG.debug("analysis of {} failed", doc.path(), e);
            return new Analysis.Failed(doc.path(), "internal error: " + e);
        }
    }

    /** {@return the reader this analyzer reads files with} */
    public InputReader reader() {
        return reader;
    }

    private Analysis analyze(RawDocument doc, Hints hints, Predicate<String> known) {
        Cleaned cleaned = cleaners.get(doc.format()).clean(doc.content());
        if (cleaned instanceof Cleaned.Rejected r) {
            return new Analysis.Failed(doc.path(), r.reason());
        }
        Cleaned.Text text = (Cleaned.Text) cleaned;
        Metadata metadata = text.metadata();
        if (metadata.published().isEmpty()) {
            metadata = metadata.withPublished(hints.published());
        }
        if (metadata.title().isEmpty() && hints.title().isPresent()) {
            metadata = metadata.withTitle(hints.title());
        }
        if (hints.url().isPresent()) {
            metadata = metadata.withUrl(metadata.url().or(hints::url));
        }
        Source source = new Source(doc.path(), hints.url().or(metadata::url), doc.format());
        Article article = Article.of(source, metadata, text.body(), text.boilerplate(), text.related());
        if (known.test(article.id())) {
            return new Analysis.Known(doc.path(), article);
        }
        return new Analysis.Analyzed(doc.path(), pipeline.apply(article));
    }
}
