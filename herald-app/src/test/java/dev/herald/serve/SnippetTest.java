package dev.herald.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

    @Test
    void matches_are_told_apart_and_entities_decoded() {
        Snippet s = Snippet.of("a <b>port</b> &amp; &lt;script&gt; &quot;x&quot; &#x27;y&#39; &#x1F6A2; &#xFFFFFF;");
        assertThat(s.pieces()).containsExactly(new Snippet.Piece("a ", false), new Snippet.Piece("port", true),
                new Snippet.Piece(" & <script> \"x\" 'y' \uD83D\uDEA2 &#xFFFFFF;", false));
    }
}
