package dev.herald.entities.gazetteer;

import dev.herald.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.builtIn();

    @Test
    void trie_finds_the_longest_name_at_each_position() {
        List<String> words = List.of("the", "BBC", "World", "Service", "said", "South", "Africa", "agreed");
        assertThat(gazetteer.find(words, false)).extracting(m -> m.start() + "+" + m.length() + " " + m.name().actor().name())
                .containsExactly("1+3 BBC World Service", "5+2 South Africa");
    }

    @Test
    void case_must_fit_except_on_all_caps_lines() {
        assertThat(gazetteer.find(List.of("us", "and", "them"), false)).isEmpty();
        assertThat(gazetteer.find(List.of("FRANCE", "WINS"), true)).extracting(m -> m.name().actor().name())
                .containsExactly("France");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Britain         | United Kingdom  | LOCATION     | COUNTRY     | GBR
        Ukrainian       | Ukraine         | OTHER        | NATIONALITY | UKR
        Kiev            | Kyiv            | LOCATION     | CITY        | UKR
        White House     | White House     | ORGANIZATION | GOVERNMENT  | USA
        Élysée          | Élysée          | ORGANIZATION | GOVERNMENT  | FRA
        OPEC            | OPEC            | ORGANIZATION | IGO         | -
        Reuters         | Reuters         | ORGANIZATION | MEDIA       | GBR
        Sunday Telegraph | Sunday Telegraph | ORGANIZATION | MEDIA     | GBR
        NUJ             | National Union of Journalists | ORGANIZATION | UNION | GBR
        Vivendi         | Vivendi Universal | ORGANIZATION | COMPANY   | FRA
        Swiss Re        | Swiss Re        | ORGANIZATION | COMPANY     | CHE
        Volodymyr Zelensky | Volodymyr Zelensky | PERSON | -          | UKR
        """)
    void lookup_knows_countries_demonyms_capitals_metonyms_bodies_and_people(String form, String name,
            EntityType type, String subtype, String country) {
        Actor a = gazetteer.lookup(form).orElseThrow().actor();
        assertThat(a.name() + " " + a.type() + " " + a.subtype().orElse("-") + " " + a.country().orElse("-"))
                .isEqualTo(name + " " + type + " " + subtype + " " + country);
    }

    @Test
    void every_country_row_has_an_alpha3_code() {
        assertThat(gazetteer.lookup("Germany").orElseThrow().actor().country()).contains("DEU");
        assertThat(gazetteer.lookup("Ivory Coast").orElseThrow().actor().country()).contains("CIV");
    }

    @ParameterizedTest
    @CsvSource({"Kiyv, Kyiv", "Moscw, Moscow", "Berln, Berlin"})
    void near_place_finds_one_edit_misspellings(String written, String place) {
        assertThat(gazetteer.nearPlace(written)).map(n -> n.actor().name()).contains(place);
    }

    @Test
    void near_place_ignores_known_names_and_far_words() {
        assertThat(gazetteer.nearPlace("Paris")).isEmpty();
        assertThat(gazetteer.nearPlace("Pumpkin")).isEmpty();
    }

    @Test
    void actors_files_of_the_config_extend_the_gazetteer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("actors.tsv");
        java.nio.file.Files.writeString(file, "Marta Quillan;Quillan\tPERSON\t-\tCHL\tMayor\n");
        Gazetteer extended = Gazetteer.load(new EntitiesConfig(List.of(file)));
        assertThat(extended.lookup("Marta Quillan").orElseThrow().actor().titlesHeldOn(java.util.Optional.empty()))
                .containsExactly("Mayor");
        assertThat(gazetteer.lookup("Marta Quillan")).isEmpty();
    }

    @Test
    void bad_row_is_reported_with_its_line() {
        List<String> lines = List.of("# comment", "Only two\tcolumns");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GazetteerFiles.readPlaces(lines, n -> { }))
                .hasMessageContaining("line 2");
    }

    @Test
    void environment_names_extra_actors_files() {
        EntitiesConfig c = EntitiesConfig.fromEnvironment(java.util.Map.of("HERALD_ACTORS",
                "a.tsv" + java.io.File.pathSeparator + "b.tsv"));
        assertThat(c.actorFiles()).extracting(Object::toString).containsExactly("a.tsv", "b.tsv");
        assertThat(EntitiesConfig.fromEnvironment(java.util.Map.of()).actorFiles()).isEmpty();
    }
}
