package dev.herald.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventPatternsTest {

    @Test
    void shipped_pattern_file_reads_and_covers_every_plover_type() {
        EventPatterns patterns = EventPatterns.defaults();
        assertThat(patterns.size()).isGreaterThan(200);
        assertThat(patterns.types()).containsExactlyInAnyOrder(dev.herald.model.EventType.values());
    }

    @Test
    void unknown_type_is_reported_with_its_line() {
        assertThatThrownBy(() -> EventPatterns.parse(List.of("# comment", "invade V WAGE_WAR - 190"), "p.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p.txt:2")
                .hasMessageContaining("WAGE_WAR");
    }

    @Test
    void unknown_slot_and_condition_are_reported() {
        assertThatThrownBy(() -> EventPatterns.parse(List.of("invade V FIGHT - 190 src=agent"), "p.txt"))
                .hasMessageContaining("unknown slot 'agent'");
        assertThatThrownBy(() -> EventPatterns.parse(List.of("invade V FIGHT - 190 if=tense:past"), "p.txt"))
                .hasMessageContaining("unknown condition");
    }

    @Test
    void first_line_whose_conditions_hold_applies() {
        EventPatterns patterns = EventPatterns.parse(List.of(
                "strike N FIGHT aerial 195 if=mod:air",
                "strike N PROTEST boycott 143"), "p.txt");
        ParseTree air = tree("air strike", "NN NN", "2 compound|0 root", "air strike");
        ParseTree plain = tree("strike", "NN", "0 root", "strike");
        assertThat(patterns.match(air, 1).map(EventPattern::type)).hasValue(dev.herald.model.EventType.FIGHT);
        assertThat(patterns.match(plain, 0).map(EventPattern::type)).hasValue(dev.herald.model.EventType.PROTEST);
    }

    @Test
    void preposition_condition_can_name_the_phrase_head() {
        EventPatterns patterns = EventPatterns.parse(List.of(
                "attack N DISAPPROVE - 111 if=@on:plan|policy",
                "attack N FIGHT - 190"), "p.txt");
        ParseTree onPlan = tree("attack on plan", "NN IN NN", "0 root|3 case|1 nmod", "attack on plan");
        ParseTree onTown = tree("attack on town", "NN IN NN", "0 root|3 case|1 nmod", "attack on town");
        assertThat(patterns.match(onPlan, 0).map(EventPattern::type)).hasValue(dev.herald.model.EventType.DISAPPROVE);
        assertThat(patterns.match(onTown, 0).map(EventPattern::type)).hasValue(dev.herald.model.EventType.FIGHT);
    }

    private static ParseTree tree(String words, String tags, String heads, String lemmas) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        String[] h = heads.split("\\|");
        String[] l = lemmas.split(" ");
        StringBuilder conll = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            conll.append(i + 1).append(' ').append(w[i]).append(' ').append(l[i]).append(' ').append(t[i]).append(' ')
                    .append(h[i]).append('\n');
        }
        var article = ParsedArticle.of(conll.toString()).build();
        return new ParseTree(article.get(dev.herald.model.Layer.TOKENS), article.get(dev.herald.model.Layer.DEPENDENCIES));
    }
}
