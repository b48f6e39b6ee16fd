package dev.herald.analyze;

import dev.herald.model.Article;

import java.util.Objects;

/**
 * The outcome for one input: an analyzed article, an article its caller already has (read and
 * cleaned, not analyzed), or the reason it failed.
 */
public sealed interface Analysis permits Analysis.Analyzed, Analysis.Known, Analysis.Failed {

    /** {@return the input's path as given} */
    String path();

    record Analyzed(String path, Article article) implements Analysis {
        public Analyzed {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * An article read and cleaned whose id the caller said it already has, so the pipeline did not
     * run: {@code article} has its id, metadata and text, and no layers.
     */
    record Known(String path, Article article) implements Analysis {
        public Known {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(article, "article");
        }
    }

    record Failed(String path, String reason) implements Analysis {
        public Failed {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
