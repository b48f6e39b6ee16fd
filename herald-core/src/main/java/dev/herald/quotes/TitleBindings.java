package dev.herald.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The titles an article gives its people, read from the text: "Chancellor Gordon Brown", "PCS deputy
 * general secretary Hugh Lanning", "Gordon Brown, the chancellor,". Lets "the chancellor" be resolved
 * to the person. Built per article; not shared across threads.
 */
final class TitleBindings {
    private final Map<String, Actor> holders = new HashMap<>();

    TitleBindings(Words words, List<Actor> actors, Lexicon lexicon) {
        for (Actor a : actors) {
            if (a.kind() == Actor.Kind.PERSON) {
                bind(words, a, lexicon);
            }
        }
    }

    /** {@return the person given {@code title}, or else a title ending with the same word ("secretary")} */
    Optional<Actor> holderOf(String title) {
        Actor bound = holders.get(title);
        if (bound == null) {
            String last = title.substring(title.lastIndexOf(' ') + 1);
            bound = holders.entrySet().stream().filter(e -> e.getKey().endsWith(last))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return Optional.ofNullable(bound);
    }

    /** Records "Chancellor Gordon Brown", "PCS deputy general secretary Hugh Lanning", "Brown, the chancellor". */
    private void bind(Words words, Actor person, Lexicon lexicon) {
        int at = words.firstAtOrAfter(person.target().start());
        for (int len = 3; len >= 1; len--) {
            if (at - len < 0) {
                continue;
            }
            List<String> t = new ArrayList<>();
            for (int k = at - len; k < at; k++) {
                t.add(words.get(k).lower());
            }
            String title = String.join(" ", t);
            if (lexicon.isTitle(title)) {
                holders.put(title, person);
                return;
            }
        }
        int after = words.within(person.span())[1];
        if (after + 2 < words.size() && words.get(after).text().equals(",") && words.get(after + 1).lower().equals("the")) {
            for (int len = 3; len >= 1; len--) {
                if (after + 2 + len > words.size()) {
                    continue;
                }
                List<String> t = new ArrayList<>();
                for (int k = after + 2; k < after + 2 + len; k++) {
                    t.add(words.get(k).lower());
                }
                if (lexicon.isTitle(String.join(" ", t))) {
                    holders.putIfAbsent(String.join(" ", t), person);
                    return;
                }
            }
        }
    }
}
