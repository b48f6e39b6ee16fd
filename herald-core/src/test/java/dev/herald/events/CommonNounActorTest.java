package dev.herald.events;

import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: actors that are common nouns ("airlines", "the government", "ministers", "the bank"), and speakers. */
class CommonNounActorTest {
    private final EventCoder coder = new EventCoder();

    private List<Event> code(ParsedArticle a) {
        return coder.apply(a.build()).get(Layer.EVENTS);
    }

    private static String render(Event e) {
        return e.type() + " " + e.source().map(CommonNounActorTest::actor).orElse("-") + " -> "
                + e.target().map(CommonNounActorTest::actor).orElse("-");
    }

    private static String actor(Event.Actor a) {
        return a.name() + "/" + a.entity().orElse("-") + "/" + a.country().orElse("-") + "/" + a.sector().orElse("-");
    }

    @Test
    void criticism_of_a_bill_is_disapproval_by_a_common_noun_actor_of_the_articles_country() {
        ParsedArticle a = ParsedArticle.of("""
                1 Britain     Britain     NNP 2 nsubj
                2 passed      pass        VBD 0 root
                3 a           a           DT  4 det
                4 law         law         NN  2 obj
                5 .           .           .   2 punct

                1 Airlines    airline     NNS 2 nsubj
                2 attacked    attack      VBD 0 root
                3 the         the         DT  4 det
                4 legislation legislation NN  2 obj
                5 .           .           .   2 punct
                """)
                .entity("E1", "United Kingdom", EntityType.LOCATION, "COUNTRY", "GBR", "Britain");
        assertThat(code(a)).extracting(CommonNounActorTest::render)
                .containsExactly("DISAPPROVE Airlines/-/GBR/BUS -> -");
    }

    @Test
    void attack_on_a_town_stays_force() {
        ParsedArticle a = ParsedArticle.of("""
                1 Rebels   rebel    NNS 2 nsubj
                2 attacked attack   VBD 0 root
                3 the      the      DT  4 det
                4 town     town     NN  2 obj
                5 .        .        .   2 punct
                """);
        assertThat(code(a)).extracting(e -> e.type().name()).containsExactly("FIGHT");
    }

    @Test
    void the_government_and_ministers_are_the_articles_government() {
        ParsedArticle a = ParsedArticle.of("""
                1 The        the        DT  2 det
                2 government government NN  3 nsubj
                3 condemned  condemn    VBD 0 root
                4 Iran       Iran       NNP 3 obj
                5 .          .          .   3 punct

                1 Ministers  minister   NNS 2 nsubj
                2 criticised criticise  VBD 0 root
                3 Iran       Iran       NNP 2 obj
                4 .          .          .   2 punct

                1 The        the        DT  2 det
                2 UK         UK         NNP 3 compound
                3 Government Government NNP 4 nsubj
                4 spoke      speak      VBD 0 root
                5 .          .          .   4 punct
                """)
                .entity("E1", "UK Government", EntityType.ORGANIZATION, "GOVERNMENT", "GBR", "UK Government")
                .entity("E2", "Iran", EntityType.LOCATION, "COUNTRY", "IRN", "Iran");
        assertThat(code(a)).extracting(CommonNounActorTest::render).containsExactly(
                "DISAPPROVE UK Government/E1/GBR/GOV -> Iran/E2/IRN/-",
                "DISAPPROVE Ministers/E1/GBR/GOV -> Iran/E2/IRN/-");
    }

    @Test
    void a_minister_qualified_or_indefinite_is_no_government() {
        ParsedArticle a = ParsedArticle.of("""
                1 Opposition opposition NN  2 compound
                2 ministers  minister   NNS 3 nsubj
                3 condemned  condemn    VBD 0 root
                4 Iran       Iran       NNP 3 obj
                5 .          .          .   3 punct
                """)
                .entity("E1", "UK Government", EntityType.ORGANIZATION, "GOVERNMENT", "GBR")
                .entity("E2", "Iran", EntityType.LOCATION, "COUNTRY", "IRN", "Iran");
        assertThat(code(a)).extracting(e -> e.source().flatMap(Event.Actor::entity).orElse("-")).containsExactly("-");
    }

    @Test
    void the_bank_is_the_bank_the_article_named() {
        ParsedArticle a = ParsedArticle.of("""
                1 The       the       DT  2 det
                2 Bank      Bank      NNP 5 nsubj
                3 of        of        IN  4 case
                4 England   England   NNP 2 nmod
                5 spoke     speak     VBD 0 root
                6 .         .         .   5 punct

                1 The       the       DT  2 det
                2 bank      bank      NN  3 nsubj
                3 criticised criticise VBD 0 root
                4 lenders   lender    NNS 3 obj
                5 .         .         .   3 punct
                """)
                .entity("E1", "Bank of England", EntityType.ORGANIZATION, null, "GBR", "Bank of England");
        assertThat(code(a)).extracting(e -> e.source().map(CommonNounActorTest::actor).orElse("-"))
                .containsExactly("Bank of England/E1/GBR/BUS");
    }

    @Test
    void speech_act_without_a_parsed_subject_takes_the_speaker_of_the_quotation() {
        ParsedArticle a = ParsedArticle.of("""
                1 It         it         PRP 3 nsubj
                2 is         be         VBZ 3 cop
                3 shameful   shameful   JJ  0 root
                4 ,          ,          ,   3 punct
                5 Dunne      Dunne      NNP 6 nsubj
                6 said       say        VBD 3 parataxis
                7 ,          ,          ,   6 punct
                8 condemning condemn    VBG 3 advcl
                9 the        the        DT  10 det
                10 ruling    ruling     NN  8 obj
                11 .         .          .   3 punct
                """)
                .entity("E1", "Ann Dunne", EntityType.PERSON, null, "IRL", "Dunne")
                .quote("It is shameful", "Ann Dunne", "E1");
        assertThat(code(a)).extracting(CommonNounActorTest::render).containsExactly("DISAPPROVE Ann Dunne/E1/IRL/- -> -");
    }

    @Test
    void leaders_of_a_group_stand_for_the_group() {
        ParsedArticle a = ParsedArticle.of("""
                1 Leaders    leader     NNS 5 nsubj
                2 of         of         IN  4 case
                3 the        the        DT  4 det
                4 Alliance   Alliance   NNP 1 nmod
                5 condemned  condemn    VBD 0 root
                6 Iran       Iran       NNP 5 obj
                7 .          .          .   5 punct
                """)
                .entity("E1", "Freedom Alliance", EntityType.ORGANIZATION, "PARTY", "AZE", "Alliance")
                .entity("E2", "Iran", EntityType.LOCATION, "COUNTRY", "IRN", "Iran");
        assertThat(code(a)).extracting(e -> e.source().map(Event.Actor::name).orElse("-"))
                .containsExactly("Freedom Alliance");
    }

    @Test
    void they_in_what_people_said_is_those_people_and_their_announced_blockade_a_threat() {
        ParsedArticle a = ParsedArticle.of("""
                1 Farmers   farmer    NNS 2 nsubj
                2 said      say       VBD 0 root
                3 they      they      PRP 5 nsubj
                4 would     would     MD  5 aux
                5 blockade  blockade  VB  2 ccomp
                6 Paris     Paris     NNP 5 obj
                7 .         .         .   2 punct
                """)
                .entity("E1", "Paris", EntityType.LOCATION, "CITY", "FRA", "Paris");
        assertThat(code(a)).extracting(CommonNounActorTest::render)
                .containsExactly("THREATEN Farmers/-/FRA/AGR -> Paris/E1/FRA/-");
    }

    @Test
    void agents_dictionary_gives_sectors_to_nouns_herald_does_not_list() {
        ActorNouns nouns = ActorNouns.defaults();
        assertThat(nouns.sector("campaigner")).hasValue("CVL");
        assertThat(nouns.sector("archbishop")).hasValue("CHR");
        assertThat(nouns.sector("foreign minister")).hasValue("GOV");
        assertThat(nouns.isActor("legislation")).isFalse();
    }

    @Test
    void pronoun_actors_are_the_lexicons_third_person_pronouns_without_reflexives() {
        ActorPronouns pronouns = ActorPronouns.of(dev.herald.lexicon.Lexicon.bundled());
        assertThat(pronouns.person()).containsExactlyInAnyOrder("he", "him", "his", "she", "her", "hers");
        assertThat(pronouns.thing()).containsExactlyInAnyOrder("it", "its", "they", "them", "their", "theirs");
    }
}
