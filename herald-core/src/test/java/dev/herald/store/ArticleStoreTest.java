package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.herald.store.StoreRecords.entity;
import static dev.herald.store.StoreRecords.event;
import static dev.herald.store.StoreRecords.prose;
import static dev.herald.store.StoreRecords.quote;
import static dev.herald.store.StoreRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleStoreTest {
    @TempDir
    Path tmp;

    @Test
    void a_record_is_added_once_and_given_back_byte_for_byte() throws IOException {
        Path dir = tmp.resolve("s");
        ObjectNode r = record("a1", "Tuition fees rise", "Students protest as tuition fees rise. " + prose(1, 80), "2005-01-10");
        try (ArticleStore store = ArticleStore.openWriter(dir)) {
            assertThat(store.add(r.deepCopy()).status()).isEqualTo(AddResult.Status.ADDED);
            assertThat(store.add(r.deepCopy()).status()).isEqualTo(AddResult.Status.ALREADY_PRESENT);
            store.commit();
            assertThat(store.add(r.deepCopy()).status()).isEqualTo(AddResult.Status.ALREADY_PRESENT);
        }
        ObjectNode expected = r.deepCopy();
        expected.putNull("duplicate_of");
        expected.put("story", "a1");
        try (ArticleStore store = ArticleStore.openReader(dir)) {
            assertThat(store.record("a1")).contains(ArticleRecord.toLine(expected));
            assertThat(store.record("nope")).isEmpty();
            assertThat(store.stats().articles()).isEqualTo(1);
        }
    }

    @Test
    void a_near_duplicate_points_at_the_first_article() throws IOException {
        String text = prose(2, 300);
        ObjectNode original = record("o", "Original headline", text, "2005-01-10");
        ObjectNode repost = record("r", "Another headline", "Advert: subscribe now. " + text + " One added sentence here.", "2005-01-11");
        ObjectNode repostOfRepost = record("rr", "Third headline", text + " Yet another sentence.", "2005-01-12");
        ObjectNode other = record("x", "Other story", prose(3, 300), "2005-01-12");
        try (ArticleStore store = ArticleStore.openWriter(tmp.resolve("s"))) {
            assertThat(store.add(original).status()).isEqualTo(AddResult.Status.ADDED);
            assertThat(store.add(repost).duplicateOf()).contains("o");
            store.commit();
            assertThat(store.add(repostOfRepost).duplicateOf()).contains("o");
            assertThat(store.add(other).status()).isEqualTo(AddResult.Status.ADDED);
            store.commit();
            assertThat(store.stats().duplicates()).isEqualTo(2);
            assertThat(store.search(SearchRequest.of("")).total()).isEqualTo(2);
            assertThat(store.search(SearchRequest.of("").withAll(true)).total()).isEqualTo(4);
            assertThat(store.search(SearchRequest.of("duplicate:true").withAll(true)).hits())
                    .extracting(h -> h.id() + "->" + h.duplicateOf().orElse("")).containsExactlyInAnyOrder("r->o", "rr->o");
        }
    }

    @Test
    void fields_entities_speakers_and_dates_are_searchable_with_facets() throws IOException {
        try (ArticleStore store = ArticleStore.openWriter(tmp.resolve("s"))) {
            ObjectNode a = record("a", "Blair on fees", "The prime minister defended tuition fees. " + prose(4, 60), "2005-01-10");
            entity(a, "Tony Blair", "PERSON", "GBR");
            quote(a, "we will not go back on tuition fees", "Tony Blair");
            ObjectNode b = record("b", "Yukos sale", "Gazprom may bid for the Yukos unit. " + prose(5, 60), "2005-02-03");
            entity(b, "Yukos", "ORGANIZATION", "RUS");
            entity(b, "Gazprom", "ORGANIZATION", "RUS");
            event(b, "ACQUIRE", "Gazprom", "Yukos");
            ObjectNode c = record("c", "Yukos court", "A court heard the Yukos case. " + prose(6, 60), "2005-03-20");
            entity(c, "Yukos", "ORGANIZATION", "RUS");
            store.add(a);
            store.add(b);
            store.add(c);
            store.commit();

            assertThat(ids(store, "speaker:\"Tony Blair\"")).containsExactly("a");
            assertThat(ids(store, "speaker:blair")).containsExactly("a");
            assertThat(ids(store, "quote:\"tuition fees\"")).containsExactly("a");
            assertThat(ids(store, "entity:Yukos AND entity:Gazprom")).containsExactly("b");
            assertThat(ids(store, "org:yukos")).containsExactlyInAnyOrder("b", "c");
            assertThat(ids(store, "person:blair")).containsExactly("a");
            assertThat(ids(store, "country:GBR")).containsExactly("a");
            assertThat(ids(store, "event:ACQUIRE AND actor:Gazprom")).containsExactly("b");
            assertThat(ids(store, "published:[2005-01-01 TO 2005-02-28]")).containsExactlyInAnyOrder("a", "b");
            assertThat(ids(store, "\"tuition fees\"")).containsExactly("a");
            assertThat(ids(store, "title:court")).containsExactly("c");
            assertThat(ids(store, "id:b")).containsExactly("b");
            assertThat(ids(store, "entity:\"yukos|organization|rus\"")).containsExactlyInAnyOrder("b", "c");

            SearchResult r = store.search(SearchRequest.of("entity:yukos").withFacets(true));
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.facets().keySet()).containsExactly("entity", "country", "speaker", "event", "site", "month");
            assertThat(r.facets().get("entity")).contains(new FacetValue("Yukos", 2), new FacetValue("Gazprom", 1));
            assertThat(r.facets().get("month")).containsExactlyInAnyOrder(new FacetValue("2005-02", 1), new FacetValue("2005-03", 1));
            assertThat(r.facets().get("event")).containsExactly(new FacetValue("ACQUIRE", 1));

            List<String> byDate = store.search(SearchRequest.of("").withSort(SearchRequest.Sort.DATE)).hits()
                    .stream().map(Hit::id).toList();
            assertThat(byDate).containsExactly("c", "b", "a");
            assertThat(store.search(SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withPage(1, 1)).hits())
                    .extracting(Hit::id).containsExactly("b");

            Hit hit = store.search(SearchRequest.of("tuition")).hits().get(0);
            assertThat(hit.snippet()).contains("<b>tuition</b>");
            assertThat(hit.title()).contains("Blair on fees");
            assertThat(hit.published()).contains("2005-01-10");
            assertThat(store.search(SearchRequest.of("org:gazprom")).hits().get(0).snippet()).startsWith("<b>Gazprom</b> may bid");
            assertThat(store.search(SearchRequest.of("id:c")).hits().get(0).snippet()).startsWith("A court heard the Yukos case.");
            assertThat(store.search(SearchRequest.of("\"tuition fees\"")).hits().get(0).snippet())
                    .contains("defended <b>tuition fees</b>");
            assertThat(store.search(SearchRequest.of("yukos").withPage(2, 0)).hits()).extracting(Hit::snippet)
                    .allMatch(snippet -> snippet.contains("<b>Yukos</b>"));

            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(3);
            assertThat(stats.entities()).isEqualTo(3);
            assertThat(stats.quotes()).isEqualTo(1);
            assertThat(stats.events()).isEqualTo(1);
            assertThat(stats.bytes()).isPositive();
        }
    }

    @Test
    void records_stream_in_the_order_they_were_added() throws IOException {
        try (ArticleStore store = ArticleStore.openWriter(tmp.resolve("s"))) {
            for (int i = 0; i < 30; i++) {
                store.add(record("r" + i, "Title " + i, (i % 2 == 0 ? "even " : "odd ") + prose(100 + i, 50), "2005-01-01"));
                if (i % 7 == 0) {
                    store.commit();
                }
            }
            store.commit();
            try (var all = store.records(Optional.empty())) {
                assertThat(all.map(l -> l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf("\",\"title\""))))
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 30).mapToObj(i -> "r" + i).toList());
            }
            try (var even = store.records(Optional.of("text:even"))) {
                assertThat(even.count()).isEqualTo(15);
            }
        }
    }

    @Test
    void a_bad_query_names_its_column() throws IOException {
        try (ArticleStore store = ArticleStore.openWriter(tmp.resolve("s"))) {
            assertThatThrownBy(() -> store.search(SearchRequest.of("speaker:(\"Tony Blair\"")))
                    .isInstanceOfSatisfying(StoreException.BadQuery.class, e -> assertThat(e.column()).isPositive());
            assertThatThrownBy(() -> store.search(SearchRequest.of("title:[a TO")))
                    .isInstanceOf(StoreException.BadQuery.class);
        }
    }

    @Test
    void a_directory_that_is_not_a_store_is_refused_and_untouched() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("notes.txt"), "my notes");
        assertThatThrownBy(() -> ArticleStore.openWriter(dir)).isInstanceOf(StoreException.NotAStore.class)
                .hasMessageContaining("not a Herald store");
        assertThatThrownBy(() -> ArticleStore.openReader(dir)).isInstanceOf(StoreException.NotAStore.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
        assertThatThrownBy(() -> ArticleStore.openReader(tmp.resolve("missing"))).isInstanceOf(StoreException.NotAStore.class);
        assertThat(tmp.resolve("missing")).doesNotExist();
    }

    @Test
    void a_store_of_ids_made_another_way_is_read_but_not_written_to() throws IOException {
        Path dir = tmp.resolve("s");
        try (ArticleStore writer = ArticleStore.openWriter(dir)) {
            writer.add(record("a", "First", prose(7, 40), "2005-01-01"));
        }
        Path marker = dir.resolve(StoreDirectory.MARKER);
        String version1 = Files.readString(marker).replaceAll(",\\s*\"ids\"\\s*:\\s*\\d+", "");
        assertThat(version1).doesNotContain("\"ids\"");
        Files.writeString(marker, version1);
        long size = Files.size(marker);

        assertThatThrownBy(() -> ArticleStore.openWriter(dir)).isInstanceOf(StoreException.OtherIds.class)
                .hasMessageContaining("version 1").hasMessageContaining("new store");
        try (ArticleStore reader = ArticleStore.openReader(dir)) {
            assertThat(reader.record("a")).isPresent();
        }
        assertThat(Files.size(marker)).isEqualTo(size);
    }

    @Test
    void a_second_writer_is_refused_while_readers_keep_working() throws IOException {
        Path dir = tmp.resolve("s");
        try (ArticleStore writer = ArticleStore.openWriter(dir)) {
            writer.add(record("a", "First", prose(7, 40), "2005-01-01"));
            writer.commit();
            assertThatThrownBy(() -> ArticleStore.openWriter(dir)).isInstanceOf(StoreException.Locked.class)
                    .hasMessageContaining("another process");
            try (ArticleStore reader = ArticleStore.openReader(dir)) {
                assertThat(reader.stats().articles()).isEqualTo(1);
                writer.add(record("b", "Second", prose(8, 40), "2005-01-02"));
                writer.commit();
                assertThat(reader.stats().articles()).isEqualTo(1);
                reader.refresh();
                assertThat(reader.stats().articles()).isEqualTo(2);
                assertThat(reader.record("b")).isPresent();
            }
        }
    }

    @Test
    void totals_are_exact_past_a_thousand_hits_whatever_the_sort() throws IOException {
        try (ArticleStore store = ArticleStore.openWriter(tmp.resolve("s"))) {
            for (int i = 0; i < 1_500; i++) {
                store.add(record("n" + i, "Note " + i, "common words here " + i, String.format("2005-%02d-01", 1 + i % 12)));
            }
            store.commit();
            SearchRequest common = SearchRequest.of("common");
            assertThat(store.search(common).total()).isEqualTo(1_500);
            assertThat(store.search(common.withSort(SearchRequest.Sort.DATE)).total()).isEqualTo(1_500);
            assertThat(store.search(common.withFacets(true)).total()).isEqualTo(1_500);
            assertThat(store.search(common.withSort(SearchRequest.Sort.DATE)).hits().get(0).score()).isPositive();
        }
    }

    @Test
    void a_store_whose_writer_died_before_its_first_commit_reads_as_empty() throws IOException {
        Path dir = tmp.resolve("s");
        StoreDirectory.prepare(dir, DuplicateConfig.defaults());
        try (ArticleStore store = ArticleStore.openReader(dir)) {
            assertThat(store.stats().articles()).isZero();
            assertThat(store.search(SearchRequest.of("anything")).total()).isZero();
        }
        try (ArticleStore store = ArticleStore.openWriter(dir)) {
            store.add(record("a", "First", prose(9, 40), "2005-01-01"));
        }
        try (ArticleStore store = ArticleStore.openReader(dir)) {
            assertThat(store.stats().articles()).isEqualTo(1);
        }
    }

    private static List<String> ids(ArticleStore store, String query) {
        return store.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
    }
}
