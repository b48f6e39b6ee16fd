package dev.herald.spark;

import dev.herald.analyze.Hints;
import dev.herald.batch.BatchItem;
import dev.herald.model.InputFormat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link BatchItem} in a form Spark can move between executors (when the items of a few large
 * containers are spread over all cores): its content read, its hints as plain values.
 *
 * @param source    where it comes from
 * @param bytes     its content, undecoded; null for a broken item
 * @param format    how to read it
 * @param published the container's publication date, or null
 * @param url       the container's URL, or null
 * @param title     the container's title, or null
 * @param broken    why it cannot be read, or null
 */
record RawItem(String source, byte[] bytes, InputFormat format, LocalDate published, String url, String title,
               String broken) implements Serializable {
    RawItem {
        Objects.requireNonNull(source, "source");
        if ((bytes == null) == (broken == null)) {
            throw new IllegalArgumentException("an item has either content or a reason it is broken, for " + source);
        }
    }

    static RawItem of(BatchItem item) {
        if (item instanceof BatchItem.Content c) {
            Hints h = c.hints();
            return new RawItem(c.source(), c.bytes(), c.format(), h.published().orElse(null), h.url().orElse(null),
                    h.title().orElse(null), null);
        }
        if (item instanceof BatchItem.Broken b) {
            return new RawItem(b.source(), null, InputFormat.AUTO, null, null, null, b.reason());
        }
        throw new IllegalArgumentException("a local file item cannot be sent to an executor: " + item.source());
    }

    BatchItem toBatchItem() {
        if (broken != null) {
            return new BatchItem.Broken(source, broken);
        }
        Hints hints = new Hints(Optional.ofNullable(published), Optional.ofNullable(url), Optional.ofNullable(title));
        return new BatchItem.Content(source, bytes, format, hints);
    }
}
