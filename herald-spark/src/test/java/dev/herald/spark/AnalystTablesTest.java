package dev.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Table rows read off article records written by hand (no Spark session, no models). */
class AnalystTablesTest {
    private static final String RECORD = """
            {"schema": "herald.article/1", "id": "a1", "input": {"path": "in/one.txt", "url": null, "format": "text"},
             "title": "Port strike", "published": "2024-03-04", "authors": [], "site": "Courier", "url": null,
             "language": "en", "text": "Ana Silva said \\u00e9t\\u00e9 \\ud83d\\ude00.",
             "entities": [
               {"id": "E1", "name": "Ana Silva", "type": "PERSON", "subtype": null, "country": "CHL", "title": null,
                "key": "ana silva|PERSON|CHL", "mentions": [{"start": 0, "end": 9}, {"start": 20, "end": 24}]},
               {"id": "E2", "name": "Chile", "type": "LOCATION", "subtype": "COUNTRY", "country": "CHL", "title": null,
                "key": "chile|LOCATION|CHL", "mentions": [{"start": 30, "end": 35}]}],
             "quotes": [
               {"id": "Q1", "text": "We will win", "kind": "direct", "cue": "said", "via": "The Times",
                "speaker": {"name": "Ana Silva", "entity": "E1", "anonymous": false, "mention": null}},
               {"id": "Q2", "text": "too early", "kind": "partial", "cue": null, "via": null,
                "speaker": {"name": "a government source", "entity": null, "anonymous": true, "mention": null}},
               {"id": "Q3", "text": "no one knows", "kind": "partial", "cue": null, "via": null, "speaker": null}],
             "dates": [],
             "events": [
               {"type": "ACCUSE", "mode": null, "cameo": "112",
                "source": {"entity": "E1", "name": "Ana Silva", "country": "CHL", "sector": null},
                "target": {"entity": null, "name": "the port owners", "country": null, "sector": "BUS"},
                "date": {"value": "2024-03", "published": false}, "location": "Valparaiso",
                "negated": false, "hypothetical": true}]}
            """;
    private static final String UNDATED = """
            {"id": "b2", "input": {"path": "in/two.txt"}, "title": null, "published": null, "site": null, "url": null,
             "language": "en", "text": "", "entities": [], "quotes": [], "events": []}
            """;

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void an_article_row_counts_its_text_in_code_points_and_takes_the_month_of_publication() throws Exception {
        Row row = AnalystTables.article(json(RECORD));
        assertThat(row.toString()).isEqualTo("[a1,Port strike,2024-03-04,Courier,null,en,21,in/one.txt,2024-03]");
        assertThat(row.size()).isEqualTo(AnalystTables.ARTICLES.size());
    }

    @Test
    void an_article_without_a_date_has_no_month() throws Exception {
        assertThat(AnalystTables.article(json(UNDATED)).toString()).isEqualTo("[b2,null,null,null,null,en,0,in/two.txt,null]");
    }

    @Test
    void entity_rows_count_mentions() throws Exception {
        assertThat(render(AnalystTables.entities(json(RECORD)))).containsExactly(
                "[a1,E1,ana silva|PERSON|CHL,Ana Silva,PERSON,null,CHL,2,2024-03]",
                "[a1,E2,chile|LOCATION|CHL,Chile,LOCATION,COUNTRY,CHL,1,2024-03]");
    }

    @Test
    void quote_rows_take_the_speaker_key_from_the_speaker_entity() throws Exception {
        assertThat(render(AnalystTables.quotes(json(RECORD)))).containsExactly(
                "[a1,Q1,2024-03-04,Ana Silva,ana silva|PERSON|CHL,false,We will win,direct,said,The Times,2024-03]",
                "[a1,Q2,2024-03-04,a government source,null,true,too early,partial,null,null,2024-03]",
                "[a1,Q3,2024-03-04,null,null,null,no one knows,partial,null,null,2024-03]");
    }

    @Test
    void event_rows_flatten_source_and_target() throws Exception {
        List<Row> rows = AnalystTables.events(json(RECORD));
        assertThat(render(rows)).containsExactly("[a1,2024-03,ACCUSE,null,112,Ana Silva,ana silva|PERSON|CHL,CHL,null,"
                + "the port owners,null,null,BUS,false,true,Valparaiso,2024-03]");
        assertThat(rows.get(0).size()).isEqualTo(AnalystTables.EVENTS.size());
    }

    @Test
    void a_record_without_entities_quotes_or_events_gives_no_rows() throws Exception {
        assertThat(AnalystTables.entities(json(UNDATED))).isEmpty();
        assertThat(AnalystTables.quotes(json(UNDATED))).isEmpty();
        assertThat(AnalystTables.events(json(UNDATED))).isEmpty();
    }

    private static List<String> render(List<Row> rows) {
        return rows.stream().map(Row::toString).toList();
    }
}
