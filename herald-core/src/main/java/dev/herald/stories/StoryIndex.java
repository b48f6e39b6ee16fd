package dev.herald.stories;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What story assignment remembers of the articles before: their features, their stories, and how
 * common each word and actor is. {@link InMemoryStoryIndex} keeps it in memory; a store may keep
 * it in its own index. Implementations need not be thread-safe: {@link StoryAssigner} calls them
 * from one thread at a time.
 */
public interface StoryIndex {

    /** {@return how many articles have been counted} */
    int articles();

    /** {@return in how many counted articles {@code word} occurs} */
    int wordFrequency(String word);

    /** {@return in how many counted articles the actor with {@code key} occurs} */
    int actorFrequency(String key);

    /** {@return the story of article {@code id}, when it has been added} */
    Optional<String> storyOf(String id);

    /**
     * {@return the added articles that share one of {@code words} or one of {@code actorKeys}, oldest
     * first}; an implementation may keep to the most recent ones of each word or actor
     */
    List<StoryMember> candidates(Collection<String> words, Collection<String> actorKeys);

    /** Counts an article's words and actors (each once) in the frequencies. */
    void count(Collection<String> words, Collection<String> actorKeys);

    /** Adds an article that has been given its story. */
    void add(StoryMember member);
}
