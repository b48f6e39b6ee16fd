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

    /** An actor of the article's entity layer. */
    record Named(String name, String entityId, Optional<Span> mention) implements Speaker {
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(mention, "mention");
        }
    }

    /** An unnamed source ("a UK Government source"). */
    record Anonymous(String name, Optional<Span> mention) implements Speaker {
        public Anonymous {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mention, "mention");
        }
    }
}
