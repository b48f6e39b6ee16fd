package dev.herald.events;

import dev.herald.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, third round: targets that stand deeper than the pattern's slots, in a threat's condition on the
 * act's purpose, as the agent of a participle ("crimes committed by X"), as the name of a place ("the town
 * of X"), or as a people named by its nationality. Articles written by hand, parses given.
 */
class DeepTargetRulesTest {
    private final EventCoder coder = new EventCoder();

    @Test
    void a_threat_is_to_the_party_whose_act_is_the_condition_of_its_purpose() {
        ParsedArticle a = ParsedArticle.of("""
                1  Iran       Iran       NNP 2  nsubj
                2  threatened threaten   VBD 0  root
                3  to         to         TO  4  mark
                4  quit       quit       VB  2  xcomp
                5  talks      talk       NNS 4  obj
                6  to         to         TO  7  mark
                7  limit      limit      VB  4  xcomp
                8  arms       arm        NNS 7  obj
                9  if         if         IN  11 mark
                10 Israel     Israel     NNP 11 nsubj
                11 keeps      keep       VBZ 7  advcl
                12 its        its        PRP$ 13 nmod:poss
                13 missiles   missile    NNS 11 obj
                14 .          .          .   2  punct
                """)
                .entity("E1", "Iran", EntityType.LOCATION, "COUNTRY", "IRN", "Iran")
                .entity("E2", "Israel", EntityType.LOCATION, "COUNTRY", "ISR", "Israel");
        assertThat(a.codedBy(coder)).contains("THREATEN Iran -> Israel");
    }

    @Test
    void an_investigation_into_crimes_is_of_whoever_committed_them() {
        ParsedArticle a = ParsedArticle.of("""
                1  Prosecutors prosecutor NNS 2 nsubj
                2  opened     open        VBD 0 root
                3  an         a           DT  4 det
                4  investigation investigation NN 2 obj
                5  into       into        IN  6 case
                6  crimes     crime       NNS 4 nmod
                7  committed  commit      VBN 6 acl
                8  by         by          IN  9 case
                9  Hamas      Hamas       NNP 7 obl
                10 .          .           .   2 punct
                """)
                .entity("E1", "Hamas", EntityType.ORGANIZATION, null, "PSE", "Hamas");
        assertThat(a.codedBy(coder)).anyMatch(e -> e.startsWith("INVESTIGATE ") && e.endsWith("-> Hamas"));
    }

    @Test
    void a_curfew_in_the_town_of_a_place_is_on_that_place() {
        ParsedArticle a = ParsedArticle.of("""
                1  Soldiers   soldier    NNS 2 nsubj
                2  imposed    impose     VBD 0 root
                3  a          a          DT  4 det
                4  curfew     curfew     NN  2 obj
                5  in         in         IN  7 case
                6  the        the        DT  7 det
                7  town       town       NN  4 nmod
                8  of         of         IN  9 case
                9  Hebron     Hebron     NNP 7 nmod
                10 .          .          .   2 punct
                """)
                .entity("E1", "Hebron", EntityType.LOCATION, "CITY", "PSE", "Hebron");
        assertThat(a.codedBy(coder)).anyMatch(e -> e.startsWith("COERCE ") && e.endsWith("-> Hebron"));
    }

    @Test
    void a_people_named_by_nationality_can_be_the_target_and_another_named_thing_cannot() {
        String conll = """
                1  Kenya      Kenya      NNP 2 nsubj
                2  refused    refuse     VBD 0 root
                3  entry      entry      NN  2 obj
                4  to         to         IN  5 case
                5  %s    %s    NNPS 2 obl
                6  .          .          .   2 punct
                """;
        ParsedArticle people = ParsedArticle.of(conll.formatted("Somalis", "Somalis"))
                .entity("E1", "Kenya", EntityType.LOCATION, "COUNTRY", "KEN", "Kenya")
                .entity("E2", "Somalis", EntityType.OTHER, "NATIONALITY", "SOM", "Somalis");
        ParsedArticle things = ParsedArticle.of(conll.formatted("Boeings", "Boeings"))
                .entity("E1", "Kenya", EntityType.LOCATION, "COUNTRY", "KEN", "Kenya")
                .entity("E2", "Boeings", EntityType.OTHER, null, null, "Boeings");
        assertThat(people.codedBy(coder)).containsExactly("REJECT Kenya -> Somalis");
        assertThat(things.codedBy(coder)).containsExactly("REJECT Kenya -> -");
    }
}
