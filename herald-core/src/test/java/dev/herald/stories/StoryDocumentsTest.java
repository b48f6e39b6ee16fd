package dev.herald.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void a_record_gives_its_headline_text_date_actors_speakers_and_original() throws Exception {
        StoryDocument d = StoryDocuments.of(json("""
                {'id': 'a1', 'title': 'Dockers strike', 'text': 'Dockers walked out.', 'published': '2024-03-01',
                 'entities': [{'name': 'Port Arden', 'key': 'port arden|LOCATION|-', 'mentions': [{}, {}]},
                              {'name': 'No key'}],
                 'quotes': [{'speaker': {'name': 'Ana Silva'}}, {'speaker': null}],
                 'duplicate_of': 'a0'}"""));

        assertThat(d.id()).isEqualTo("a1");
        assertThat(d.title()).isEqualTo("Dockers strike");
        assertThat(d.text()).isEqualTo("Dockers walked out.");
        assertThat(d.published()).contains(LocalDate.of(2024, 3, 1));
        assertThat(d.entities()).containsExactly(new StoryDocument.Actor("port arden|LOCATION|-", "Port Arden", 2));
        assertThat(d.speakers()).isEqualTo(List.of("Ana Silva"));
        assertThat(d.duplicateOf()).contains("a0");
    }

    @Test
    void null_fields_read_as_absent() throws Exception {
        StoryDocument d = StoryDocuments.of(json("{'id': 'a1', 'title': null, 'text': 'x', 'published': null, 'duplicate_of': null}"));

        assertThat(d.title()).isEmpty();
        assertThat(d.published()).isEmpty();
        assertThat(d.entities()).isEmpty();
        assertThat(d.duplicateOf()).isEmpty();
    }

    @Test
    void a_record_without_id_or_with_a_bad_date_is_refused_with_the_reason() throws Exception {
        JsonNode noId = json("{'title': 'x'}");
        JsonNode badDate = json("{'id': 'a1', 'published': 'March 1st'}");

        assertThatThrownBy(() -> StoryDocuments.of(noId)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"id\"");
        assertThatThrownBy(() -> StoryDocuments.of(badDate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a1").hasMessageContaining("March 1st");
    }
}
