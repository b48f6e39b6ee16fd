package dev.herald.quotes;

import dev.herald.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SpanCoverTest {

    @Test
    void answersAsAScanOfTheSpansDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                spans.add(randomSpan(random));
            }
            SpanCover cover = new SpanCover(spans);
            for (int q = 0; q < 50; q++) {
                Span s = randomSpan(random);
                assertThat(cover.anyContains(s)).as("%s contains %s", spans, s)
                        .isEqualTo(spans.stream().anyMatch(x -> x.contains(s)));
                assertThat(cover.anyOverlaps(s)).as("%s overlaps %s", spans, s)
                        .isEqualTo(spans.stream().anyMatch(x -> x.overlaps(s)));
            }
        }
    }

    @Test
    void anEmptySetNeitherContainsNorOverlaps() {
        SpanCover cover = new SpanCover(List.of());
        assertThat(cover.anyContains(new Span(0, 0))).isFalse();
        assertThat(cover.anyOverlaps(new Span(0, 5))).isFalse();
    }

    private static Span randomSpan(Random random) {
        int start = random.nextInt(30);
        return new Span(start, start + random.nextInt(8));
    }
}
