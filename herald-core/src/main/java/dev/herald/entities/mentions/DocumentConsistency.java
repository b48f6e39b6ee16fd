package dev.herald.entities.mentions;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.gazetteer.TokenTrie;
import dev.herald.model.EntityType;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one type throughout an article: a name tagged PERSON once is a PERSON everywhere (a
 * place and a body may share a name, "Surrey" the county and the cricket club, so votes between
 * them change nothing); the first word of a company's full name stands for it alone; the
 * surname of a person named in full is that person when it stands alone; a name tagged somewhere is
 * tagged where NER missed it; and on all-capitals lines (headlines, tables) names NER missed are
 * recognised without case from the rest of the article. Types are decided by a vote of the
 * mixed-case lines, weighted by {@link TokenRange.Origin}; all-capitals lines keep NER's types. A working step of {@link NerCorrector}, not thread-confined state: one instance
 * serves one article.
 */
public final class DocumentConsistency {
    private static final java.util.Set<String> CORPORATE = java.util.Set.of("Inc", "Corp", "Co", "Ltd", "Plc", "PLC",
            "plc", "AG", "SA", "NV", "Group", "Holdings", "Bancorp", "Bancshares", "Airlines", "International");
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final boolean[] capsToken;
    private final java.util.Set<String> shortNames = new java.util.HashSet<>();

    public DocumentConsistency(List<Token> tokens, List<Sentence> sentences) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.capsToken = new boolean[tokens.size()];
        for (Sentence s : sentences) {
            boolean caps = Names.allCapsLine(NerCorrector.words(tokens, s));
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String w = tokens.get(i).word();
                capsToken[i] = caps || (Names.allCaps(w) && w.length() > 1);
            }
        }
    }

    public List<TokenRange> apply(List<TokenRange> input) {
        List<TokenRange> ranges = new ArrayList<>(input);
        Map<String, EntityType> decided = vote(ranges);
        addSurnames(ranges, decided);
        addBodyShortNames(ranges, decided);
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            EntityType t = decided.get(key(r.from(), r.to()));
            boolean person = t == EntityType.PERSON || r.type() == EntityType.PERSON;
            boolean body = t == EntityType.ORGANIZATION && shortNames.contains(key(r.from(), r.to()));
            if (t != null && t != r.type() && (person || body) && !r.sure() && !capsToken[r.from()]) {
                ranges.set(i, r.as(t, r.origin()));
            }
        }
        fillGaps(ranges, decided);
        return ranges;
    }

    private Map<String, EntityType> vote(List<TokenRange> ranges) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (TokenRange r : ranges) {
            if (!capsToken[r.from()]) {
                votes.computeIfAbsent(key(r.from(), r.to()), k -> new EnumMap<>(EntityType.class))
                        .merge(r.type(), r.origin().weight, Integer::sum);
            }
        }
        Map<String, EntityType> decided = new HashMap<>();
        votes.forEach((k, v) -> decided.put(k, v.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return decided;
    }

    private void addSurnames(List<TokenRange> ranges, Map<String, EntityType> decided) {
        for (TokenRange r : ranges) {
            if (r.type() != EntityType.PERSON || r.to() - r.from() < 2 || capsToken[r.from()]) {
                continue;
            }
            int from = r.to() - 1;
            while (from - 2 > r.from() && NerCorrector.hyphenJoins(tokens, from - 1)) {
                from -= 2;
            }
            while (from - 1 > r.from() && Names.PARTICLES.contains(tokens.get(from - 1).word())) {
                from--;
            }
            String last = tokens.get(from).word();
            if (Names.capitalized(last) && !Names.HONORIFICS.contains(last) && last.length() > 2) {
                decided.put(key(from, r.to()), EntityType.PERSON);
            }
        }
    }

    /** The first word of a company's full name ("Magna International Inc") stands for it alone. */
    private void addBodyShortNames(List<TokenRange> ranges, Map<String, EntityType> decided) {
        for (TokenRange r : ranges) {
            if (r.type() != EntityType.ORGANIZATION || r.to() - r.from() < 2 || capsToken[r.from()]) {
                continue;
            }
            String last = tokens.get(r.to() - 1).word().replace(".", "");
            String first = tokens.get(r.from()).word();
            if (CORPORATE.contains(last) && Names.capitalized(first) && first.length() > 2) {
                decided.put(key(r.from(), r.from() + 1), EntityType.ORGANIZATION);
                shortNames.add(key(r.from(), r.from() + 1));
            }
        }
    }

    private void fillGaps(List<TokenRange> ranges, Map<String, EntityType> decided) {
        TokenTrie<EntityType> known = new TokenTrie<>();
        decided.forEach((k, t) -> known.add(List.of(k.split(" ")), t));
        boolean[] covered = new boolean[tokens.size()];
        ranges.forEach(r -> java.util.Arrays.fill(covered, r.from(), r.to(), true));
        for (Sentence s : sentences) {
            List<String> words = NerCorrector.words(tokens, s);
            for (int i = 0; i < words.size(); i++) {
                int at = s.firstToken() + i;
                if (covered[at]) {
                    continue;
                }
                for (TokenTrie.Hit<EntityType> hit : known.prefixesAt(words, i)) {
                    if (fits(words, i, hit.length(), s) && free(covered, at, at + hit.length())) {
                        ranges.add(new TokenRange(at, at + hit.length(), hit.values().get(0), TokenRange.Origin.NER));
                        java.util.Arrays.fill(covered, at, at + hit.length(), true);
                        i += hit.length() - 1;
                        break;
                    }
                }
            }
        }
    }

    private boolean fits(List<String> words, int i, int length, Sentence s) {
        String written = String.join(" ", words.subList(i, i + length));
        if (capsToken[s.firstToken()]) {
            return Names.allCaps(written);
        }
        String last = words.get(i + length - 1);
        if (!Names.capitalized(written) || !Names.capitalized(last) || written.length() < 2) {
            return false;
        }
        return i > 0 || length > 1;
    }

    private static boolean free(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private String key(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(TokenTrie.fold(tokens.get(i).word()));
        }
        return b.toString();
    }
}
