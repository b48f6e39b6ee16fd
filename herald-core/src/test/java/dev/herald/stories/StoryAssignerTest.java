package dev.herald.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StoryAssignerTest {

    private static StoryAssigner assigner() {
        return new StoryAssigner(StoryConfig.defaults(), new InMemoryStoryIndex());
    }

    /** {@return each article's story, in the order given} */
    private static Map<String, String> assign(StoryAssigner assigner, List<StoryDocument> docs) {
        Map<String, String> out = new LinkedHashMap<>();
        docs.forEach(d -> out.put(d.id(), assigner.assign(d).story()));
        return out;
    }

    /** {@return the groups of article ids that share a story, each sorted, in a canonical order} */
    private static List<List<String>> groups(Map<String, String> stories) {
        return stories.keySet().stream().collect(Collectors.groupingBy(stories::get)).values().stream()
                .map(g -> g.stream().sorted().toList()).sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
    }

    @Test
    void articles_about_one_development_share_a_story_and_others_start_their_own() {
        Map<String, String> stories = assign(assigner(), StoryArticles.all());

        assertThat(groups(stories)).containsExactly(
                List.of("merger-1", "merger-2"), List.of("spill-1", "spill-2", "spill-3"), List.of("strike-1", "strike-2"));
        assertThat(stories).containsEntry("spill-3", "spill-1").containsEntry("merger-2", "merger-1");
    }

    @Test
    void a_story_is_named_by_its_first_article_and_reports_the_closest_earlier_one() {
        StoryAssigner assigner = assigner();
        List<StoryDocument> docs = StoryArticles.all();

        StoryAssignment first = assigner.assign(docs.get(0));
        StoryAssignment second = assigner.assign(docs.get(1));

        assertThat(first.startsStory()).isTrue();
        assertThat(first.closest()).isEmpty();
        assertThat(second.story()).isEqualTo("spill-1");
        assertThat(second.closest()).contains("spill-1");
        assertThat(second.similarity()).isGreaterThanOrEqualTo(StoryConfig.defaults().threshold()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void a_near_duplicate_joins_its_originals_story_whatever_its_words() {
        StoryAssigner assigner = assigner();
        List<StoryDocument> docs = StoryArticles.all();
        assign(assigner, docs);
        StoryDocument unrelatedText = StoryArticles.renamed(docs.get(3), "repost", Optional.of("spill-2"));

        StoryAssignment a = assigner.assign(unrelatedText);

        assertThat(a.story()).isEqualTo("spill-1");
        assertThat(a.closest()).contains("spill-2");
    }

    @Test
    void a_near_duplicate_of_an_unknown_article_is_compared_as_any_other() {
        StoryAssigner assigner = assigner();
        List<StoryDocument> docs = StoryArticles.all();
        assign(assigner, docs);

        StoryAssignment a = assigner.assign(StoryArticles.renamed(docs.get(4), "strike-copy", Optional.of("never-stored")));

        assertThat(a.story()).isEqualTo("strike-1");
    }

    @Test
    void articles_published_further_apart_than_the_window_start_separate_stories() {
        StoryAssigner assigner = assigner();
        List<StoryDocument> docs = StoryArticles.all();
        int window = StoryConfig.defaults().windowDays();
        LocalDate day = LocalDate.of(2024, 3, 1);

        String first = assigner.assign(StoryArticles.dated(docs.get(0), day)).story();
        String inside = assigner.assign(StoryArticles.dated(docs.get(1), day.plusDays(window))).story();
        String outside = assigner.assign(StoryArticles.dated(docs.get(6), day.plusDays(3L * window))).story();

        assertThat(inside).isEqualTo(first);
        assertThat(outside).isEqualTo("spill-3");
    }

    @Test
    void an_article_assigned_again_keeps_its_story() {
        StoryAssigner assigner = assigner();
        List<StoryDocument> docs = StoryArticles.all();
        Map<String, String> once = assign(assigner, docs);

        Map<String, String> again = assign(assigner, docs);

        assertThat(again).isEqualTo(once);
    }

    @Test
    void an_article_without_actors_is_compared_by_its_words() {
        StoryAssigner assigner = assigner();
        List<StoryDocument> docs = StoryArticles.all();
        assign(assigner, docs);
        StoryDocument d = docs.get(5);
        StoryDocument noActors = new StoryDocument("merger-3", d.title(), d.text(), d.published(), List.of(), List.of(), Optional.empty());

        assertThat(assigner.assign(noActors).story()).isEqualTo("merger-1");
    }

    @Test
    void the_same_articles_in_the_same_order_get_the_same_stories() {
        List<StoryDocument> docs = new ArrayList<>(StoryArticles.all());
        Collections.shuffle(docs, new Random(7));

        assertThat(assign(assigner(), docs)).isEqualTo(assign(assigner(), docs));
    }

    /**
     * In any order, each development is one story named by whichever of its articles came first.
     * The seed is printed on failure; set {@code -Dherald.test.seed=N} to replay it.
     */
    @Test
    void in_any_order_each_development_is_one_story_named_by_its_first_article() {
        long seed = Long.getLong("herald.test.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            List<StoryDocument> docs = new ArrayList<>(StoryArticles.all());
            Collections.shuffle(docs, random);

            Map<String, String> stories = assign(assigner(), docs);

            Map<String, String> firstOf = new LinkedHashMap<>();
            docs.forEach(d -> firstOf.putIfAbsent(StoryArticles.development(d.id()), d.id()));
            List<String> order = docs.stream().map(StoryDocument::id).toList();
            for (String id : order) {
                assertThat(stories.get(id)).as("seed %d, round %d, order %s", seed, round, order)
                        .isEqualTo(firstOf.get(StoryArticles.development(id)));
            }
        }
    }
}
