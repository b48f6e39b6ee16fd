package dev.herald.quotes;

import dev.herald.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ActorSpansTest {

    @Test
    void answersAsAScanOfTheActorsDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Actor> actors = new ArrayList<>();
            for (int i = random.nextInt(7); i > 0; i--) {
                Span s = randomSpan(random);
                actors.add(new Actor(s, Actor.Kind.PERSON, "a" + i, s, Lexicon.Gender.UNKNOWN));
            }
            if (round % 3 != 0) {
                actors.sort(Comparator.comparing(Actor::span));
            }
            ActorSpans index = new ActorSpans(actors);
            for (int q = 0; q < 40; q++) {
                Span w = randomSpan(random);
                int from = random.nextInt(30);
                int to = from + random.nextInt(10);
                assertThat(index.within(from, to)).isEqualTo(actors.stream()
                        .filter(a -> a.span().start() >= from && a.span().end() <= to).toList());
                assertThat(index.firstContainingOrStartingIn(w, from, to)).isEqualTo(actors.stream()
                        .filter(a -> a.span().contains(w) || a.span().start() >= from && a.span().start() <= to).findFirst());
                assertThat(index.firstContainingOrEndingWith(w)).isEqualTo(actors.stream()
                        .filter(a -> a.span().contains(w) || a.span().end() == w.end()).findFirst());
            }
        }
    }

    private static Span randomSpan(Random random) {
        int start = random.nextInt(30);
        return new Span(start, start + random.nextInt(8));
    }
}
