package dev.herald.stories;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryConfigTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0    | 0.4 | 3  | 14 | 60 | 0.05 | threshold
            1.5  | 0.4 | 3  | 14 | 60 | 0.05 | threshold
            0.3  | -1  | 3  | 14 | 60 | 0.05 | entityWeight
            0.3  | 0.4 | -1 | 14 | 60 | 0.05 | titleWeight
            0.3  | 0.4 | 3  | -1 | 60 | 0.05 | windowDays
            0.3  | 0.4 | 3  | 14 | 0  | 0.05 | termsKept
            0.3  | 0.4 | 3  | 14 | 60 | 0    | commonFraction
            """)
    void a_setting_out_of_range_is_refused_by_name(double threshold, double entityWeight, int titleWeight, int windowDays,
                                                   int termsKept, double commonFraction, String name) {
        assertThatThrownBy(() -> new StoryConfig(threshold, entityWeight, titleWeight, windowDays, termsKept, commonFraction))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(name + " must be");
    }
}
