package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Random texts full of quotation marks: the quote layer never fails and never swallows the article. */
class QuoteRandomTextTest {
    private static final String[] PIECES = {"word", "Mr Reed", "said", "he", "she", "the minister", ",", ".", ":",
            " ", " ", " ", "\n\n", "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e",
            "don't", "the \u201990s", "Ukraine\u2019s", "told", "a source", "\u2014"};

    @Test
    void random_marks_give_valid_quotes_that_stay_within_a_paragraph_run() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            int length = 5 + random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String body = text.toString().replace("[", "(");
            Article a = TestArticles.quoted(body);
            for (Quote q : a.get(Layer.QUOTES)) {
                String words = q.span().of(a.text());
                assertThat(words).as("seed %d, text %s", seed, body).isNotBlank();
                String[] paragraphs = words.split("\n[ \t]*\n\\s*");
                for (int p = 1; p < paragraphs.length; p++) {
                    assertThat(QuoteMarks.family(paragraphs[p].charAt(0))).as("seed %d: paragraph %d of %s opens no quote",
                            seed, p, words).isNotNull();
                }
            }
        }
    }
}
