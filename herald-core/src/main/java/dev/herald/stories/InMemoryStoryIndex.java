package dev.herald.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A {@link StoryIndex} in memory: word and actor postings over the members, in order added. A word
 * or actor finds only its {@value #RECENT} most recent articles as candidates, so the work per new
 * article stays bounded however large the store grows: a story is news, and its earlier articles
 * are among the recent ones. Not thread-safe.
 */
public final class InMemoryStoryIndex implements StoryIndex {
    static final int RECENT = 200;

    private final List<StoryMember> members = new ArrayList<>();
    private final Map<String, String> storyById = new HashMap<>();
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final Map<String, List<Integer>> byActor = new HashMap<>();
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private final Map<String, Integer> actorCounts = new HashMap<>();
    private int counted;

    @Override
    public int articles() {
        return counted;
    }

    @Override
    public int wordFrequency(String word) {
        return wordCounts.getOrDefault(word, 0);
    }

    @Override
    public int actorFrequency(String key) {
        return actorCounts.getOrDefault(key, 0);
    }

    @Override
    public Optional<String> storyOf(String id) {
        return Optional.ofNullable(storyById.get(id));
    }

    @Override
    public List<StoryMember> candidates(Collection<String> words, Collection<String> actorKeys) {
        TreeSet<Integer> found = new TreeSet<>();
        words.forEach(w -> found.addAll(recent(byWord.getOrDefault(w, List.of()))));
        actorKeys.forEach(k -> found.addAll(recent(byActor.getOrDefault(k, List.of()))));
        return found.stream().map(members::get).toList();
    }

    private static List<Integer> recent(List<Integer> postings) {
        return postings.subList(Math.max(0, postings.size() - RECENT), postings.size());
    }

    @Override
    public void count(Collection<String> words, Collection<String> actorKeys) {
        counted++;
        words.forEach(w -> wordCounts.merge(w, 1, Integer::sum));
        actorKeys.forEach(k -> actorCounts.merge(k, 1, Integer::sum));
    }

    @Override
    public void add(StoryMember member) {
        int at = members.size();
        members.add(member);
        storyById.put(member.id(), member.story());
        member.words().keySet().forEach(w -> byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(at));
        member.actors().keySet().forEach(k -> byActor.computeIfAbsent(k, x -> new ArrayList<>()).add(at));
    }
}
