package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Precision and recall of near-duplicate detection on the {@link DuplicateTestSet}, through a real
 * store: the originals are added in corpus order, then the edited copies in a shuffled order, and
 * each copy's {@code duplicate_of} is checked against its original. Run by {@code eval/duplicates.sh}.
 *
 * <ul>
 *   <li>true positive: a copy stored with {@code duplicate_of} = its original (a copy whose id equals
 *       its original's, because cleaning undid the edit, is caught by id and counted apart);</li>
 *   <li>false negative: a copy stored as new; a copy pointing at another article is both a false
 *       positive and a false negative;</li>
 *   <li>false positive: also an original of the corpus stored as a duplicate of another with which
 *       it shares under half its sentences word for word (the corpus has stories posted twice under
 *       two headlines: those that share more are counted apart, as reposts found), and the related
 *       pairs (negatives) where one is marked a duplicate of the other.</li>
 * </ul>
 */
public final class DuplicateEval {
    /** Two articles of the corpus sharing this share of sentences word for word are one story posted twice. */
    static final double REPOSTED = 0.5;

    /** What one run found. */
    record Score(double threshold, int truePositives, int falsePositives, int falseNegatives, int caughtById,
                 int corpusReposts, int negativePairsMarked, Map<DuplicateTestSet.Edit, int[]> byEdit, List<String> falsePositiveLines) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private DuplicateEval() {
    }

    /** Usage: {@code DuplicateEval BBC_DIR [COPIES] [NEGATIVES] [SEED]}. */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/news/bbc-news");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int negatives = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 11;
        DuplicateTestSet set = new DuplicateTestSet(corpus, copies, negatives, seed);
        System.out.printf(Locale.ROOT, "%d files, %d byte-identical groups, %d distinct originals, %d edited copies, %d related pairs (seed %d)%n",
                set.files, set.identicalGroups, set.originals.size(), set.copies.size(), set.negatives.size(), seed);
        printSimilarities(set);
        System.out.println("threshold  precision  recall  F1     TP   FP   FN  by-id  corpus-reposts  negative-pairs-marked");
        Score chosen = null;
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            Score s = run(set, DuplicateConfig.defaults().withThreshold(t), seed);
            double f1 = 2 * s.precision() * s.recall() / (s.precision() + s.recall());
            System.out.printf(Locale.ROOT, "%.1f        %.4f     %.4f  %.4f %4d %4d %4d  %5d  %14d  %d%n", t, s.precision(),
                    s.recall(), f1, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.caughtById(),
                    s.corpusReposts(), s.negativePairsMarked());
            if (t == DuplicateConfig.defaults().threshold()) {
                chosen = s;
            }
        }
        System.out.printf(Locale.ROOT, "%nat the default threshold %.1f, recall by edit:%n", chosen.threshold());
        chosen.byEdit().forEach((edit, c) -> System.out.printf(Locale.ROOT, "  %-18s %d/%d%n", edit, c[0], c[1]));
        System.out.println("false positives:");
        chosen.falsePositiveLines().forEach(l -> System.out.println("  " + l));
    }

    /** The estimated Jaccard similarity of each copy to its original, and of each related pair. */
    private static void printSimilarities(DuplicateTestSet set) {
        MinHash minHash = new MinHash(DuplicateConfig.defaults());
        List<Double> positive = new ArrayList<>();
        for (DuplicateTestSet.Copy c : set.copies) {
            similarity(minHash, c.doc().text(), c.original().text()).ifPresent(positive::add);
        }
        List<Double> negative = new ArrayList<>();
        for (DuplicateTestSet.Doc[] pair : set.negatives) {
            similarity(minHash, pair[0].text(), pair[1].text()).ifPresent(negative::add);
        }
        Collections.sort(positive);
        Collections.sort(negative);
        System.out.printf(Locale.ROOT, "similarity of copies to originals: min %.3f, 5th percentile %.3f, median %.3f%n",
                positive.get(0), positive.get(positive.size() / 20), positive.get(positive.size() / 2));
        System.out.printf(Locale.ROOT, "similarity of related pairs: median %.3f, 99th percentile %.3f, max %.3f%n",
                negative.get(negative.size() / 2), negative.get(negative.size() * 99 / 100), negative.get(negative.size() - 1));
    }

    private static java.util.Optional<Double> similarity(MinHash minHash, String a, String b) {
        var sa = minHash.signature(a);
        var sb = minHash.signature(b);
        return sa.isPresent() && sb.isPresent() ? java.util.Optional.of(MinHash.similarity(sa.get(), sb.get())) : java.util.Optional.empty();
    }

    /** {@return the score of one run: a fresh store, originals, then shuffled copies} */
    static Score run(DuplicateTestSet set, DuplicateConfig config, long seed) throws IOException {
        Path dir = Files.createTempDirectory("herald-duplicates");
        Map<String, String> duplicateOf = new HashMap<>();
        int tp = 0, fp = 0, fn = 0, byId = 0, corpusReposts = 0;
        List<String> fpLines = new ArrayList<>();
        Map<DuplicateTestSet.Edit, int[]> byEdit = new EnumMap<>(DuplicateTestSet.Edit.class);
        try (ArticleStore store = ArticleStore.openWriter(dir, config, IngestSteps::standard)) {
            for (DuplicateTestSet.Doc d : set.originals) {
                AddResult r = store.add(record(d));
                if (r.duplicateOf().isPresent()) {
                    duplicateOf.put(d.id(), r.duplicateOf().get());
                    DuplicateTestSet.Doc target = doc(set, r.duplicateOf().get());
                    double shared = DuplicateTestSet.sharedSentences(d.text(), target.text());
                    if (shared >= REPOSTED) {
                        corpusReposts++;
                    } else {
                        fp++;
                        fpLines.add(String.format(Locale.ROOT, "original %s -> %s (%.0f%% of sentences shared)",
                                d.file(), target.file(), 100 * shared));
                    }
                }
            }
            store.commit();
            List<DuplicateTestSet.Copy> copies = new ArrayList<>(set.copies);
            Collections.shuffle(copies, new Random(seed));
            for (DuplicateTestSet.Copy c : copies) {
                AddResult r = store.add(record(c.doc()));
                int[] counts = byEdit.computeIfAbsent(c.edit(), e -> new int[2]);
                counts[1]++;
                String expected = duplicateOf.getOrDefault(c.original().id(), c.original().id());
                if (r.status() == AddResult.Status.ALREADY_PRESENT) {
                    byId++;
                    counts[0]++;
                } else if (r.duplicateOf().filter(expected::equals).isPresent()) {
                    tp++;
                    counts[0]++;
                } else {
                    fn++;
                    if (r.duplicateOf().isPresent()) {
                        fp++;
                        fpLines.add("copy of " + c.original().file() + " (" + c.edit() + ") -> " + r.duplicateOf().get());
                    }
                }
            }
        } finally {
            delete(dir);
        }
        int negativesMarked = 0;
        for (DuplicateTestSet.Doc[] pair : set.negatives) {
            if (pair[1].id().equals(duplicateOf.get(pair[0].id())) || pair[0].id().equals(duplicateOf.get(pair[1].id()))) {
                negativesMarked++;
            }
        }
        return new Score(config.threshold(), tp, fp, fn, byId, corpusReposts, negativesMarked, byEdit, fpLines);
    }

    private static DuplicateTestSet.Doc doc(DuplicateTestSet set, String id) {
        return set.originals.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("an original points at " + id + ", not an original"));
    }

    private static ObjectNode record(DuplicateTestSet.Doc d) {
        ObjectNode r = ArticleRecord.mapper().createObjectNode();
        r.put("schema", ArticleRecord.SCHEMA).put("id", d.id()).put("title", d.title()).put("text", d.text());
        r.putArray("entities");
        r.putArray("quotes");
        r.putArray("events");
        return r;
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
