package dev.herald.clean.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        By Maria Lopez and Tom Becker          | Maria Lopez; Tom Becker
        By JOHN SMITH FOR CLARION ONLINE       | John Smith
        Anna Kowalska, Kyiv correspondent      | Anna Kowalska
        Written by Jean-Paul Martin in Paris   | Jean-Paul Martin
        Ludwig van Beethoven & Clara Schumann  | Ludwig van Beethoven; Clara Schumann
        """)
    void byline_gives_persons_names(String byline, String names) {
        assertThat(AuthorNames.clean(List.of(byline), Set.of())).containsExactly(names.split("; "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Reuters Staff", "https://www.example.com/author/jdoe", "Updated 10:15 March 29, 2022",
        "Associated Press", "Daily Clarion Online", "admin", "By Example News"})
    void sites_agencies_urls_and_dates_are_not_names(String byline) {
        assertThat(AuthorNames.clean(List.of(byline), Set.of("Daily Clarion Online", "Example News"))).isEmpty();
    }
}
