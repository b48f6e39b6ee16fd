package dev.herald.stories;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryStoryIndexTest {

    private static StoryMember member(int i, String word, String actor) {
        return new StoryMember("a" + i, "s" + i, Optional.empty(), Map.of(word, 1), Map.of(actor, 1));
    }

    @Test
    void candidates_are_the_members_sharing_a_word_or_an_actor_oldest_first() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        index.add(member(1, "strike", "port arden|LOCATION|-"));
        index.add(member(2, "merger", "belvane bank|ORGANIZATION|-"));
        index.add(member(3, "strike", "belvane bank|ORGANIZATION|-"));

        assertThat(index.candidates(List.of("strike"), List.of("belvane bank|ORGANIZATION|-")))
                .extracting(StoryMember::id).containsExactly("a1", "a2", "a3");
        assertThat(index.candidates(List.of("unknown"), List.of())).isEmpty();
        assertThat(index.storyOf("a2")).contains("s2");
    }

    @Test
    void a_word_finds_only_its_most_recent_articles() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        int n = InMemoryStoryIndex.RECENT + 50;
        for (int i = 0; i < n; i++) {
            index.add(member(i, "strike", "actor" + i));
        }

        List<StoryMember> found = index.candidates(List.of("strike"), List.of("actor0"));

        assertThat(found).hasSize(InMemoryStoryIndex.RECENT + 1);
        assertThat(found.get(0).id()).isEqualTo("a0");
        assertThat(found.get(1).id()).isEqualTo("a50");
        assertThat(found.get(found.size() - 1).id()).isEqualTo("a" + (n - 1));
    }

    @Test
    void frequencies_count_each_article_once_per_word_and_actor() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        index.count(List.of("strike", "port"), List.of("k"));
        index.count(List.of("strike"), List.of());

        assertThat(index.articles()).isEqualTo(2);
        assertThat(index.wordFrequency("strike")).isEqualTo(2);
        assertThat(index.wordFrequency("port")).isEqualTo(1);
        assertThat(index.actorFrequency("k")).isEqualTo(1);
        assertThat(index.wordFrequency("none")).isZero();
    }
}
