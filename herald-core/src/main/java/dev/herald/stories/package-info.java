/**
 * Stories: articles about the same development grouped together, online, in the order they come.
 * No Lucene here: the store wires this package into ingest ({@code dev.herald.store.StoryStep}).
 *
 * <ul>
 *   <li>{@link dev.herald.stories.StoryDocument} is what assignment reads of an article (headline,
 *       text, date, actors' keys, speakers, {@code duplicate_of}); {@link dev.herald.stories.StoryDocuments}
 *       makes one from an {@code Article} or a {@code herald.article/1} record.</li>
 *   <li>{@link dev.herald.stories.StoryAssigner} gives each article a story
 *       ({@link dev.herald.stories.StoryAssignment}), comparing it with earlier articles held by a
 *       {@link dev.herald.stories.StoryIndex} ({@link dev.herald.stories.InMemoryStoryIndex});
 *       settings in {@link dev.herald.stories.StoryConfig}.</li>
 *   <li>{@link dev.herald.stories.StoryListing} sums assigned articles up as
 *       {@link dev.herald.stories.Story} records (label, dates, top entities and speakers).</li>
 * </ul>
 *
 * <pre>{@code
 * StoryAssigner assigner = new StoryAssigner(StoryConfig.defaults(), new InMemoryStoryIndex());
 * for (Article a : articlesInIngestOrder) {
 *     StoryAssignment s = assigner.assign(StoryDocuments.of(a, Optional.empty()));
 *     // s.story(): the id of the story's first article; s.startsStory() for a new one
 * }
 * }</pre>
 */
package dev.herald.stories;
