package dev.herald.events;

import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.Layer;
import dev.herald.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, second round: where an act's target stands when the pattern's slot holds a thing, a protest's
 * target through its demand, acts announced "unless", failures to agree, vows; and which sentences are
 * worth parsing at all. Articles written by hand, parses given.
 */
class TargetAndTypeRulesTest {
    private final EventCoder coder = new EventCoder();

    private List<String> brief(ParsedArticle a) {
        return a.codedBy(coder);
    }

    @Test
    void a_thing_shelled_gives_way_to_the_place_it_is_in() {
        assertThat(brief(shelledInRafah("positions", "position"))).containsExactly("FIGHT Israeli tanks -> Rafah");
    }

    @Test
    void an_actor_shelled_stays_the_target() {
        assertThat(brief(shelledInRafah("rebels", "rebel"))).containsExactly("FIGHT Israeli tanks -> rebels");
    }

    /** "Israeli tanks shelled OBJECT in Rafah." */
    private static ParsedArticle shelledInRafah(String object, String lemma) {
        return ParsedArticle.of("""
                1 Israeli   Israeli   JJ  2 amod
                2 tanks     tank      NNS 3 nsubj
                3 shelled   shell     VBD 0 root
                4 %s  %s  NNS 3 obj
                5 in        in        IN  6 case
                6 Rafah     Rafah     NNP 4 nmod
                7 .         .         .   3 punct
                """.formatted(object, lemma))
                .entity("E1", "Israel", EntityType.LOCATION, "COUNTRY", "ISR", "Israeli")
                .entity("E2", "Rafah", EntityType.LOCATION, "CITY", "PSE", "Rafah");
    }

    @Test
    void sanctions_on_a_named_faction_target_its_body() {
        ParsedArticle a = ParsedArticle.of("""
                1 Clinton   Clinton   NNP 2 nsubj
                2 imposed   impose    VBD 0 root
                3 sanctions sanction  NNS 2 obj
                4 on        on        IN  7 case
                5 the       the       DT  7 det
                6 Taliban   Taliban   NNP 7 compound
                7 faction   faction   NN  3 nmod
                8 .         .         .   2 punct
                """)
                .entity("E1", "Bill Clinton", EntityType.PERSON, null, "USA", "Clinton")
                .entity("E2", "Taliban", EntityType.ORGANIZATION, null, "AFG", "Taliban");
        assertThat(brief(a)).containsExactly("SANCTION Bill Clinton -> Taliban");
    }

    @Test
    void an_act_announced_unless_the_other_side_complies_is_a_threat() {
        String conll = """
                1 France    France    NNP 3 nsubj
                2 will      will      MD  3 aux
                3 give      give      VB  0 root
                4 Chad      Chad      NNP 3 iobj
                5 money     money     NN  3 obj
                6 %s
                """;
        ParsedArticle withCondition = withFranceAndChad(conll.formatted("""
                unless    unless    IN  8 mark
                7 Chad      Chad      NNP 8 nsubj
                8 holds     hold      VBZ 3 advcl
                9 elections election NNS 8 obj
                10 .        .         .   3 punct"""));
        ParsedArticle without = withFranceAndChad(conll.formatted(".         .         .   3 punct"));
        assertThat(brief(withCondition)).contains("THREATEN France -> Chad");
        assertThat(brief(without)).containsExactly("AGREE France -> Chad");
    }

    @Test
    void a_threat_is_to_the_party_whose_act_is_its_condition() {
        ParsedArticle a = withFranceAndChad("""
                1 France      France      NNP 2 nsubj
                2 threatened  threaten    VBD 0 root
                3 to          to          TO  4 mark
                4 stop        stop        VB  2 xcomp
                5 talks       talk        NNS 4 obj
                6 if          if          IN  8 mark
                7 Chad        Chad        NNP 8 nsubj
                8 deploys     deploy      VBZ 4 advcl
                9 missiles    missile     NNS 8 obj
                10 .          .           .   2 punct
                """);
        assertThat(brief(a)).contains("THREATEN France -> Chad");
    }

    @Test
    void parties_that_failed_to_reach_agreement_reject_each_other() {
        ParsedArticle a = withFranceAndChad("""
                1 France    France    NNP 4 nsubj
                2 and       and       CC  3 cc
                3 Chad      Chad      NNP 1 conj
                4 failed    fail      VBD 0 root
                5 to        to        TO  6 mark
                6 reach     reach     VB  4 xcomp
                7 agreement agreement NN  6 obj
                8 .         .         .   4 punct
                """);
        assertThat(brief(a)).contains("REJECT France -> Chad", "REJECT Chad -> France");
    }

    @Test
    void an_oath_to_fight_is_a_threat() {
        ParsedArticle a = withFranceAndChad("""
                1 Chad      Chad      NNP 2 nsubj
                2 swore     swear     VBD 0 root
                3 to        to        TO  4 mark
                4 fight     fight     VB  2 xcomp
                5 France    France    NNP 4 obj
                6 .         .         .   2 punct
                """);
        assertThat(brief(a)).contains("THREATEN Chad -> France").doesNotContain("FIGHT Chad -> France");
    }

    @Test
    void a_protest_is_against_whom_its_demand_is_made_of() {
        ParsedArticle a = ParsedArticle.of("""
                1 Students     student      NNS 2 nsubj
                2 demonstrated demonstrate  VBD 0 root
                3 in           in           IN  4 case
                4 Kinshasa     Kinshasa     NNP 2 obl
                5 to           to           TO  6 mark
                6 demand       demand       VB  2 advcl
                7 the          the          DT  8 det
                8 resignation  resignation  NN  6 obj
                9 of           of           IN  10 case
                10 Kabila      Kabila       NNP 8 nmod
                11 .           .            .   2 punct
                """)
                .entity("E1", "Kinshasa", EntityType.LOCATION, "CITY", "COD", "Kinshasa")
                .entity("E2", "Joseph Kabila", EntityType.PERSON, null, "COD", "Kabila");
        assertThat(brief(a)).contains("PROTEST Students -> Joseph Kabila");
    }

    @Test
    void an_attack_wounding_soldiers_targets_them() {
        ParsedArticle a = ParsedArticle.of("""
                1 Guerrillas guerrilla NNS 2 nsubj
                2 wounded    wound     VBD 0 root
                3 two        two       CD  4 nummod
                4 soldiers   soldier   NNS 2 obj
                5 in         in        IN  8 case
                6 a          a         DT  8 det
                7 bomb       bomb      NN  8 compound
                8 attack     attack    NN  2 obl
                9 .          .         .   2 punct
                """);
        assertThat(coder.apply(a.build()).get(Layer.EVENTS)).filteredOn(e -> e.trigger().of(a.build().text()).equals("attack"))
                .extracting(e -> e.target().map(Event.Actor::name).orElse("-"))
                .containsOnly("two soldiers");
    }

    @Test
    void only_sentences_where_a_pattern_could_apply_are_worth_parsing() {
        assertThat(coder.worthParsing(tokens("France/NNP/LOCATION sent/VBD/send aid/NN to/IN Chad/NNP/LOCATION")))
                .isTrue();
        // no word of the pattern files
        assertThat(coder.worthParsing(tokens("The/DT weather/NN was/VBD/be fine/JJ"))).isFalse();
        // a trigger in a name is no trigger
        assertThat(coder.worthParsing(tokens("Strike/NNP/ORGANIZATION Records/NNP/ORGANIZATION"))).isFalse();
        // "fire" codes a dismissal only with its particle, a launch only with a weapon: neither is here
        assertThat(coder.worthParsing(tokens("They/PRP fired/VBD/fire the/DT cook/NN"))).isFalse();
        assertThat(coder.worthParsing(tokens("They/PRP fired/VBD/fire missiles/NNS/missile"))).isTrue();
        // no pattern word, but what someone must do: an obligation
        assertThat(coder.worthParsing(tokens("Paris/NNP/LOCATION declared/VBD/declare Chad/NNP/LOCATION must/MD pay/VB")))
                .isTrue();
    }

    @Test
    void a_line_that_needs_a_source_and_a_target_is_worth_parsing_only_with_two_words_that_can_name_actors() {
        // CAMEO's "add" (COOPERATE, no condition) needs both: "he added" names one actor at most
        assertThat(coder.worthParsing(tokens("The/DT figures/NNS/figure added/VBD/add up/RP"))).isFalse();
        assertThat(coder.worthParsing(tokens("He/PRP added/VBD/add"))).isFalse();
        assertThat(coder.worthParsing(tokens("Paris/NNP/LOCATION added/VBD/add Chad/NNP/LOCATION"))).isTrue();
        assertThat(coder.worthParsing(tokens("He/PRP added/VBD/add Israeli/JJ troops/NNS/troop"))).isTrue();
    }

    /** Tokens written "word/TAG[/NER or /lemma]": a third part in capitals is the NER tag, else the lemma. */
    private static List<Token> tokens(String written) {
        List<Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (String w : written.split(" ")) {
            String[] f = w.split("/");
            boolean ner = f.length > 2 && f[2].equals(f[2].toUpperCase(java.util.Locale.ROOT));
            String lemma = f.length > 2 && !ner ? f[2] : f[0].toLowerCase(java.util.Locale.ROOT);
            out.add(new Token(new dev.herald.model.Span(at, at + f[0].length()), f[0], lemma, f[1],
                    ner ? f[2] : "O", 0));
            at += f[0].length() + 1;
        }
        return out;
    }

    private static ParsedArticle withFranceAndChad(String conll) {
        return ParsedArticle.of(conll)
                .entity("E1", "France", EntityType.LOCATION, "COUNTRY", "FRA", "France")
                .entity("E2", "Chad", EntityType.LOCATION, "COUNTRY", "TCD", "Chad");
    }
}
