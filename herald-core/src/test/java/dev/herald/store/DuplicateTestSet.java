package dev.herald.store;

import dev.herald.clean.Cleaned;
import dev.herald.clean.TextCleaner;
import dev.herald.model.ArticleId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The near-duplicate test set, built at run time from the BBC News corpus (read from the shared
 * data, never copied): the corpus's articles as the originals (byte-identical files collapse to
 * one id), edited copies of a seeded sample of them as positives, and pairs of related but
 * different stories (same category, most shared capitalized names, under a fifth of their
 * sentences in common) as negatives. Every input is
 * cleaned by Herald's {@link TextCleaner}, as ingest does, so boilerplate added to a copy is
 * compared as ingest would see it.
 */
final class DuplicateTestSet {
    /** How a copy was edited. */
    enum Edit { HEADLINE, BOILERPLATE, EDITED_SENTENCES, ADDED_SENTENCES, REMOVED_SENTENCES, ALL_OF_THEM }

    /** A cleaned article. */
    record Doc(String id, String category, String file, String title, String text) {
    }

    /** An edited copy of {@code original}. */
    record Copy(Doc doc, Doc original, Edit edit) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"])\\s+(?=[A-Z\"])");
    private static final Pattern NAME = Pattern.compile("(?<![.!?]\\s)\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*");
    private static final List<String> BOILERPLATE = List.of("Advertisement", "Share this story: Facebook Twitter Email",
            "Related Internet links", "E-mail this to a friend", "Printable version", "Most popular stories now",
            "Copyright 2005 News Group. All rights reserved.", "Click here to subscribe to our newsletter");

    final List<Doc> originals = new ArrayList<>();
    final int files;
    final int identicalGroups;
    final List<Copy> copies = new ArrayList<>();
    final List<Doc[]> negatives = new ArrayList<>();

    private final TextCleaner cleaner = new TextCleaner();

    /**
     * @param corpus the bbc-news directory, or one of its category folders (of .txt files)
     * @param copies edited copies to make
     * @param negatives related pairs to take
     */
    DuplicateTestSet(Path corpus, int copies, int negatives, long seed) {
        Map<String, Doc> byId = new LinkedHashMap<>();
        Map<String, Integer> sameBytes = new HashMap<>();
        int n = 0;
        for (Path file : files(corpus)) {
            String raw = read(file);
            n++;
            sameBytes.merge(raw, 1, Integer::sum);
            clean(raw, file.getParent().getFileName().toString(), file.toString()).ifPresent(d -> byId.putIfAbsent(d.id(), d));
        }
        this.files = n;
        this.identicalGroups = (int) sameBytes.values().stream().filter(c -> c > 1).count();
        originals.addAll(byId.values());
        Random random = new Random(seed);
        makeCopies(copies, random);
        takeNegatives(negatives);
    }

    private java.util.Optional<Doc> clean(String raw, String category, String file) {
        if (cleaner.clean(raw) instanceof Cleaned.Text t) {
            String title = t.metadata().title().orElse("");
            return java.util.Optional.of(new Doc(ArticleId.of(title, t.body()), category, file, title, t.body()));
        }
        return java.util.Optional.empty();
    }

    private void makeCopies(int count, Random random) {
        Edit[] edits = Edit.values();
        for (int i = 0; i < count; i++) {
            Doc original = originals.get(random.nextInt(originals.size()));
            Edit edit = edits[i % edits.length];
            Doc donor = originals.get(random.nextInt(originals.size()));
            String raw = edited(original, edit, donor, random);
            clean(raw, original.category(), original.file() + "#copy-" + i)
                    .ifPresent(d -> copies.add(new Copy(d, original, edit)));
        }
    }

    /** {@return the raw input of a copy of {@code d}: headline line, blank line, paragraphs} */
    static String edited(Doc d, Edit edit, Doc donor, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(d.text().split("\n\n")));
        String title = d.title();
        boolean all = edit == Edit.ALL_OF_THEM;
        if (edit == Edit.HEADLINE || all) {
            title = "UPDATED: " + donor.title();
        }
        if (edit == Edit.EDITED_SENTENCES || all) {
            for (int k = 0; k < (all ? 1 : 3); k++) {
                int p = random.nextInt(paragraphs.size());
                paragraphs.set(p, paragraphs.get(p).replaceFirst("\\b(said|says|the|a|is|was)\\b", "reportedly $1")
                        .replaceAll("\\b(\\d+)\\b", "$1 (updated)"));
            }
        }
        if (edit == Edit.ADDED_SENTENCES || all) {
            String[] extra = SENTENCE_END.split(donor.text().split("\n\n")[0]);
            paragraphs.add(random.nextInt(paragraphs.size() + 1), extra[0]);
            paragraphs.add("This story has been updated. " + extra[extra.length - 1]);
        }
        if (edit == Edit.REMOVED_SENTENCES || all) {
            for (int k = 0; k < (all ? 1 : 2); k++) {
                removeSentence(paragraphs, random);
            }
        }
        StringBuilder raw = new StringBuilder(title).append("\n\n");
        if (edit == Edit.BOILERPLATE || all) {
            raw.append(BOILERPLATE.get(random.nextInt(BOILERPLATE.size()))).append("\n\n");
        }
        raw.append(String.join("\n\n", paragraphs));
        if (edit == Edit.BOILERPLATE || all) {
            raw.append("\n\n").append(BOILERPLATE.get(random.nextInt(BOILERPLATE.size())))
                    .append("\n\n").append(BOILERPLATE.get(random.nextInt(BOILERPLATE.size())));
        }
        return raw.append("\n").toString();
    }

    /** Removes one sentence of a paragraph after the first (the paragraph too, when it was its only one). */
    private static void removeSentence(List<String> paragraphs, Random random) {
        if (paragraphs.size() < 2) {
            return;
        }
        int p = 1 + random.nextInt(paragraphs.size() - 1);
        List<String> sentences = new ArrayList<>(Arrays.asList(SENTENCE_END.split(paragraphs.get(p))));
        sentences.remove(random.nextInt(sentences.size()));
        if (sentences.isEmpty()) {
            paragraphs.remove(p);
        } else {
            paragraphs.set(p, String.join(" ", sentences));
        }
    }

    /**
     * {@return the share of the sentences of the shorter text found word for word in the other}: a
     * measure independent of shingles, telling a story re-posted (most sentences shared) from a
     * related one (few or none)
     */
    static double sharedSentences(String a, String b) {
        Set<String> sa = sentences(a);
        Set<String> sb = sentences(b);
        Set<String> small = sa.size() <= sb.size() ? sa : sb;
        Set<String> large = small == sa ? sb : sa;
        if (small.isEmpty()) {
            return 0;
        }
        return (double) small.stream().filter(large::contains).count() / small.size();
    }

    private static Set<String> sentences(String text) {
        Set<String> out = new HashSet<>();
        for (String paragraph : text.split("\n\n")) {
            for (String sentence : SENTENCE_END.split(paragraph)) {
                if (sentence.strip().length() > 20) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    /** Related stories: for each article, the other article of its category sharing the most names. */
    private void takeNegatives(int count) {
        Map<Doc, Set<String>> names = new HashMap<>();
        originals.forEach(d -> names.put(d, names(d.text())));
        List<Object[]> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Doc a : originals) {
            Doc best = null;
            int bestShared = 0;
            for (Doc b : originals) {
                if (a != b && a.category().equals(b.category())) {
                    Set<String> other = names.get(b);
                    int shared = (int) names.get(a).stream().filter(other::contains).count();
                    if (shared > bestShared) {
                        best = b;
                        bestShared = shared;
                    }
                }
            }
            String key = best == null ? null : a.id().compareTo(best.id()) < 0 ? a.id() + best.id() : best.id() + a.id();
            // A pair sharing most sentences is one story posted twice (the corpus has such pairs): no negative.
            if (best != null && bestShared >= 3 && sharedSentences(a.text(), best.text()) < 0.2 && seen.add(key)) {
                scored.add(new Object[] {a, best, bestShared});
            }
        }
        scored.sort((x, y) -> Integer.compare((int) y[2], (int) x[2]));
        scored.stream().limit(count).forEach(s -> negatives.add(new Doc[] {(Doc) s[0], (Doc) s[1]}));
    }

    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (m.group().length() > 3) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static List<Path> files(Path corpus) {
        try (Stream<Path> walk = Files.walk(corpus)) {
            // The corpus's README.TXT sits beside the category folders: it is no article.
            return walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus, e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
