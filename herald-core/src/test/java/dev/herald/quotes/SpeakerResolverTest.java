package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static dev.herald.quotes.TestArticles.quoted;
import static dev.herald.quotes.TestArticles.render;
import static org.assertj.core.api.Assertions.assertThat;

class SpeakerResolverTest {

    @ParameterizedTest
    @CsvSource(delimiter = '>', quoteCharacter = '`', textBlock = """
            "We will win," said [Ana Silva|PERSON].                      > We will win,
            "We will win," [Ana Silva|PERSON] said.                      > We will win,
            [Ana Silva|PERSON] said: "We will win."                      > We will win.
            [Ana Silva|PERSON] told reporters: "We will win."            > We will win.
            "We will win," said union leader [Ana Silva|PERSON].         > We will win,
            [Ana Silva|PERSON], who chairs the board, said: "We will win." > We will win.
            "We will win," according to [Ana Silva|PERSON].              > We will win,
            "We will win," said [Tom Reed|PERSON]'s publicist [Ana Silva|PERSON].  > We will win,
            "We will win," said [Orvex|PERSON] founder [Ana Silva|PERSON] on Monday. > We will win,
            "We will win," said [Tom Reed|PERSON]'s publicist [Ana Silva|OTHER].   > We will win,
            The chairwoman of [Acme Foods|ORGANIZATION], [Ana Silva|PERSON], said: "We will win." > We will win.
            "We will win" if [Tom Reed|PERSON] stays, said [Ana Silva|PERSON]. > We will win
            "We will win," [Ana Silva|PERSON], the chair, told [Tom Reed|PERSON]. > We will win,
            "We will win," [Ana Silva|PERSON], the chair, said of [Tom Reed|PERSON]. > We will win,
            "We will win," [Ana Silva|PERSON] fumed on Tuesday.          > We will win,
            "We will win," opined [Ana Silva|PERSON].                    > We will win,
            "We will win," [Ana Silva|PERSON] interjected.               > We will win,
            When [Tom Reed|PERSON] spoke, [Ana Silva|PERSON] fired back: "We will win." > We will win.
            "We will win," [Ana Silva|PERSON] went on.                   > We will win,
            """)
    void quote_is_attributed_to_named_speaker(String text, String quote) {
        assertThat(render(quoted(text))).containsExactly(quote + " ← Ana Silva");
    }

    @Test
    void speaker_gets_the_fullest_name_of_the_article() {
        String text = "[Liz Truss|PERSON] flew to Brussels. Ms Truss has warned they are a \u201csmokescreen\u201d "
                + "while more \u201cappalling atrocities\u201d are committed.";
        assertThat(render(quoted(text))).containsExactly("smokescreen ← Liz Truss", "appalling atrocities ← Liz Truss");
    }

    @Test
    void person_named_only_with_an_honorific_is_found() {
        assertThat(render(quoted("Mrs Okafor said: \"Not today.\""))).containsExactly("Not today. ← Okafor");
    }

    @Test
    void pronoun_goes_to_the_nearest_person_of_its_gender() {
        String text = "Mr [Tom Reed|PERSON] met Ms [Jo Park|PERSON] on Monday. She said: \"It went well.\" "
                + "\"We agreed on little,\" he said.";
        assertThat(render(quoted(text))).containsExactly("It went well. ← Jo Park", "We agreed on little, ← Tom Reed");
    }

    @Test
    void pronoun_prefers_the_subject_over_a_name_in_passing() {
        String text = "[Sam Ode|PERSON] has worked on films such as [Indiana Jones|PERSON]. "
                + "\"Digital changed everything,\" he said.";
        assertThat(render(quoted(text))).containsExactly("Digital changed everything, ← Sam Ode");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '>', quoteCharacter = '`', textBlock = """
            Ms [Ana Silva|PERSON] spoke. [Tom Reed|PERSON] agreed. A spokeswoman for the [Home Office|ORGANIZATION] insisted it was lawful. "It was agreed," she said. > It was agreed, ← Home Office spokeswoman (anonymous)
            Ms [Ana Silva|PERSON] spoke. [Tom Reed|PERSON] agreed. A spokeswoman for the [Home Office|ORGANIZATION] insisted it was lawful. "It was not," he said.  > It was not, ← Tom Reed
            Ms [Ana Silva|PERSON] spoke. [Jo Park|PERSON], a developer and spokeswoman for [Acme Foods|ORGANIZATION], said it was lawful. "It was agreed," she said. > It was agreed, ← Jo Park
            [Orvex|PERSON] makes phones. [Orvex|PERSON] has no link with [Zentra|PERSON] at all, said Mr Tom Reed. "It is not a copy," he said. > It is not a copy, ← Tom Reed
            """)
    void pronoun_goes_to_the_speaker_who_spoke_last(String text, String expected) {
        assertThat(render(quoted(text))).containsExactly(expected);
    }

    @Test
    void inverted_cue_that_closes_the_sentence_speaks_for_the_clause_before_it() {
        String text = "But the department suffered from an \u201cunusual turnover\u201d of staff within the department, "
                + "which had \u201churt\u201d its work, said the [Audit Panel|ORGANIZATION].";
        assertThat(render(quoted(text))).containsExactly("unusual turnover ← Audit Panel", "hurt ← Audit Panel");
        String told = "\u201cThe label is pushed by the media,\u201d [Ana Silva|PERSON], a director at the centre, told [The Daily Post|ORGANIZATION].";
        assertThat(render(quoted(told))).as("the one told does not speak").containsExactly("The label is pushed by the media, ← Ana Silva");
    }

    @Test
    void unnamed_source_described_after_an_inverted_cue_speaks() {
        assertThat(render(quoted("[Acme Foods|ORGANIZATION] shares fell. \"Prices will rise,\" said one London-based trader.")))
                .containsExactly("Prices will rise, ← London-based trader (anonymous)");
        assertThat(render(quoted("The court ruled against the plan, citing a threat to \u201cpublic safety\u201d.")))
                .as("a participle's object is no source").isEmpty();
    }

    @Test
    void title_goes_to_the_person_given_that_title() {
        String text = "Foreign Secretary [Jane Doe|PERSON] arrived in Paris with [Ken Mori|PERSON]. "
                + "\"We stand together,\" the Foreign Secretary said.";
        assertThat(render(quoted(text))).containsExactly("We stand together, ← Jane Doe");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '>', quoteCharacter = '`', textBlock = """
            The [Kremlin|ORGANIZATION] dashed hopes of a deal last night, saying there could be no meeting until [Ukraine|LOCATION] “did its homework”. > did its homework ← Kremlin
            [LISBON|LOCATION], May 4 ([Wire Press|ORGANIZATION]) — [Ana Silva|PERSON] rallied her supporters, saying: “We will win.” > We will win. ← Ana Silva
            In a statement released on Monday, Rep. [Ana Silva|PERSON] reacted to the vote, saying: “We will win.”   > We will win. ← Ana Silva
            [Ana Silva|PERSON] lost the vote. On [Twitter|ORGANIZATION], she answered by saying, “We will win.”      > We will win. ← Ana Silva
            Both [Tom Reed|PERSON] and [Ana Silva|PERSON] spoke, with Silva noting that “we will win”.               > we will win ← Ana Silva
            [Tom Reed|PERSON] and [Ken Mori|PERSON] will meet next week, [Ana Silva|PERSON] said, adding, “They need to talk.” > They need to talk. ← Ana Silva
            [Tom Reed|PERSON] will stay on, said [Ana Silva|PERSON] on Monday, adding: “We will win.”              > We will win. ← Ana Silva
            [Ana Silva|PERSON] said that [Tom Reed|PERSON] was wrong, adding: “We will win.”                         > We will win. ← Ana Silva
            [Ana Silva|PERSON] was not impressed with [Tom Rees|PERSON]’ comments Tuesday, telling reporters: “We will win.” > We will win. ← Ana Silva
            """)
    void participle_speaks_for_the_subject_of_its_clause(String text, String expected) {
        assertThat(render(quoted(text))).containsExactly(expected);
    }

    @Test
    void spokesman_of_a_body_is_described_with_the_body() {
        String text = "\"We are alarmed,\" an [RSPCA|ORGANIZATION] spokesman said. "
                + "\"It is unsafe,\" said a spokeswoman for [Acme Foods|ORGANIZATION]. "
                + "\"It is lawful,\" a [Ministry of Fair Trade|ORGANIZATION] spokeswoman said.";
        assertThat(render(quoted(text))).containsExactly("We are alarmed, ← RSPCA spokesman (anonymous)",
                "It is unsafe, ← Acme Foods spokeswoman (anonymous)", "It is lawful, ← Ministry of Fair Trade spokeswoman (anonymous)");
    }

    @Test
    void spokeswoman_for_a_body_named_by_a_common_noun_keeps_it() {
        assertThat(render(quoted("\"We are reviewing the case,\" a spokeswoman for the regulator said.")))
                .containsExactly("We are reviewing the case, ← regulator spokeswoman (anonymous)");
    }

    @Test
    void bare_spokesman_speaks_for_the_body_named_just_before() {
        String text = "[Acme Foods|ORGANIZATION] recalled the pies on Friday. A spokesman said: \"We are sorry.\"\n\n"
                + "Shoppers were angry. Days later a spokesman said: \"Refunds are ready.\"";
        assertThat(render(quoted(text))).containsExactly("We are sorry. ← Acme Foods spokesman (anonymous)",
                "Refunds are ready. ← spokesman (anonymous)");
    }

    @Test
    void documents_and_unnamed_roles_speak() {
        String text = "\u201cWe want your stories,\u201d the organizer told the volunteers.\n\n"
                + "The report said the plan was \u201cbound to fail\u201d.";
        assertThat(render(quoted(text))).containsExactly("We want your stories, ← organizer (anonymous)",
                "bound to fail ← report (anonymous)");
    }

    @Test
    void partial_quote_in_what_a_speaker_reports_goes_to_that_speaker_not_past_a_clause_of_contrast() {
        String text = "[Tom Reed|PERSON] said [Jo Park|PERSON] called on members to be \u201cclosely coordinated\u201d. "
                + "[Jo Park|PERSON] spoke on Monday, noting the plan \u201cwill not wait\u201d. "
                // A clause opened by "while" is another speaker's: what the first cue reports ends there.
                + "[Tom Reed|PERSON] described the prize as \u201cquite an honour\u201d while [Ana Silva|PERSON] said "
                + "her win was \u201ca real surprise\u201d. [Tom Reed|PERSON] said [Ana Silva|PERSON], while on holiday, called "
                + "the plan \u201ca disaster\u201d.";
        assertThat(render(quoted(text))).containsExactly("closely coordinated ← Tom Reed", "will not wait ← Jo Park",
                "quite an honour ← Tom Reed", "a real surprise ← Ana Silva", "a disaster ← Tom Reed");
    }

    @Test
    void cue_after_an_exclamation_that_ends_a_sentence_still_attributes() {
        String text = "Ms [Ana Silva|PERSON] and Mr [Ken Mori|PERSON] took the stage.\n\n\u201cWe will win!\u201d she shouted.";
        assertThat(render(quoted(text))).containsExactly("We will win! ← Ana Silva");
    }

    @Test
    void name_and_cue_after_a_question_or_exclamation_still_attribute() {
        // The last paragraph: the writer's clause is looked for on the question's line only, not in the next paragraph.
        String text = "[Ana Silva|PERSON] and [Ken Mori|PERSON] met.\n\n\u201cWho knows?\u201d Mori told the radio. "
                + "\u201cWe will see!\u201d Ms. Silva said.\n\n\u201cWe won.\u201d Silva left at noon.\n\n"
                + "Silva asked, \u201cWill you run for the seat?\u201d\n\nMori continued, \u201cYes. I have wanted it.\u201d";
        assertThat(render(quoted(text))).containsExactly("Who knows? ← Ken Mori", "We will see! ← Ana Silva",
                "We won. ← Ana Silva", "Will you run for the seat? ← Ana Silva", "Yes. I have wanted it. ← Ken Mori");
    }

    @Test
    void quotation_labelled_with_a_name_and_a_colon_is_that_speaker() {
        String text = "Two candidates answered.\n\n[Ana Silva|PERSON]: \u201cWe will win.\u201d "
                + "[Ken Mori|PERSON]: \u201cWe will not.\u201d";
        assertThat(render(quoted(text))).containsExactly("We will win. ← Ana Silva", "We will not. ← Ken Mori");
    }

    @Test
    void quotation_that_opens_its_line_and_is_signed_after_a_dash_is_the_signer_s() {
        String text = "Readers wrote in.\n\n\u201cThe bridge must stay open.\u201d \u2015 [Carmen Ruiz|PERSON], Tucson\n\n"
                + "\u201cWe waited ten years.\u201d -- [Owen Blake|PERSON].\n\n"
                + "[Tom Reed|PERSON] said: \u201cNot yet.\u201d--[Kim Lowe|PERSON]\n\n"
                + "\u201cFix the roads first.\u201d\n\n- [Lena Fox|PERSON], Leeds\n\n"
                + "\u201cKeep the library.\u201d\n\n- [Kim Lowe|PERSON] won the seat.";
        assertThat(render(quoted(text))).containsExactly("The bridge must stay open. ← Carmen Ruiz",
                "We waited ten years. ← Owen Blake", "Not yet. ← Tom Reed", "Fix the roads first. ← Lena Fox",
                "Keep the library. ← Lena Fox");
    }

    @Test
    void clause_without_a_cue_that_introduces_a_quotation_with_a_colon_gives_it_to_its_subject() {
        String text = "[Ana Silva|PERSON] spoke first.\n\n[Tom Reed|PERSON] delivered a snappy retort: \u201cNot today.\u201d\n\n"
                + "The report came out on Monday. More from the report: \u201cCosts rose.\u201d\n\n"
                + "When [Ken Mori|PERSON] retired, [Ana Silva|PERSON] released the following statement: \u201cWe thank him.\u201d\n\n"
                + "[OHIO|LOCATION] POLLS WERE EARLY - [Jo Park|PERSON]: \u201cThe polls were right.\u201d\n\n"
                + "[Ken Mori|PERSON] said stability mattered most. His message to the council was: \u201cSpend wisely.\u201d\n\n"
                + "And [Tom Reed|PERSON] counted the voters–young and old–who came: \u201cNine hundred.\u201d";
        assertThat(render(quoted(text))).containsExactly("Not today. ← Tom Reed", "Costs rose. ← report (anonymous)",
                "We thank him. ← Ana Silva", "The polls were right. ← Jo Park", "Spend wisely. ← Ken Mori",
                "Nine hundred. ← Tom Reed");
    }

    @Test
    void inverted_cue_reads_past_an_abbreviated_title() {
        assertThat(render(quoted("\"We will win,\" said Democratic Rep. [Dina Cole|PERSON] on Monday.")))
                .containsExactly("We will win, ← Dina Cole");
    }

    @Test
    void person_from_a_body_is_credited_to_the_person() {
        String text = "[Dan Cole|PERSON] from the [Drug Safety Office|ORGANIZATION] told the panel that \"risks are real\".";
        assertThat(render(quoted(text))).containsExactly("risks are real ← Dan Cole");
    }

    @Test
    void unnamed_source_keeps_its_description_and_is_anonymous() {
        String text = "A [UK|LOCATION] Government source last night warned that any deal needs consent.\n\n"
                + "\u201cThere is no easy way out,\u201d they said.";
        assertThat(render(quoted(text))).containsExactly("There is no easy way out, ← UK Government source (anonymous)");
        // The tagger splits "all-party" and its first part is no modifier: the compound still is one.
        Map<String, String> tags = Map.of("An", "DT", "all-party", "DT", "said", "VBD", "it", "PRP", "was", "VBD");
        assertThat(render(quoted("An all-party committee said it was \u201cnot confident\u201d.", tags)))
                .containsExactly("not confident ← all-party committee (anonymous)");
    }

    @Test
    void outlet_told_is_kept_as_via() {
        Article a = quoted("A Government source told [The Daily Planet|ORGANIZATION]: \u201cWe must stay united.\u201d");
        assertThat(render(a)).containsExactly("We must stay united. ← Government source (anonymous)");
        assertThat(a.get(Layer.QUOTES).get(0).via()).contains("The Daily Planet");
        assertThat(a.get(Layer.QUOTES).get(0).cue()).contains("told");
    }

    @Test
    void quotation_split_by_its_cue_keeps_one_speaker() {
        String text = "[Ken Mori|PERSON] spoke after [Ana Silva|PERSON]. \"We tried,\" he said, \"and we failed.\"";
        assertThat(render(quoted(text))).containsExactly("We tried, ← Ken Mori", "and we failed. ← Ken Mori");
    }

    @Test
    void uncued_paragraphs_stay_with_the_last_speaker_until_another_is_introduced() {
        String text = "Mr [Ken Mori|PERSON] said: \u201cFirst.\n\n\u201cSecond.\u201d\n\n\u201cThird on its own.\u201d\n\n"
                + "[Ana Silva|PERSON] disagreed. \u201cNo,\u201d she said.\n\n\u201cNever.\u201d";
        assertThat(render(quoted(text))).containsExactly("First.\n\n\u201cSecond. ← Ken Mori", "Third on its own. ← Ken Mori",
                "No, ← Ana Silva", "Never. ← Ana Silva");
    }

    @Test
    void colon_introduction_in_the_sentence_before_the_quote_counts() {
        String text = "Mr [Ken Mori|PERSON] pledged a vote. He said: \u201cThe people will decide.\u201d";
        assertThat(render(quoted(text))).containsExactly("The people will decide. ← Ken Mori");
    }

    @Test
    void coordinated_cue_shares_the_subject() {
        String text = "[Brian Cole|PERSON], on his first day after [Jane Hutt|PERSON] left, admitted \"big challenges\" "
                + "but insisted the \"essentials\" were in place.";
        assertThat(render(quoted(text))).containsExactly("big challenges ← Brian Cole", "essentials ← Brian Cole");
    }

    @Test
    void second_verb_speaks_for_the_subject_of_the_clause_not_its_object() {
        String text = "[Jo Park|PERSON] greeted [Tom Reed|PERSON] at the rally and told him the plan \u201cwill not wait\u201d.";
        assertThat(render(quoted(text))).containsExactly("will not wait ← Jo Park");
    }

    @Test
    void scare_quotes_and_names_in_quotes_are_dropped() {
        String text = "The so-called \"experts\" met in a hall. He launched the 'Veritas' party.";
        assertThat(render(quoted(text))).isEmpty();
    }

    @Test
    void direct_quote_without_any_speaker_is_kept_unattributed() {
        Article a = quoted("\"Nobody knows who wrote this.\"");
        assertThat(render(a)).containsExactly("Nobody knows who wrote this. ← ?");
        assertThat(a.get(Layer.QUOTES).get(0).kind()).isEqualTo(Quote.Kind.DIRECT);
    }

    @Test
    void speaker_mention_is_the_subject_of_the_cue() {
        String text = "Mr [Ken Mori|PERSON] arrived. \"Hello,\" he said.";
        Article a = quoted(text);
        assertThat(a.get(Layer.QUOTES).get(0).speaker().flatMap(s -> s.mention()).map(s -> s.of(a.text())))
                .contains("he");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '>', quoteCharacter = '`', textBlock = """
            Ms [Ana Silva|PERSON] declared that the plan had failed, which she called “a disaster”.            > a disaster ← Ana Silva at she
            Ms [Ana Silva|PERSON] arrived late. When she was asked about Mr [Tom Reed|PERSON], she angrily said, “Not now.” > Not now. ← Ana Silva at she
            Ms [Ana Silva|PERSON] said Mr [Tom Reed|PERSON] had failed, which he called “a detour”.           > a detour ← Ana Silva at Ms Ana Silva
            Ms [Ana Silva|PERSON] said she would “fight on”.                                                  > fight on ← Ana Silva at Ms Ana Silva
            Ms [Ana Silva|PERSON] praised the plan, saying that she thinks it is “a good start”.               > a good start ← Ana Silva at Ms Ana Silva
            Ms [Ana Silva|PERSON] lost the vote, but she defended the plan, saying, “We tried.”                > We tried. ← Ana Silva at she
            Ms [Ana Silva|PERSON] said she would stay, adding, “We tried.”                                    > We tried. ← Ana Silva at Ms Ana Silva
            Ms [Ana Silva|PERSON] said she responded: “Not today.”                                            > Not today. ← Ana Silva at Ms Ana Silva
            Mr [Tom Reed|PERSON] said he welcomed the vote and added, “We tried.”                             > We tried. ← Tom Reed at Mr Tom Reed
            Mr [Tom Reed|PERSON] met Ms [Ana Silva|PERSON] and said she welcomed the vote and added, “We tried.” > We tried. ← Ana Silva at she
            """)
    void speaker_mention_is_the_subject_of_the_cue_nearest_the_quote(String text, String expected) {
        Article a = quoted(text);
        assertThat(a.get(Layer.QUOTES)).map(q -> q.span().of(a.text()) + " ← " + q.speaker().map(s -> s.name()).orElse("?")
                + " at " + q.speaker().flatMap(s -> s.mention()).map(m -> m.of(a.text())).orElse("?")).containsExactly(expected);
    }

    @Test
    void age_or_role_description_stands_for_the_person_named_before() {
        String text = "Ms [Dana Wills|PERSON] finished second. \"I am delighted,\" the 34-year-old said. "
                + "\"It was hard,\" the singer added.";
        assertThat(render(quoted(text))).containsExactly("I am delighted, ← Dana Wills", "It was hard, ← Dana Wills");
    }

    @Test
    void quoted_title_of_a_show_is_no_quotation() {
        String text = "On \u201cFox Sunday Morning,\u201d [Ken Mori|PERSON] said \u201cnothing has changed\u201d.";
        assertThat(render(quoted(text))).containsExactly("nothing has changed ← Ken Mori");
    }

    @Test
    void the_party_speaks_for_the_party_named_before() {
        String text = "[Ana Silva|PERSON] left the [Green Unity Party|ORGANIZATION]. The party said she had "
                + "\"a duty to resign\".";
        assertThat(render(quoted(text))).containsExactly("a duty to resign ← Green Unity Party");
    }

    @Test
    void capitalized_name_before_a_cue_is_a_person_even_without_ner() {
        assertThat(render(quoted("\u201cWe lost the county,\u201d Blunt said after a pause.")))
                .containsExactly("We lost the county, ← Blunt");
    }

    @Test
    void outlet_of_an_interview_is_kept_as_via() {
        Article a = quoted("In an interview with [Radio North|ORGANIZATION], [Ana Silva|PERSON] said: \"We will win.\"");
        assertThat(render(a)).containsExactly("We will win. ← Ana Silva");
        assertThat(a.get(Layer.QUOTES).get(0).via()).contains("Radio North");
    }
}
