package dev.herald.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quotation is attributed to: a named actor of the article or an unnamed source kept as its
 * description. A quotation whose speaker cannot be told has no {@code Speaker} at all.
 */
public sealed interface Speaker permits Speaker.Named, Speaker.Anonymous {

    /** {@return the canonical name, or the description of an unnamed source} */
    String name();

    /** {@return the mention of the speaker that the attribution rests on} */
    Optional<Span> mention();

    /**
     * {@return the whole expression the text gives the words to at this quotation: the mention with the
     * titles, description and aside that belong to it ("Clinton spokesman Nick Merrill", "a spokesman
     * for the ministry", "Jane Doe, a professor at Oxford"); it contains the mention} PolNeAR and
     * readers take this expression, not the name alone, as the source of the words. Empty where the
     * attribution did not read one: then the mention is all of it.
     */
    Optional<Span> source();

    /** An actor of the article's entity layer. */
    record Named(String name, String entityId, Optional<Span> mention, Optional<Span> source) implements Speaker {
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(source, "source");
        }

        /** A speaker whose source expression is its mention. */
        public Named(String name, String entityId, Optional<Span> mention) {
            this(name, entityId, mention, Optional.empty());
        }
    }

    /** An unnamed source ("a UK Government source"). */
    record Anonymous(String name, Optional<Span> mention, Optional<Span> source) implements Speaker {
        public Anonymous {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(source, "source");
        }

        /** An unnamed source whose source expression is its mention. */
        public Anonymous(String name, Optional<Span> mention) {
            this(name, mention, Optional.empty());
        }
    }
}
