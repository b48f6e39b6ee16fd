package dev.herald.clean;

import dev.herald.model.Boilerplate;
import dev.herald.model.Metadata;
import dev.herald.model.RelatedLink;

import java.util.List;
import java.util.Objects;

/** What cleaning an input gave: the article's text, or the reason there is no article in it. */
public sealed interface Cleaned permits Cleaned.Text, Cleaned.Rejected {

    /**
     * The article found in the input.
     *
     * @param metadata    what the input says of the article (title, and where known date, authors...)
     * @param body        the clean body, paragraphs separated by one blank line
     * @param boilerplate everything removed, in input order
     * @param related     headlines of other articles
     */
    record Text(Metadata metadata, String body, List<Boilerplate> boilerplate, List<RelatedLink> related)
            implements Cleaned {
        public Text {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(body, "body");
            boilerplate = List.copyOf(boilerplate);
            related = List.copyOf(related);
        }
    }

    /** No article could be found; {@code reason} says why. */
    record Rejected(String reason) implements Cleaned {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
