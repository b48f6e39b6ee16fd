package dev.herald.entities;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.ingest.IngestConfig;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.nlp.NlpProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores pronoun links against the hand-annotated articles in {@code pronoun-gold/} (see its
 * README): a link is right when the pronoun becomes a mention of an entity the gold antecedent names.
 * Precision is over the links Herald made, recall over the gold pronouns that have an antecedent.
 * The profile is {@code FAST} unless the system property {@code herald.pronouns.profile} says
 * {@code FULL}; set {@code herald.pronouns.verbose=true} to print every pronoun.
 */
@Tag("models")
class PronounGoldTest {
    static final List<String> FILES = List.of("01-minister", "02-company", "03-summit", "04-royal", "05-court",
            "06-weather", "07-sanctions", "08-election", "09-bank", "10-strike", "11-tech", "12-visit");
    private static final Pattern MARK = Pattern.compile("\\{([^|}]+)\\|([^}]+)}");
    static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she|him|her|his|hers|himself|herself|it|its|itself"
            + "|they|them|their|theirs|themselves)\\b");

    @TempDir
    Path dir;

    record Gold(String pronoun, String antecedent) {
        boolean hasAntecedent() {
            return !antecedent.equals("-");
        }
    }

    @Test
    void pronoun_links_keep_their_measured_precision_and_recall() throws IOException {
        NlpProfile profile = NlpProfile.valueOf(System.getProperty("herald.pronouns.profile", "FAST"));
        boolean verbose = Boolean.getBoolean("herald.pronouns.verbose");
        Analyzer analyzer = new Analyzer(new AnalyzerConfig(profile, IngestConfig.defaults(), false));
        int right = 0;
        int made = 0;
        int wanted = 0;
        for (String name : FILES) {
            String markup = resource(name);
            List<Gold> gold = new ArrayList<>();
            String text = strip(markup, gold);
            Path file = dir.resolve(name + ".txt");
            Files.writeString(file, text);
            Analysis a = analyzer.analyze(file, InputFormat.TEXT, Hints.none());
            assertThat(a).isInstanceOf(Analysis.Analyzed.class);
            Article article = ((Analysis.Analyzed) a).article();
            List<int[]> spans = pronouns(article.text());
            assertThat(spans).as("pronouns of %s after cleaning", name).hasSize(gold.size());
            for (int i = 0; i < gold.size(); i++) {
                Gold g = gold.get(i);
                Optional<Entity> linked = linkedAt(article, spans.get(i)[0]);
                boolean ok = linked.isPresent() && g.hasAntecedent() && names(linked.get(), g.antecedent());
                made += linked.isPresent() ? 1 : 0;
                wanted += g.hasAntecedent() ? 1 : 0;
                right += ok ? 1 : 0;
                if (verbose && (linked.isPresent() || g.hasAntecedent())) {
                    System.out.printf("%s %-5s %-9s gold=%-28s got=%s%n", ok ? "  " : "XX", name.substring(0, 2),
                            g.pronoun(), g.antecedent(), linked.map(Entity::name).orElse("-"));
                }
            }
        }
        double p = made == 0 ? 0 : (double) right / made;
        double r = wanted == 0 ? 0 : (double) right / wanted;
        System.out.printf("pronoun links (%s): precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                profile, p, right, made, r, right, wanted);
        assertThat(p).as("precision (measured 1.000 on both profiles)").isGreaterThanOrEqualTo(0.95);
        assertThat(r).as("recall (measured 0.960 on both profiles)").isGreaterThanOrEqualTo(0.90);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PronounGoldTest.class.getResourceAsStream("/pronoun-gold/" + name + ".txt")) {
            assertThat(in).as("gold file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@return the text without marks}, adding each mark to {@code gold} in text order */
    static String strip(String markup, List<Gold> gold) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARK.matcher(markup);
        int last = 0;
        while (m.find()) {
            out.append(markup, last, m.start()).append(m.group(1));
            gold.add(new Gold(m.group(1), m.group(2)));
            last = m.end();
        }
        return out.append(markup.substring(last)).toString();
    }

    static List<int[]> pronouns(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static Optional<Entity> linkedAt(Article a, int start) {
        return a.get(Layer.ENTITIES).stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> m.kind() == Mention.Kind.PRONOUN && m.span().start() == start)).findFirst();
    }

    private static boolean names(Entity e, String antecedent) {
        String want = antecedent.toLowerCase(Locale.ROOT);
        if (e.name().toLowerCase(Locale.ROOT).contains(want) || want.contains(e.name().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return e.mentions().stream().filter(m -> m.kind() != Mention.Kind.PRONOUN)
                .anyMatch(m -> m.text().equalsIgnoreCase(antecedent));
    }
}
