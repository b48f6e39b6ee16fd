package dev.herald.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryListingTest {

    private static Map<String, String> byDevelopment(List<StoryDocument> docs) {
        return docs.stream().collect(Collectors.toMap(StoryDocument::id, d -> StoryArticles.development(d.id())));
    }

    @Test
    void stories_are_listed_largest_first_with_their_articles_in_order() {
        List<StoryDocument> docs = StoryArticles.all();

        List<Story> stories = StoryListing.of(docs, byDevelopment(docs), 1);

        assertThat(stories).extracting(Story::id).containsExactly("spill", "strike", "merger");
        assertThat(stories.get(0).articles()).containsExactly("spill-1", "spill-2", "spill-3");
    }

    @Test
    void the_label_is_the_headline_of_an_article_close_to_the_others_not_of_the_first() {
        List<StoryDocument> docs = StoryArticles.all();
        List<StoryDocument> spill = docs.stream().filter(d -> d.id().startsWith("spill")).toList();
        StoryDocument offTopic = StoryArticles.doc("spill-4", "Valmar mayor opens festival",
                "The mayor opened the summer music festival in the old town square.",
                StoryArticles.actor("valmar|LOCATION|CHL", "Valmar", 1));
        List<StoryDocument> all = new ArrayList<>(List.of(offTopic));
        all.addAll(spill);

        Story story = StoryListing.of(all, byDevelopment(all), 1).get(0);

        assertThat(story.label()).isNotEqualTo(offTopic.title()).isIn(spill.stream().map(StoryDocument::title).toList());
    }

    @Test
    void top_entities_count_articles_and_top_speakers_count_quotes() {
        StoryDocument a = new StoryDocument("s-1", "t", "x", Optional.of(LocalDate.of(2024, 3, 5)),
                List.of(StoryArticles.actor("k|PERSON|-", "Ana Silva", 4), StoryArticles.actor("k|PERSON|-", "Ana Silva", 1)),
                List.of("Ana Silva", "Ana Silva", "Rui Costa"), Optional.empty());
        StoryDocument b = new StoryDocument("s-2", "t", "x", Optional.of(LocalDate.of(2024, 3, 1)),
                List.of(StoryArticles.actor("k|PERSON|-", "Ana Silva", 1)), List.of("Rui Costa"), Optional.empty());

        Story story = StoryListing.of(List.of(a, b), Map.of("s-1", "s", "s-2", "s"), 1).get(0);

        assertThat(story.entities()).containsExactly(new Story.Count("Ana Silva", 2));
        assertThat(story.speakers()).containsExactly(new Story.Count("Ana Silva", 2), new Story.Count("Rui Costa", 2));
        assertThat(story.first()).contains(LocalDate.of(2024, 3, 1));
        assertThat(story.last()).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void min_size_leaves_out_smaller_stories_and_an_article_without_story_is_refused() {
        List<StoryDocument> docs = StoryArticles.all();

        assertThat(StoryListing.of(docs, byDevelopment(docs), 3)).extracting(Story::id).containsExactly("spill");
        assertThatThrownBy(() -> StoryListing.of(docs, Map.of(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spill-1");
    }
}
