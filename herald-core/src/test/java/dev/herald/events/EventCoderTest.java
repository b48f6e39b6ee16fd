package dev.herald.events;

import dev.herald.model.Article;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event coder on hand-parsed sentences: one test per kind of pattern and per flag. */
class EventCoderTest {
    private final EventCoder coder = new EventCoder();

    private List<Event> code(ParsedArticle a) {
        return coder.apply(a.build()).get(Layer.EVENTS);
    }

    private static String render(Event e) {
        return e.type() + " " + e.source().map(Event.Actor::name).orElse("-") + " -> "
                + e.target().map(Event.Actor::name).orElse("-");
    }

    private static List<String> rendered(List<Event> events) {
        return events.stream().map(EventCoderTest::render).toList();
    }

    private static ParsedArticle russiaInvadedUkraine() {
        return ParsedArticle.of("""
                1 Russia  Russia  NNP 2 nsubj
                2 invaded invade  VBD 0 root
                3 Ukraine Ukraine NNP 2 obj
                4 .       .       .   2 punct
                """)
                .entity("E1", "Russia", EntityType.LOCATION, "COUNTRY", "RUS", "Russia")
                .entity("E2", "Ukraine", EntityType.LOCATION, "COUNTRY", "UKR", "Ukraine");
    }

    @Test
    void verb_trigger_codes_subject_as_source_and_object_as_target() {
        List<Event> events = code(russiaInvadedUkraine().published("2022-03-29"));
        assertThat(rendered(events)).containsExactly("FIGHT Russia -> Ukraine");
        Event e = events.get(0);
        assertThat(e.cameo()).hasValue("190");
        assertThat(e.source().flatMap(Event.Actor::country)).hasValue("RUS");
        assertThat(e.source().flatMap(Event.Actor::entity)).hasValue("E1");
        assertThat(e.negated()).isFalse();
        assertThat(e.hypothetical()).isFalse();
    }

    @Test
    void noun_trigger_takes_its_source_from_the_light_verb_and_codes_a_mutual_act_both_ways() {
        ParsedArticle a = ParsedArticle.of("""
                1 Russia  Russia  NNP 4 nsubj
                2 and     and     CC  3 cc
                3 Ukraine Ukraine NNP 1 conj
                4 held    hold    VBD 0 root
                5 peace   peace   NN  6 compound
                6 talks   talk    NNS 4 obj
                7 .       .       .   4 punct
                """)
                .entity("E1", "Russia", EntityType.LOCATION, "COUNTRY", "RUS", "Russia")
                .entity("E2", "Ukraine", EntityType.LOCATION, "COUNTRY", "UKR", "Ukraine");
        assertThat(rendered(code(a))).containsExactly("CONSULT Russia -> Ukraine", "CONSULT Ukraine -> Russia");
    }

    @Test
    void prepositional_target_is_found_and_the_noun_object_does_not_code_a_second_event() {
        ParsedArticle a = ParsedArticle.of("""
                1 Britain   Britain  NNP 2 nsubj
                2 imposed   impose   VBD 0 root
                3 sanctions sanction NNS 2 obj
                4 on        on       IN  5 case
                5 Iran      Iran     NNP 2 obl
                6 .         .        .   2 punct
                """)
                .entity("E1", "Britain", EntityType.LOCATION, "COUNTRY", "GBR", "Britain")
                .entity("E2", "Iran", EntityType.LOCATION, "COUNTRY", "IRN", "Iran");
        assertThat(rendered(code(a))).containsExactly("SANCTION Britain -> Iran");
    }

    @Test
    void passive_agent_is_the_source_and_passive_subject_the_target() {
        ParsedArticle a = ParsedArticle.of("""
                1 Protesters protester NNS 3 nsubj:pass
                2 were       be        VBD 3 aux:pass
                3 arrested   arrest    VBN 0 root
                4 by         by        IN  5 case
                5 police     police    NN  3 obl
                6 .          .         .   3 punct
                """);
        List<Event> events = code(a);
        assertThat(rendered(events)).containsExactly("COERCE police -> Protesters");
        assertThat(events.get(0).source().flatMap(Event.Actor::sector)).hasValue("COP");
        assertThat(events.get(0).target().flatMap(Event.Actor::sector)).hasValue("CVL");
    }

    @Test
    void negated_verb_is_flagged_negated() {
        ParsedArticle a = ParsedArticle.of("""
                1 Russia  Russia  NNP 4 nsubj
                2 did     do      VBD 4 aux
                3 not     not     RB  4 advmod
                4 attack  attack  VB  0 root
                5 Ukraine Ukraine NNP 4 obj
                6 .       .       .   4 punct
                """)
                .entity("E1", "Russia", EntityType.LOCATION, "COUNTRY", "RUS", "Russia")
                .entity("E2", "Ukraine", EntityType.LOCATION, "COUNTRY", "UKR", "Ukraine");
        List<Event> events = code(a);
        assertThat(rendered(events)).containsExactly("FIGHT Russia -> Ukraine");
        assertThat(events.get(0).negated()).isTrue();
        assertThat(events.get(0).hypothetical()).isFalse();
    }

    @Test
    void modal_and_condition_make_an_event_hypothetical() {
        ParsedArticle a = ParsedArticle.of("""
                1 Iran      Iran     NNP 3 nsubj
                2 could     could    MD  3 aux
                3 expel     expel    VB  0 root
                4 diplomats diplomat NNS 3 obj
                5 if        if       IN  7 mark
                6 Israel    Israel   NNP 7 nsubj
                7 attacks   attack   VBZ 3 advcl
                8 .         .        .   3 punct
                """)
                .entity("E1", "Iran", EntityType.LOCATION, "COUNTRY", "IRN", "Iran")
                .entity("E2", "Israel", EntityType.LOCATION, "COUNTRY", "ISR", "Israel");
        List<Event> events = code(a);
        assertThat(rendered(events)).containsExactly("SANCTION Iran -> diplomats", "FIGHT Israel -> -");
        assertThat(events).allMatch(Event::hypothetical);
    }

    @Test
    void wish_is_hypothetical_and_a_denial_in_someones_words_is_their_rejection() {
        ParsedArticle a = ParsedArticle.of("""
                1  The       the       DT  2  det
                2  Kremlin   Kremlin   NNP 3  nsubj
                3  said      say       VBD 0  root
                4  there     there     EX  8  expl
                5  could     could     MD  8  aux
                6  be        be        VB  8  cop
                7  no        no        DT  8  det
                8  meeting   meeting   NN  3  ccomp
                9  between   between   IN  10 case
                10 Putin     Putin     NNP 8  nmod
                11 and       and       CC  12 cc
                12 Zelensky  Zelensky  NNP 10 conj
                13 .         .         .   3  punct
                """)
                .entity("E1", "Kremlin", EntityType.ORGANIZATION, "GOVERNMENT", "RUS", "Kremlin")
                .entity("E2", "Vladimir Putin", EntityType.PERSON, null, "RUS", "Putin")
                .entity("E3", "Volodymyr Zelensky", EntityType.PERSON, null, "UKR", "Zelensky");
        List<Event> events = code(a);
        assertThat(rendered(events)).containsExactlyInAnyOrder("CONSULT Vladimir Putin -> Volodymyr Zelensky",
                "CONSULT Volodymyr Zelensky -> Vladimir Putin", "REJECT Kremlin -> Volodymyr Zelensky");
        Event meeting = events.stream().filter(e -> e.type().name().equals("CONSULT")).findFirst().orElseThrow();
        assertThat(meeting.negated()).isTrue();
        assertThat(meeting.hypothetical()).isTrue();
        Event rejection = events.stream().filter(e -> e.type().name().equals("REJECT")).findFirst().orElseThrow();
        assertThat(rejection.negated()).isFalse();
        assertThat(rejection.source().flatMap(Event.Actor::sector)).hasValue("GOV");
    }

    @Test
    void act_under_a_threat_is_coded_once_as_the_threat_with_its_target() {
        ParsedArticle a = ParsedArticle.of("""
                1 Hamas      Hamas     NNP 2 nsubj
                2 threatened threaten  VBD 0 root
                3 to         to        TO  4 mark
                4 attack     attack    VB  2 xcomp
                5 Israel     Israel    NNP 4 obj
                6 .          .         .   2 punct
                """)
                .entity("E1", "Hamas", EntityType.ORGANIZATION, null, "PSE", "Hamas")
                .entity("E2", "Israel", EntityType.LOCATION, "COUNTRY", "ISR", "Israel");
        assertThat(rendered(code(a))).containsExactly("THREATEN Hamas -> Israel");
    }

    @Test
    void event_inside_a_quote_has_the_quotes_speaker_as_claimant_and_we_as_source() {
        ParsedArticle a = ParsedArticle.of("""
                1 We      we      PRP 3 nsubj
                2 will    will    MD  3 aux
                3 reject  reject  VB  0 root
                4 the     the     DT  5 det
                5 plan    plan    NN  3 obj
                6 .       .       .   3 punct
                """)
                .entity("E1", "Ana Silva", EntityType.PERSON, null, "BRA", "Ana Silva")
                .quote("We will reject the plan .", "Ana Silva", "E1");
        List<Event> events = code(a);
        assertThat(rendered(events)).containsExactly("REJECT Ana Silva -> -");
        assertThat(events.get(0).claimant().map(s -> s.name())).hasValue("Ana Silva");
        assertThat(events.get(0).hypothetical()).isTrue();
    }

    @Test
    void metonym_entity_carries_its_country_and_sector() {
        ParsedArticle a = ParsedArticle.of("""
                1 The       the       DT  2 det
                2 Kremlin   Kremlin   NNP 3 nsubj
                3 condemned condemn   VBD 0 root
                4 NATO      NATO      NNP 3 obj
                5 .         .         .   3 punct
                """)
                .entity("E1", "Kremlin", EntityType.ORGANIZATION, "GOVERNMENT", "RUS", "Kremlin")
                .entity("E2", "NATO", EntityType.ORGANIZATION, "IGO", null, "NATO");
        Event e = code(a).get(0);
        assertThat(render(e)).isEqualTo("DISAPPROVE Kremlin -> NATO");
        assertThat(e.source().flatMap(Event.Actor::country)).hasValue("RUS");
        assertThat(e.source().flatMap(Event.Actor::sector)).hasValue("GOV");
        assertThat(e.target().flatMap(Event.Actor::sector)).hasValue("IGO");
    }

    @Test
    void actor_noun_takes_the_country_of_its_nationality_modifier() {
        ParsedArticle a = ParsedArticle.of("""
                1 Russian  Russian  JJ  2 amod
                2 troops   troops   NNS 3 nsubj
                3 shelled  shell    VBD 0 root
                4 Kharkiv  Kharkiv  NNP 3 obj
                5 .        .        .   3 punct
                """)
                .entity("E1", "Russian", EntityType.OTHER, null, "RUS", "Russian")
                .entity("E2", "Kharkiv", EntityType.LOCATION, "CITY", "UKR", "Kharkiv");
        Event e = code(a).get(0);
        assertThat(render(e)).isEqualTo("FIGHT Russian troops -> Kharkiv");
        assertThat(e.source().flatMap(Event.Actor::country)).hasValue("RUS");
        assertThat(e.source().flatMap(Event.Actor::sector)).hasValue("MIL");
    }

    @Test
    void date_attached_to_the_trigger_is_the_events_date_otherwise_the_publication_date_with_a_flag() {
        Article dated = russiaInvadedUkraine().published("2022-03-29").build();
        assertThat(coder.apply(dated).get(Layer.EVENTS).get(0).date())
                .isEqualTo(new Event.EventDate(java.util.Optional.of("2022-03-29"), true));
        ParsedArticle a = ParsedArticle.of("""
                1 Russia   Russia   NNP 2 nsubj
                2 invaded  invade   VBD 0 root
                3 Ukraine  Ukraine  NNP 2 obj
                4 on       on       IN  5 case
                5 February February NNP 2 obl
                6 24       24       CD  5 nummod
                7 .        .        .   2 punct
                """)
                .entity("E1", "Russia", EntityType.LOCATION, "COUNTRY", "RUS", "Russia")
                .entity("E2", "Ukraine", EntityType.LOCATION, "COUNTRY", "UKR", "Ukraine")
                .date("February 24", "2022-02-24").published("2022-03-29");
        assertThat(code(a).get(0).date()).isEqualTo(new Event.EventDate(java.util.Optional.of("2022-02-24"), false));
    }

    @Test
    void date_of_a_since_clause_is_not_the_date_of_the_main_event() {
        ParsedArticle a = ParsedArticle.of("""
                1  Russia   Russia   NNP 2  nsubj
                2  held     hold     VBD 0  root
                3  talks    talk     NNS 2  obj
                4  with     with     IN  5  case
                5  Ukraine  Ukraine  NNP 3  nmod
                6  since    since    IN  8  mark
                7  war      war      NN  8  nsubj
                8  began    begin    VBD 2  advcl
                9  on       on       IN  10 case
                10 February February NNP 8  obl
                11 24       24       CD  10 nummod
                12 .        .        .   2  punct
                """)
                .entity("E1", "Russia", EntityType.LOCATION, "COUNTRY", "RUS", "Russia")
                .entity("E2", "Ukraine", EntityType.LOCATION, "COUNTRY", "UKR", "Ukraine")
                .date("February 24", "2022-02-24").published("2022-03-29");
        Event talks = code(a).get(0);
        assertThat(render(talks)).isEqualTo("CONSULT Russia -> Ukraine");
        assertThat(talks.date()).isEqualTo(new Event.EventDate(java.util.Optional.of("2022-03-29"), true));
    }

    @Test
    void pronoun_subject_of_a_when_clause_takes_the_main_subject_and_its_date() {
        ParsedArticle a = ParsedArticle.of("""
                1  Russia   Russia   NNP 2  nsubj
                2  invaded  invade   VBD 0  root
                3  Ukraine  Ukraine  NNP 2  obj
                4  in       in       IN  5  case
                5  2014     2014     CD  2  obl
                6  ,        ,        ,   2  punct
                7  when     when     WRB 9  advmod
                8  it       it       PRP 9  nsubj
                9  annexed  annex    VBD 2  advcl
                10 Crimea   Crimea   NNP 9  obj
                11 .        .        .   2  punct
                """)
                .entity("E1", "Russia", EntityType.LOCATION, "COUNTRY", "RUS", "Russia")
                .entity("E2", "Ukraine", EntityType.LOCATION, "COUNTRY", "UKR", "Ukraine")
                .entity("E3", "Crimea", EntityType.LOCATION, "REGION", "UKR", "Crimea")
                .date("2014", "2014").published("2022-03-29");
        List<Event> events = code(a);
        assertThat(rendered(events)).containsExactly("FIGHT Russia -> Ukraine", "COERCE Russia -> Crimea");
        assertThat(events).allMatch(e -> e.date().value().orElse("").equals("2014") && !e.date().published());
    }

    @Test
    void noun_without_target_inherits_the_target_of_an_earlier_event_by_the_same_country() {
        ParsedArticle a = ParsedArticle.of("""
                1 Russia  Russia  NNP 2 nsubj
                2 invaded invade  VBD 0 root
                3 Ukraine Ukraine NNP 2 obj
                4 .       .       .   2 punct

                1 Putin    Putin    NNP 3 nmod:poss
                2 's       's       POS 1 case
                3 invasion invasion NN  5 nsubj
                4 was      be       VBD 5 cop
                5 brutal   brutal   JJ  0 root
                6 .        .        .   5 punct
                """)
                .entity("E1", "Russia", EntityType.LOCATION, "COUNTRY", "RUS", "Russia")
                .entity("E2", "Ukraine", EntityType.LOCATION, "COUNTRY", "UKR", "Ukraine")
                .entity("E3", "Vladimir Putin", EntityType.PERSON, null, "RUS", "Putin");
        assertThat(rendered(code(a))).containsExactly("FIGHT Russia -> Ukraine", "FIGHT Vladimir Putin -> Ukraine");
    }

    @Test
    void words_outside_the_patterns_code_nothing() {
        ParsedArticle a = ParsedArticle.of("""
                1 Britain Britain NNP 2 nsubj
                2 is      be      VBZ 3 cop
                3 worried worried JJ  0 root
                4 .       .       .   3 punct
                """)
                .entity("E1", "Britain", EntityType.LOCATION, "COUNTRY", "GBR", "Britain");
        assertThat(code(a)).isEmpty();
    }
}
