package dev.herald.analyze;

import dev.herald.model.Article;

import java.util.Objects;

/** The outcome for one input: an analyzed article, or the reason it failed. */
public sealed interface Analysis permits Analysis.Analyzed, Analysis.Failed {

    /** {@return the input's path as given} */
    String path();

    record Analyzed(String path, Article article) implements Analysis {
        public Analyzed {
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
