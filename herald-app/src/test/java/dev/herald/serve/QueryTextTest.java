package dev.herald.serve;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryTextTest {

    @Test
    void values_are_quoted_so_they_stay_words() {
        String q = new QueryText().raw("tuition fees").phrase("speaker", Optional.of("Tony \"TB\" Blair\\"))
                .words("quote", Optional.of("war  crimes")).published(Optional.of(LocalDate.of(2005, 1, 1)), Optional.empty())
                .phrase("country", Optional.empty()).build();
        assertThat(q).isEqualTo("(tuition fees) AND speaker:\"Tony \\\"TB\\\" Blair\\\\\" AND quote:\"war\" AND quote:\"crimes\""
                + " AND published:[2005-01-01 TO *]");
    }

    @Test
    void nothing_given_is_every_article() {
        assertThat(new QueryText().raw(" ").phrase("x", Optional.of(" ")).build()).isEmpty();
    }

    @Test
    void a_date_that_is_not_iso_is_a_400_naming_the_parameter() {
        assertThatThrownBy(() -> QueryText.date("from", "1 March"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("'from'");
        assertThat(QueryText.date("to", "")).isEmpty();
    }
}
