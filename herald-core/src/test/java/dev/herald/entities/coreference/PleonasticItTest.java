package dev.herald.entities.coreference;

import dev.herald.entities.PronounArticles;
import dev.herald.model.Layer;
import dev.herald.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PleonasticItTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        It is likely that shares will fall.             | true
        It was raining all day.                         | true
        It is understood that talks failed.             | true
        It was too early to say.                        | true
        It seems the deal is off.                       | true
        It was not clear how many left.                 | true
        It has been my privilege to serve.              | true
        It is a great shame this happened.              | true
        It said costs rose.                             | false
        It would cut jobs.                              | false
        It was founded in 1990.                         | false
        It was forced to close.                         | false
        """)
    void it_that_stands_for_nothing_is_told_apart(String sentence, boolean pleonastic) {
        List<Token> tokens = PronounArticles.tagged(sentence).get(Layer.TOKENS);
        assertThat(PleonasticIt.at(tokens, 0)).as(sentence).isEqualTo(pleonastic);
    }
}
