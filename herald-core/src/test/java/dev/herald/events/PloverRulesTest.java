package dev.herald.events;

import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.EventType;
import dev.herald.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: PLOVER's rules for announced acts and obligations, and CAMEO's dictionary beside the pattern file. */
class PloverRulesTest {
    private final EventCoder coder = new EventCoder();

    private List<Event> code(ParsedArticle a) {
        return coder.apply(a.build()).get(Layer.EVENTS);
    }

    private static String render(Event e) {
        return e.type() + " " + e.cameo().orElse("-") + " " + e.source().map(Event.Actor::name).orElse("-") + " -> "
                + e.target().map(Event.Actor::name).orElse("-") + (e.hypothetical() ? " (hypothetical)" : "");
    }

    private static ParsedArticle withFranceAndChad(String conll) {
        return ParsedArticle.of(conll)
                .entity("E1", "France", EntityType.LOCATION, "COUNTRY", "FRA", "France")
                .entity("E2", "Chad", EntityType.LOCATION, "COUNTRY", "TCD", "Chad");
    }

    @Test
    void cooperation_announced_for_the_future_is_an_agreement() {
        ParsedArticle a = withFranceAndChad("""
                1 France  France  NNP 3 nsubj
                2 will    will    MD  3 aux
                3 send    send    VB  0 root
                4 aid     aid     NN  3 obj
                5 to      to      IN  6 case
                6 Chad    Chad    NNP 3 obl
                7 .       .       .   3 punct
                """);
        assertThat(code(a)).extracting(PloverRulesTest::render).containsExactly("AGREE 033 France -> Chad");
    }

    @Test
    void cooperation_done_stays_what_it_is() {
        ParsedArticle a = withFranceAndChad("""
                1 France  France  NNP 2 nsubj
                2 sent    send    VBD 0 root
                3 aid     aid     NN  2 obj
                4 to      to      IN  5 case
                5 Chad    Chad    NNP 2 obl
                6 .       .       .   2 punct
                """);
        assertThat(code(a)).extracting(PloverRulesTest::render).containsExactly("AID 070 France -> Chad");
    }

    @Test
    void force_announced_is_a_threat_and_a_possible_one_is_not() {
        ParsedArticle will = withFranceAndChad("""
                1 France  France  NNP 3 nsubj
                2 would   would   MD  3 aux
                3 impose  impose  VB  0 root
                4 sanctions sanction NNS 3 obj
                5 on      on      IN  6 case
                6 Chad    Chad    NNP 3 obl
                7 .       .       .   3 punct
                """);
        ParsedArticle could = withFranceAndChad("""
                1 France  France  NNP 3 nsubj
                2 could   could   MD  3 aux
                3 impose  impose  VB  0 root
                4 sanctions sanction NNS 3 obj
                5 on      on      IN  6 case
                6 Chad    Chad    NNP 3 obl
                7 .       .       .   3 punct
                """);
        assertThat(code(will)).extracting(PloverRulesTest::render).containsExactly("THREATEN 1312 France -> Chad");
        assertThat(code(could)).extracting(PloverRulesTest::render)
                .containsExactly("SANCTION 163 France -> Chad (hypothetical)");
    }

    @Test
    void saying_what_someone_must_do_is_a_demand_and_the_act_is_not_coded_again() {
        ParsedArticle a = withFranceAndChad("""
                1 France  France  NNP 2 nsubj
                2 said    say     VBD 0 root
                3 Chad    Chad    NNP 5 nsubj
                4 must    must    MD  5 aux
                5 release release VB  2 ccomp
                6 the     the     DT  7 det
                7 prisoners prisoner NNS 5 obj
                8 .       .       .   2 punct
                """);
        assertThat(code(a)).extracting(PloverRulesTest::render).containsExactly("DEMAND 100 France -> Chad");
    }

    @Test
    void a_verb_only_cameos_dictionary_knows_codes_with_both_actors_and_not_without() {
        ParsedArticle both = withFranceAndChad("""
                1 France  France  NNP 2 nsubj
                2 reproached reproach VBD 0 root
                3 Chad    Chad    NNP 2 obj
                4 .       .       .   2 punct
                """);
        ParsedArticle alone = withFranceAndChad("""
                1 France  France  NNP 2 nsubj
                2 reproached reproach VBD 0 root
                3 .       .       .   2 punct
                """);
        assertThat(code(both)).extracting(PloverRulesTest::render).containsExactly("DISAPPROVE 111 France -> Chad");
        assertThat(code(alone)).isEmpty();
    }

    @Test
    void the_pattern_file_comes_first_and_the_dictionary_fills_in() {
        EventPatterns mine = EventPatterns.parse(List.of("reproach V CRIME - -"), "mine.txt");
        EventPatterns cameo = EventPatterns.parse(List.of("reproach V DISAPPROVE - 111 need=both",
                "abhor V DISAPPROVE - 111 need=both"), "cameo.txt");
        EventPatterns both = mine.withFallback(cameo);
        assertThat(both.match(tree("reproached", "reproach"), 1).map(EventPattern::type)).hasValue(EventType.CRIME);
        assertThat(both.match(tree("abhorred", "abhor"), 1).map(EventPattern::type)).hasValue(EventType.DISAPPROVE);
        assertThat(mine.match(tree("abhorred", "abhor"), 1)).isEmpty();
    }

    private static ParseTree tree(String verb, String lemma) {
        var article = ParsedArticle.of("1 They they PRP 2 nsubj\n2 " + verb + " " + lemma + " VBD 0 root\n").build();
        return new ParseTree(article.get(Layer.TOKENS), article.get(Layer.DEPENDENCIES));
    }
}
