package dev.herald.dates;

import dev.herald.model.Article;
import dev.herald.model.DateMention;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Metadata;
import dev.herald.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {
    private static final DateFinder FINDER = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Talks began on February 24 in Istanbul.          | 2022-03-29 | February 24=2022-02-24
            The deal was signed on 24 February.              | 2022-03-29 | 24 February=2022-02-24
            It opened on Feb. 24, 2022, in Kyiv.             | 2022-03-29 | Feb. 24, 2022=2022-02-24
            It began on the 24th of February 2022.           | 2022-03-29 | 24th of February 2022=2022-02-24
            Sales fell in March 2022, the data show.         | 2022-03-29 | March 2022=2022-03
            Crimea was annexed in 2014.                      | 2022-03-29 | 2014=2014
            Prices have risen since 2015, it said.           | 2022-03-29 | 2015=2015
            The visit on Monday, March 28 went well.         | 2022-03-29 | Monday, March 28=2022-03-28
            The final was on Sun 27 March.                   | 2022-03-29 | Sun 27 March=2022-03-27
            He spoke on December 25 about it.                | 2022-03-29 | December 25=2021-12-25
            It was filed on 2022-03-29 and 29/03/2022.       | 2022-03-30 | 2022-03-29=2022-03-29; 29/03/2022=2022-03-29
            The form was dated 03/29/2022.                   | 2022-03-30 | 03/29/2022=2022-03-29
            ON FEBRUARY 24 THE WAR BEGAN.                    | 2022-03-29 | FEBRUARY 24=2022-02-24
            """)
    void absolute_dates_are_found_with_the_precision_of_the_text(String text, String published, String expected) {
        assertThat(render(text, published)).containsExactlyElementsOf(list(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Kremlin dashed hopes last night.              | 2022-03-29 | last night=2022-03-28
            Officials met yesterday and will meet tomorrow.   | 2022-03-29 | yesterday=2022-03-28; tomorrow=2022-03-30
            Today the minister resigns; tonight she speaks.   | 2022-03-29 | Today=2022-03-29; tonight=2022-03-29
            A source said this morning that it was over.      | 2022-03-29 | this morning=2022-03-29
            Putin's invasion last month was a breakdown.      | 2022-03-29 | last month=2022-02
            Prices rose earlier this month and last year.     | 2022-03-29 | earlier this month=2022-03; last year=2021
            Elections are due later this year or next year.   | 2022-03-29 | later this year=2022; next year=2023
            The talks stalled last week.                      | 2022-03-29 | last week=2022-W12
            The ship sank three days ago.                     | 2022-03-29 | three days ago=2022-03-26
            The ship sank two weeks ago.                      | 2022-03-29 | two weeks ago=2022-W11
            The law passed a year ago and 5 months ago.       | 2022-03-29 | a year ago=2021; 5 months ago=2021-10
            The leaders met on Monday.                        | 2022-03-29 | Monday=2022-03-28
            The leaders met on Tuesday.                       | 2022-03-29 | Tuesday=2022-03-29
            He resigned last Tuesday night.                   | 2022-03-29 | last Tuesday night=2022-03-22
            Ministers said they will meet on Friday.          | 2022-03-29 | Friday=2022-04-01
            The vote is next Monday.                          | 2022-03-29 | next Monday=2022-04-04
            """)
    void relative_dates_resolve_against_publication(String text, String published, String expected) {
        assertThat(render(text, published)).containsExactlyElementsOf(list(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Fighting intensified in March.                    | 2022-03-29 | March=2022-03
            Fighting intensified in December.                 | 2022-03-29 | December=2021-12
            The ceasefire held until mid-June.                | 2022-03-29 | mid-June=2021-06
            Inflation peaked last March.                      | 2022-03-29 | last March=2021-03
            Rates rise this December and fell this January.   | 2022-03-29 | this December=2022-12; this January=2022-01
            The summit will be held in June.                  | 2022-03-29 | June=2022-06
            The summit will take place on April 4.            | 2022-03-29 | April 4=2022-04-04
            In May the party lost its majority.               | 2022-06-10 | May=2022-05
            Prices rose from February to April.               | 2022-05-10 | February=2022-02; April=2022-04
            It grew between 2014 and 2015.                    | 2022-03-29 | 2014=2014; 2015=2015
            It was built in the 1990s and the early 2000s.    | 2022-03-29 | 1990s=199; early 2000s=200
            It was a hit in the '80s.                         | 2022-03-29 | '80s=198
            A palace of the 19th century.                     | 2022-03-29 | 19th century=18
            The 2016 referendum split the country.            | 2022-03-29 | 2016=2016
            It echoed 2015's agreement.                       | 2022-03-29 | 2015=2015
            Growth slowed in early 2015 and mid-2016.         | 2022-03-29 | early 2015=2015; mid-2016=2016
            Funds went to parties in 2001, 2002 and 2003.     | 2022-03-29 | 2001=2001; 2002=2002; 2003=2003
            She won the 2003 Australian Open.                 | 2022-03-29 | 2003=2003
            He missed Spain's 2000 victory.                   | 2022-03-29 | 2000=2000
            It was filmed as Stalker (1979).                  | 2022-03-29 | 1979=1979
            Sales rose in the three months to September.      | 2022-03-29 | September=2021-09
            Imports have grown since the mid 1990's.          | 2022-03-29 | mid 1990's=199
            Kick-off: Tuesday, 1 March 1945 GMT.              | 2022-03-29 | Tuesday, 1 March=2022-03-01
            It was higher in December than November.          | 2022-03-29 | December=2021-12; November=2021-11
            """)
    void months_years_and_decades_need_and_get_date_context(String text, String published, String expected) {
        assertThat(render(text, published)).containsExactlyElementsOf(list(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            This may include adverts from us and 3rd parties.
            May I ask you something about it?
            Protesters march through the city centre.
            Jan Smith said the plan was fine.
            Some 2,000 troops crossed the border.
            It cost £2015 in total.
            Around 1,500 people attended.
            He has 2015 followers online.
            The Sun reported the claim first.
            She told the Sunday Times and the Mail on Sunday.
            Theresa May said the deal was done.
            It was the last time Russia invaded.
            The motion won by a total of 2000 votes.
            Black Friday sales were strong.
            He said so on the Today programme.
            The USA TODAY tally was high.
            A fort was built in 1750.
            The temperature was 2015 degrees.
            Wed the two of them? Never.
            They marched in 2000 numbers.
            He said so on GMTV's Sunday Programme.
            The deal was handed to May and then to Johnson.
            The party spent 2000 pounds on its 2000 members.
            """)
    void non_dates_are_not_taken(String text) {
        assertThat(render(text, "2022-03-29")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Talks began on February 24 and failed last night. | ""
            Crimea was annexed in 2014, on Monday.            | 2014=2014
            It opened on Feb. 24, 2022, in March.             | Feb. 24, 2022=2022-02-24
            It was built in the 1990s, last year.             | 1990s=199
            """)
    void without_publication_date_only_absolute_dates_stay(String text, String expected) {
        assertThat(render(text, "")).containsExactlyElementsOf(list(expected));
    }

    @Test
    void spans_cover_exactly_the_expression_text() {
        String text = "Emoji 😀 first. Talks began on February 24 and ended last month.";
        List<DateMention> mentions = FINDER.find(text, Optional.of(LocalDate.of(2022, 3, 29)));
        assertThat(mentions).extracting(DateMention::text).containsExactly("February 24", "last month");
        assertThat(mentions).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
        assertThat(mentions.get(0).span().start()).isEqualTo(text.indexOf("February"));
    }

    @Test
    void no_break_spaces_count_as_spaces() {
        String text = "Talks began on 24\u00a0February, stalled last\u00a0night and resume in\u202fJune.";
        assertThat(render(text, "2022-03-29"))
                .containsExactly("24\u00a0February=2022-02-24", "last\u00a0night=2022-03-28", "June=2021-06");
    }

    @Test
    void non_ascii_letters_never_break_the_finder() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] pieces = {"in ", "March ", "24 ", "yeſterday ", "YESTERDAY ", "last ", "night ", "Monday ", "2014 ",
                "ago ", "three ", "days ", "\u00a0", "Sept. ", "the ", "1990s ", "K ", "İ ", "é", "😀", ", ", ". "};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(FINDER.find(t, Optional.of(LocalDate.of(2022, 3, 29))))
                    .as("seed %d, text '%s'", seed, t)
                    .allSatisfy(m -> assertThat(m.span().of(t)).isEqualTo(m.text()));
        }
    }

    @Test
    void stage_sets_the_dates_layer_from_the_article_date() {
        Metadata metadata = Metadata.empty().withPublished(Optional.of(LocalDate.of(2022, 3, 29)));
        Article article = Article.of(new Source("test", Optional.empty(), InputFormat.PLAIN), metadata,
                "The deal struck in 2015 collapsed last night.", List.of(), List.of());
        Article done = FINDER.apply(article);
        assertThat(FINDER.requires()).isEmpty();
        assertThat(FINDER.provides()).containsExactly(Layer.DATES);
        assertThat(done.get(Layer.DATES)).extracting(m -> m.text() + "=" + m.value())
                .containsExactly("2015=2015", "last night=2022-03-28");
    }

    @Test
    void one_finder_serves_many_threads() {
        String text = "On February 24, and in 2014, and last night, and on Monday.";
        List<String> expected = render(text, "2022-03-29");
        List<List<String>> results = IntStream.range(0, 200).parallel().mapToObj(i -> render(text, "2022-03-29")).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
        assertThat(expected).hasSize(4);
    }

    static List<String> render(String text, String published) {
        Optional<LocalDate> date = published == null || published.isBlank()
                ? Optional.empty() : Optional.of(LocalDate.parse(published.strip()));
        return FINDER.find(text, date).stream().map(m -> m.span().of(text) + "=" + m.value()).toList();
    }

    private static List<String> list(String expected) {
        if (expected == null || expected.isBlank()) {
            return List.of();
        }
        return Arrays.stream(expected.split(";")).map(String::strip).toList();
    }
}
