package dev.herald.model;

import java.util.List;
import java.util.Objects;

/**
 * One article: its clean text and everything known of it. Immutable: stages return a new article
 * with a layer added ({@link #with(Layer, List)}), as spaCy's Doc without the mutation.
 *
 * @param id          a stable hash of the normalized title and text ({@link ArticleId})
 * @param source      where it was read from
 * @param metadata    title, date, authors, site, URL, language
 * @param text        the clean body, paragraphs separated by one blank line; not the title
 * @param boilerplate everything removed from the input, in order
 * @param related     headlines of other articles the page links to
 * @param layers      annotations pointing into {@code text}
 */
public record Article(String id, Source source, Metadata metadata, String text, List<Boilerplate> boilerplate,
                      List<RelatedLink> related, Layers layers) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        boilerplate = List.copyOf(boilerplate);
        related = List.copyOf(related);
        Objects.requireNonNull(layers, "layers");
    }

    /** {@return a new article with the id computed from title and text and no layers} */
    public static Article of(Source source, Metadata metadata, String text, List<Boilerplate> boilerplate,
                             List<RelatedLink> related) {
        String id = ArticleId.of(metadata.title().orElse(""), text);
        return new Article(id, source, metadata, text, boilerplate, related, Layers.empty());
    }

    /** {@return this article with {@code layer} set to {@code items}} */
    public <T> Article with(Layer<T> layer, List<T> items) {
        return new Article(id, source, metadata, text, boilerplate, related, layers.with(layer, items));
    }

    /** {@return the annotations of {@code layer}} */
    public <T> List<T> get(Layer<T> layer) {
        return layers.get(layer);
    }

    /** {@return this article with other metadata; the id follows the title} */
    public Article withMetadata(Metadata newMetadata) {
        String newId = ArticleId.of(newMetadata.title().orElse(""), text);
        return new Article(newId, source, newMetadata, text, boilerplate, related, layers);
    }
}
