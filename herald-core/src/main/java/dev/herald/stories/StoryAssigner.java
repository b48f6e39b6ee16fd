package dev.herald.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives each article a story, online: one pass in the order the articles come, each compared only
 * with those before it, so the same articles in the same order always get the same stories.
 *
 * <p>An article that is a near-duplicate of an earlier one joins that one's story. Otherwise its
 * candidates are the earlier articles that share one of its ten most telling words or one of its
 * actors that is not common (see {@link StoryConfig#commonFraction()}) and were published within
 * {@link StoryConfig#windowDays()} of it. Its similarity to a candidate mixes the TF-IDF cosine of
 * their words (headline words weighted {@link StoryConfig#titleWeight()} times) and the TF-IDF
 * cosine of their actors' keys, by {@link StoryConfig#entityWeight()}; an article without actors
 * is compared by its words alone. It joins the story of its most similar candidate when that
 * similarity reaches {@link StoryConfig#threshold()}, else it starts a story, named by its own id.
 * Ties go to the earlier candidate. An article already assigned keeps its story.
 *
 * <p>Thread-safety: {@link #assign} is synchronized; the index is touched under that lock only.
 */
public final class StoryAssigner {
    private static final int SEARCH_WORDS = 10;
    private static final int COMMON_AFTER = 50;

    private final StoryConfig config;
    private final StoryIndex index;

    public StoryAssigner(StoryConfig config, StoryIndex index) {
        this.config = Objects.requireNonNull(config, "config");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** {@return the story of {@code doc}, which is remembered for the articles after it} */
    public synchronized StoryAssignment assign(StoryDocument doc) {
        Optional<String> known = index.storyOf(doc.id());
        if (known.isPresent()) {
            return new StoryAssignment(doc.id(), known.get(), Optional.empty(), 0);
        }
        Map<String, Integer> words = wordsOf(doc);
        Map<String, Integer> actors = actorsOf(doc);
        index.count(words.keySet(), actors.keySet());
        WeightedVector wordVector = words(words);
        StoryAssignment assignment = doc.duplicateOf()
                .flatMap(original -> index.storyOf(original).map(s -> new StoryAssignment(doc.id(), s, Optional.of(original), 1.0)))
                .orElseGet(() -> closest(doc, wordVector, actors));
        index.add(new StoryMember(doc.id(), assignment.story(), doc.published(), kept(words, wordVector), actors));
        return assignment;
    }

    /**
     * Remembers an article whose story was given before (by an earlier run, kept in a store), so
     * later articles are compared with it; nothing is compared now. An article already known is
     * left as it is.
     */
    public synchronized void remember(StoryDocument doc, String story) {
        Objects.requireNonNull(story, "story");
        if (index.storyOf(doc.id()).isPresent()) {
            return;
        }
        Map<String, Integer> words = wordsOf(doc);
        Map<String, Integer> actors = actorsOf(doc);
        index.count(words.keySet(), actors.keySet());
        index.add(new StoryMember(doc.id(), story, doc.published(), kept(words, words(words)), actors));
    }

    private StoryAssignment closest(StoryDocument doc, WeightedVector wordVector, Map<String, Integer> actors) {
        WeightedVector actorVector = actors(actors);
        StoryMember best = null;
        double bestSimilarity = 0;
        for (StoryMember m : index.candidates(searchWords(wordVector), searchActors(actors))) {
            if (!withinWindow(doc.published(), m.published())) {
                continue;
            }
            double s = similarity(wordVector, actorVector, m);
            if (s > bestSimilarity) {
                best = m;
                bestSimilarity = s;
            }
        }
        if (best == null) {
            return new StoryAssignment(doc.id(), doc.id(), Optional.empty(), 0);
        }
        String story = bestSimilarity >= config.threshold() ? best.story() : doc.id();
        return new StoryAssignment(doc.id(), story, Optional.of(best.id()), bestSimilarity);
    }

    /** {@return the similarity of an article, given by its vectors, to an earlier one} */
    double similarity(WeightedVector wordVector, WeightedVector actorVector, StoryMember m) {
        double text = wordVector.cosine(words(m.words()));
        WeightedVector theirActors = actors(m.actors());
        if (actorVector.isEmpty() || theirActors.isEmpty()) {
            return text;
        }
        return (1 - config.entityWeight()) * text + config.entityWeight() * actorVector.cosine(theirActors);
    }

    private WeightedVector words(Map<String, Integer> counts) {
        return WeightedVector.of(counts, index.articles(), index::wordFrequency);
    }

    private WeightedVector actors(Map<String, Integer> counts) {
        return WeightedVector.of(counts, index.articles(), index::actorFrequency);
    }

    private boolean withinWindow(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() || b.isEmpty() || Math.abs(ChronoUnit.DAYS.between(a.get(), b.get())) <= config.windowDays();
    }

    private List<String> searchWords(WeightedVector v) {
        return top(v, SEARCH_WORDS);
    }

    private List<String> searchActors(Map<String, Integer> actors) {
        int n = index.articles();
        return actors.keySet().stream().sorted()
                .filter(k -> n < COMMON_AFTER || index.actorFrequency(k) <= config.commonFraction() * n).toList();
    }

    private Map<String, Integer> kept(Map<String, Integer> words, WeightedVector v) {
        Map<String, Integer> out = new HashMap<>();
        top(v, config.termsKept()).forEach(w -> out.put(w, words.get(w)));
        return out;
    }

    /** {@return the {@code n} heaviest entries of {@code v}, ties in word order} */
    private static List<String> top(WeightedVector v, int n) {
        return v.weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    private Map<String, Integer> wordsOf(StoryDocument doc) {
        Map<String, Integer> counts = Words.count(doc.text());
        if (config.titleWeight() > 0) {
            Words.addTo(counts, doc.title(), config.titleWeight());
        }
        return counts;
    }

    private static Map<String, Integer> actorsOf(StoryDocument doc) {
        Map<String, Integer> out = new HashMap<>();
        doc.entities().forEach(a -> out.merge(a.key(), a.mentions(), Integer::sum));
        return out;
    }
}
