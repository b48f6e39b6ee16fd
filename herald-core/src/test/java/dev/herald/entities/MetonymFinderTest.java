package dev.herald.entities;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Metonym;
import dev.herald.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.herald.entities.TestArticles.analyzed;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetonymFinderTest {
    private static final MetonymFinder FINDER = new MetonymFinder(Gazetteer.builtIn());

    private static Article found(String markup) {
        return FINDER.apply(analyzed(tagged(markup)));
    }

    /** {@return each metonym as "place text → government name (use)"} */
    private static List<String> render(Article a) {
        Map<String, Entity> byId = a.get(Layer.ENTITIES).stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        return a.get(Layer.METONYMS).stream().map(m -> m.span().of(a.text()) + " → " + byId.get(m.government()).name()
                + " (" + m.use().name().toLowerCase(java.util.Locale.ROOT) + ")").toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            [Moscow|LOC] wants the sanctions lifted before any talks. => Moscow → Russian government (subject)
            [Beijing|LOC] has repeatedly rejected the report. => Beijing → Chinese government (subject)
            [Tehran|LOC] is demanding guarantees. => Tehran → Iranian government (subject)
            [Britain|LOC] said it would not change course. => Britain → UK government (subject)
            [Britain|LOC] is worried about the vote. => Britain → UK government (subject)
            [Ottawa|LOC], however, insisted the deal was fair. => Ottawa → Canadian government (subject)
            The report said [Warsaw|LOC] last week accused the ministry of delays. => Warsaw → Polish government (subject)
            Diplomats said [Washington|LOC] accused [Beijing|LOC] of hacking. => Washington → US government (subject); Beijing → Chinese government (addressee)
            [London|LOC] and [Paris|LOC] have agreed to share the costs. => London → UK government (subject); Paris → French government (subject)
            [Canberra|LOC] and [Wellington|LOC] held two rounds of talks on fishing. => Canberra → Australian government (subject); Wellington → New Zealand government (subject)
            Peace talks are under way between [Kyiv|LOC] and [Moscow|LOC] this week. => Kyiv → Ukrainian government (party); Moscow → Russian government (party)
            The minister praised the growing ties with [Tehran|LOC]. => Tehran → Iranian government (party)
            Officials were negotiating with [Ankara|LOC] until late. => Ankara → Turkish government (party)
            [Beijing|LOC]'s response was swift. => Beijing → Chinese government (possessor)
            Analysts doubted [Moscow|LOC]'s new demands were serious. => Moscow → Russian government (possessor)
            The compromise was backed by [Kyiv|LOC] at the last minute. => Kyiv → Ukrainian government (agent)
            [Beijing|LOC] was accused of dumping steel. => Beijing → Chinese government (addressee)
            On Monday [Moscow|LOC] said it would respond. => Moscow → Russian government (subject)
            [Washington|LOC] expelled two diplomats. => Washington → US government (subject)
            The [United States|LOC] urged both sides to talk. => United States → US government (subject)
            [Norway|LOC] and the [Netherlands|LOC] have announced a joint fund. => Norway → Norwegian government (subject); Netherlands → Dutch government (subject)
            """)
    void place_used_for_its_government_links_to_it(String markup, String expected) {
        assertThat(render(found(markup))).containsExactly(expected.split("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Thousands marched in [Moscow|LOC] on Sunday.
            The delegation flew to [Beijing|LOC] on Monday.
            [Moscow|LOC]'s streets were empty after the storm.
            Flights from [London|LOC] were cancelled by the airline.
            Officials in [Moscow|LOC] said the metro would reopen.
            [Moscow|LOC] residents said the heating had failed.
            The train between [Paris|LOC] and [Brussels|LOC] takes under two hours.
            The border between [France|LOC] and [Spain|LOC] reopened.
            [Paris|LOC] is a city of bridges.
            [Lyon|LOC] said it would bid for the games.
            Nobody knows how [Britain|LOC] could be defended against such attacks.
            The club [Athletics|ORG] [Ireland|LOC] have hinted at a change.
            Ministers came to stress [US|LOC] support for the plan.
            He told [US|LOC] investors the plant would close.
            The plan was pushed by [UK|LOC] Chancellor Ann Bray.
            She had a spat with [Britain|LOC]'s best sprinter.
            [France|LOC] claimed victory in the relay.
            The band played [Vienna|LOC] and then went home.
            """)
    void place_used_as_a_place_stays_literal(String markup) {
        assertThat(render(found(markup))).isEmpty();
    }

    @Test
    void government_entity_of_the_article_is_used_when_there_is_one() {
        Article a = found("The [Kremlin|ORG] denied the claim. Later [Moscow|LOC] said it would respond.");
        assertThat(render(a)).containsExactly("Moscow → Kremlin (subject)");
        assertThat(a.get(Layer.ENTITIES)).extracting(Entity::name).doesNotContain("Russian government");
    }

    @Test
    void a_named_government_comes_before_the_seat_of_the_executive() {
        Article a = found("[Downing Street|ORG] was silent. The [UK|LOC] government said it would wait, and "
                + "[London|LOC] rejected the plan.");
        assertThat(render(a)).containsExactly("London → UK government (subject)");
        assertThat(a.get(Layer.METONYMS).get(0).government())
                .isEqualTo(a.get(Layer.ENTITIES).stream().filter(e -> e.name().equals("UK government"))
                        .findFirst().orElseThrow().id());
    }

    @Test
    void added_government_has_no_mentions_and_the_place_keeps_its_location_mention() {
        Article a = found("[Moscow|LOC] wants a deal. Snow fell in [Moscow|LOC].");
        Entity government = a.get(Layer.ENTITIES).get(a.get(Layer.ENTITIES).size() - 1);
        assertThat(TestArticles.render(government)).isEqualTo("Russian government ORGANIZATION GOVERNMENT RUS: ");
        assertThat(TestArticles.entity(a, "Moscow")).isEqualTo("Moscow LOCATION CITY RUS: Moscow, Moscow");
        assertThat(a.get(Layer.ENTITIES).stream().flatMap(e -> e.mentions().stream())
                .filter(m -> m.text().equals("Moscow")).map(Mention::type)).containsOnly(EntityType.LOCATION);
        Metonym m = a.get(Layer.METONYMS).get(0);
        assertThat(m.place()).isEqualTo(a.get(Layer.ENTITIES).stream().filter(e -> e.name().equals("Moscow"))
                .findFirst().orElseThrow().id());
        assertThat(m.government()).isEqualTo(government.id());
    }

    @Test
    void several_places_of_one_country_share_one_government() {
        Article a = found("[Russia|LOC] said no. [Moscow|LOC] wants more.");
        assertThat(render(a)).containsExactly("Russia → Russian government (subject)", "Moscow → Russian government (subject)");
        assertThat(a.get(Layer.ENTITIES)).filteredOn(e -> e.name().equals("Russian government")).hasSize(1);
    }

    @Test
    void a_city_that_is_no_capital_stands_for_nothing() {
        assertThat(render(found("[Manchester|LOC] wants the funding restored."))).isEmpty();
    }

    @Test
    void stage_needs_entities_before_it() {
        assertThatThrownBy(() -> Pipeline.of(FINDER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage 'metonyms' requires layer");
        assertThat(FINDER.provides()).contains(Layer.METONYMS, Layer.ENTITIES);
    }
}
