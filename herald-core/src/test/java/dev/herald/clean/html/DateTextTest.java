package dev.herald.clean.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        2022-03-29T23:30:00-05:00   | 2022-03-29
        2022-03-29                  | 2022-03-29
        2022/03/29 10:00            | 2022-03-29
        20220329                    | 2022-03-29
        """)
    void timestamp_gives_the_day_as_written(String stamp, String day) {
        assertThat(DateText.fromTimestamp(stamp)).hasValueSatisfying(d -> assertThat(d).hasToString(day));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        https://example.com/news/2022/03/29/story-title/       | 2022-03-29
        https://example.com/world/2022/mar/29/story-title      | 2022-03-29
        https://example.com/2022-03-29/story.html              | 2022-03-29
        https://example.com/politics/story-20220329.html       | 2022-03-29
        """)
    void url_gives_its_day(String url, String day) {
        assertThat(DateText.fromUrl(url)).hasValueSatisfying(d -> assertThat(d).hasToString(day));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Published March 29, 2022 at 10:15   | 2022-03-29
        Nov. 19, 2019                       | 2019-11-19
        29 March 2022                       | 2022-03-29
        publiziert am 25. September 2018    | 2018-09-25
        29. März 2022                       | 2022-03-29
        le 4 décembre 2021                  | 2021-12-04
        29.03.2022                          | 2022-03-29
        """)
    void written_date_gives_its_day(String text, String day) {
        assertThat(DateText.fromText(text)).hasValueSatisfying(d -> assertThat(d).hasToString(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "2022-13-45", "no date here", "https://example.com/article/12345"})
    void impossible_or_missing_dates_give_nothing(String s) {
        assertThat(DateText.fromTimestamp(s).or(() -> DateText.fromUrl(s))).isEmpty();
    }
}
