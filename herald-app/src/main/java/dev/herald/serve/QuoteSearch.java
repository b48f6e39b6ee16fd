package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.store.ArticleStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /api/quotes}: quotes across the store by speaker, words and date, newest first. The
 * store finds the articles ({@code speaker:}, {@code quote:}, {@code published:}); each quote of
 * their records is then checked against the same filters, since an article holds other quotes too.
 */
final class QuoteSearch {
    private final ArticleStore store;

    QuoteSearch(ArticleStore store) {
        this.store = store;
    }

    /**
     * A quote found.
     *
     * @param text    the quoted words
     * @param kind    direct, partial or indirect
     * @param speaker the speaker's name or description, or empty
     * @param article where it was said
     */
    record Found(String text, String kind, String speaker, ArticleRef article) {
    }

    List<Found> find(Optional<String> speaker, Optional<String> words, Optional<LocalDate> from,
                     Optional<LocalDate> to, int limit) {
        QueryText clauses = new QueryText().phrase("speaker", speaker).words("quote", words).published(from, to);
        // Without speaker or words, only articles with some quote are read.
        String query = (speaker.isEmpty() && words.isEmpty() ? clauses.raw("quote:*") : clauses).build();
        List<String> speakerWords = wordsOf(speaker);
        List<String> quoteWords = wordsOf(words);
        List<Found> found = new ArrayList<>();
        for (JsonNode record : DatedRecords.of(store, query, limit)) {
            ArticleRef ref = DatedRecords.ref(record);
            for (JsonNode q : record.path("quotes")) {
                String name = q.path("speaker").path("name").asText("");
                String text = q.path("text").asText();
                if (containsAll(name, speakerWords) && containsAll(text, quoteWords) && found.size() < limit) {
                    found.add(new Found(text, q.path("kind").asText(), name, ref));
                }
            }
        }
        return found;
    }

    static List<String> wordsOf(Optional<String> text) {
        return text.filter(t -> !t.isBlank())
                .map(t -> List.of(t.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}]+")))
                .orElse(List.of());
    }

    static boolean containsAll(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(lower::contains);
    }
}
