package dev.herald.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Sums up assigned articles as {@link Story} records: the label is the headline of the article
 * whose words are closest (summed TF-IDF cosine) to the other articles of its story, compared with
 * at most {@value #CENTRALITY_SAMPLE} of them; the top entities are those named in most of its
 * articles, the top speakers those with most quotes.
 */
public final class StoryListing {
    static final int CENTRALITY_SAMPLE = 100;
    private static final int TOP = 5;

    private StoryListing() {
    }

    /**
     * {@return the stories of at least {@code minSize} articles, largest first, then in the order
     * their first article came}
     *
     * @param docs    the articles, in the order they were assigned
     * @param stories the story id of each article, by article id
     */
    public static List<Story> of(List<StoryDocument> docs, Map<String, String> stories, int minSize) {
        Map<String, List<StoryDocument>> byStory = new LinkedHashMap<>();
        for (StoryDocument d : docs) {
            String story = stories.get(d.id());
            if (story == null) {
                throw new IllegalArgumentException("article " + d.id() + " has no story");
            }
            byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(d);
        }
        Map<String, Integer> df = new HashMap<>();
        Map<String, Map<String, Integer>> words = new HashMap<>();
        for (StoryDocument d : docs) {
            Map<String, Integer> w = Words.count(d.title() + "\n" + d.text());
            words.put(d.id(), w);
            w.keySet().forEach(x -> df.merge(x, 1, Integer::sum));
        }
        List<Story> out = new ArrayList<>();
        for (Map.Entry<String, List<StoryDocument>> e : byStory.entrySet()) {
            if (e.getValue().size() >= minSize) {
                out.add(story(e.getKey(), e.getValue(), d -> WeightedVector.of(words.get(d.id()), docs.size(), x -> df.getOrDefault(x, 0))));
            }
        }
        out.sort(Comparator.comparingInt((Story s) -> -s.articles().size()));
        return out;
    }

    private static Story story(String id, List<StoryDocument> members, Function<StoryDocument, WeightedVector> vector) {
        List<LocalDate> dates = members.stream().map(StoryDocument::published).flatMap(Optional::stream).sorted().toList();
        return new Story(id, central(members, vector).title(), members.stream().map(StoryDocument::id).toList(),
                dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0)),
                dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)),
                topEntities(members), topSpeakers(members));
    }

    private static StoryDocument central(List<StoryDocument> members, Function<StoryDocument, WeightedVector> vector) {
        List<StoryDocument> sample = members.subList(0, Math.min(members.size(), CENTRALITY_SAMPLE));
        List<WeightedVector> vectors = sample.stream().map(vector).toList();
        StoryDocument best = members.get(0);
        double bestScore = -1;
        for (int i = 0; i < sample.size(); i++) {
            double score = 0;
            for (int j = 0; j < sample.size(); j++) {
                score += i == j ? 0 : vectors.get(i).cosine(vectors.get(j));
            }
            if (score > bestScore) {
                best = sample.get(i);
                bestScore = score;
            }
        }
        return best;
    }

    private static List<Story.Count> topEntities(List<StoryDocument> members) {
        Map<String, Integer> articles = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (StoryDocument d : members) {
            Set<String> seen = new HashSet<>();
            for (StoryDocument.Actor a : d.entities()) {
                names.putIfAbsent(a.key(), a.name());
                if (seen.add(a.key())) {
                    articles.merge(a.key(), 1, Integer::sum);
                }
            }
        }
        return top(articles, names);
    }

    private static List<Story.Count> topSpeakers(List<StoryDocument> members) {
        Map<String, Integer> quotes = new HashMap<>();
        members.forEach(d -> d.speakers().forEach(s -> quotes.merge(s, 1, Integer::sum)));
        return top(quotes, Map.of());
    }

    /** {@return the {@value #TOP} largest counts, ties by key, named through {@code names} where it has the key} */
    private static List<Story.Count> top(Map<String, Integer> counts, Map<String, String> names) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new Story.Count(names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }
}
