package dev.herald.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayersTest {
    @Test
    void adding_a_layer_leaves_the_original_article_unchanged() {
        Article a = Article.of(new Source("a.txt", java.util.Optional.empty(), InputFormat.TEXT), Metadata.empty(),
                "On February 24.", List.of(), List.of());
        Article b = a.with(Layer.DATES, List.of(new DateMention(new Span(3, 14), "February 24", "2022-02-24")));
        assertThat(a.get(Layer.DATES)).isEmpty();
        assertThat(a.layers().has(Layer.DATES)).isFalse();
        assertThat(b.get(Layer.DATES)).extracting(DateMention::value).containsExactly("2022-02-24");
    }

    @Test
    void a_layer_refuses_items_of_another_type() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Layer<Object> wrong = (Layer) Layer.DATES;
        assertThatThrownBy(() -> Layers.empty().with(wrong, List.of("not a date")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds DateMention");
    }
}
