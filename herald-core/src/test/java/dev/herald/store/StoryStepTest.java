package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.herald.store.StoreRecords.entity;
import static dev.herald.store.StoreRecords.prose;
import static dev.herald.store.StoreRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

/** Stories given at ingest, in a real store on disk. */
class StoryStepTest {
    @TempDir
    Path tmp;

    private static ObjectNode strike(String id, String title, String text) {
        ObjectNode r = record(id, title, text, "2005-01-10");
        entity(r, "Port Arden", "LOCATION", "GBR");
        return entity(r, "Dock Workers Union", "ORGANIZATION", "GBR");
    }

    private static final String STRIKE_1 = "Dockers at Port Arden walked out over pay, halting container traffic. The Dock"
            + " Workers Union said the strike would last until the port authority raised its pay offer.";
    private static final String STRIKE_2 = "The dockers' strike at Port Arden entered its second week with containers"
            + " piling up. The Dock Workers Union rejected a new pay offer from the port authority.";
    private static final String STRIKE_3 = "Port Arden dockers ended their strike after the Dock Workers Union accepted"
            + " the port authority's third pay offer; container traffic resumed.";

    private static String story(ArticleStore store, String id) throws IOException {
        return ArticleRecord.mapper().readTree(store.record(id).orElseThrow()).path("story").asText();
    }

    @Test
    void each_record_is_stored_with_its_story_searchable_and_counted() throws IOException {
        try (ArticleStore store = ArticleStore.openWriter(tmp.resolve("s"))) {
            store.add(strike("s1", "Dockers strike at Port Arden", STRIKE_1));
            store.add(record("m1", "Belvane and Corrig agree bank merger", prose(5, 120), "2005-01-10"));
            store.add(strike("s2", "Port Arden strike enters second week", STRIKE_2));
            store.commit();

            assertThat(story(store, "s1")).isEqualTo("s1");
            assertThat(story(store, "s2")).isEqualTo("s1");
            assertThat(story(store, "m1")).isEqualTo("m1");
            assertThat(store.search(SearchRequest.of("story:s1")).hits()).extracting(Hit::id).containsExactlyInAnyOrder("s1", "s2");
            assertThat(store.stats().stories()).isEqualTo(2);
        }
    }

    @Test
    void a_near_duplicate_joins_the_story_of_its_original() throws IOException {
        String text = prose(9, 300);
        try (ArticleStore store = ArticleStore.openWriter(tmp.resolve("s"))) {
            store.add(record("o", "Original headline", text, "2005-01-10"));
            store.add(strike("x", "Dockers strike at Port Arden", STRIKE_1));
            store.add(record("r", "Another headline", "Subscribe now. " + text + " One added sentence.", "2005-01-11"));
            store.commit();

            assertThat(story(store, "r")).isEqualTo("o");
            assertThat(story(store, "x")).isEqualTo("x");
        }
    }

    @Test
    void an_ingest_after_another_continues_the_stored_stories() throws IOException {
        Path dir = tmp.resolve("s");
        try (ArticleStore store = ArticleStore.openWriter(dir)) {
            store.add(strike("s1", "Dockers strike at Port Arden", STRIKE_1));
            store.add(strike("s2", "Port Arden strike enters second week", STRIKE_2));
        }
        try (ArticleStore store = ArticleStore.openWriter(dir)) {
            store.add(record("m1", "Belvane and Corrig agree bank merger", prose(5, 120), "2005-01-11"));
            store.add(strike("s3", "Port Arden strike ends", STRIKE_3));
            store.commit();

            assertThat(List.of(story(store, "s1"), story(store, "s2"), story(store, "s3"), story(store, "m1")))
                    .containsExactly("s1", "s1", "s1", "m1");
        }
    }
}
