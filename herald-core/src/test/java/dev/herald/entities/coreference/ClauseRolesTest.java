package dev.herald.entities.coreference;

import dev.herald.entities.PronounArticles;
import dev.herald.model.Dependency;
import dev.herald.model.Layer;
import dev.herald.model.Token;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseRolesTest {
    private static final List<Token> TOKENS =
            PronounArticles.tagged("Talks with Acme ended. Reyes praised Vidal , a lawyer , said Ortiz.").get(Layer.TOKENS);

    private static ClauseRoles roles(List<Dependency> dependencies) {
        int[] none = new int[TOKENS.size()];
        Arrays.fill(none, -1);
        return new ClauseRoles(TOKENS, dependencies, none);
    }

    @Test
    void positions_make_a_noun_before_a_finite_verb_the_subject_and_one_after_a_verb_the_object() {
        ClauseRoles r = roles(List.of());
        assertThat(r.of(0, 1)).isEqualTo(ClauseRoles.Role.SUBJECT);   // Talks ended
        assertThat(r.of(2, 3)).isEqualTo(ClauseRoles.Role.OTHER);     // with Acme
        assertThat(r.of(5, 6)).isEqualTo(ClauseRoles.Role.SUBJECT);   // Reyes praised
        assertThat(r.of(7, 8)).isEqualTo(ClauseRoles.Role.SUBJECT);   // Vidal, a lawyer, said
        assertThat(r.of(13, 14)).isEqualTo(ClauseRoles.Role.OBJECT);  // said Ortiz
    }

    @Test
    void dependencies_decide_where_the_sentence_is_parsed() {
        ClauseRoles r = roles(List.of(new Dependency(3, 2, "nsubj"), new Dependency(-1, 3, "root"),
                new Dependency(3, 0, "obl"), new Dependency(0, 1, "case")));
        assertThat(r.of(2, 3)).isEqualTo(ClauseRoles.Role.SUBJECT);
        assertThat(r.of(0, 1)).isEqualTo(ClauseRoles.Role.OTHER);
        assertThat(r.subjects(0, 5)).containsExactly(2);
        assertThat(r.of(5, 6)).as("an unparsed sentence falls back to positions").isEqualTo(ClauseRoles.Role.SUBJECT);
    }
}
