package dev.herald.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.model.Boilerplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Articles written in the shapes of real sites ({@code pages/SHAPE.txt}) against what the cleaner
 * must make of them ({@code pages/SHAPE.expected.json}: title, text, boilerplate, related; a
 * {@code NAME.txt.expected.json} beside {@code NAME.txt} counts too, HTML pages do not). The
 * README's example ({@code examples/tabloid-peace-talks.txt} at the repository root) has its
 * expectation here too.
 */
class TextCleanerFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".expected.json";

    /** {@return the names of the text fixtures: SHAPE (input SHAPE.txt) or NAME.txt; HTML pages are not ours} */
    static Stream<String> shapes() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(pagesDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .filter(shape -> !shape.contains(".") || shape.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void a_page_is_cleaned_as_expected(String shape) throws Exception {
        String input = Files.readString(input(shape));
        JsonNode expected = JSON.readTree(pagesDir().resolve(shape + SUFFIX).toFile());

        Cleaned cleaned = new TextCleaner().clean(input);

        assertThat(cleaned).isInstanceOf(Cleaned.Text.class);
        List<String> want = render(expected);
        List<String> got = render((Cleaned.Text) cleaned);
        if (!want.equals(got)) {
            fail(shape + ": the cleaner's result differs from " + shape + SUFFIX + " (- expected, + actual):\n"
                    + LineDiff.of(want, got));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void nothing_read_is_lost(String shape) throws Exception {
        String input = Files.readString(input(shape));
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(input);

        List<String> out = new ArrayList<>();
        out.add(text.metadata().title().orElseThrow());
        out.addAll(Arrays.asList(text.body().split("\n\n")));
        text.boilerplate().stream().map(Boilerplate::text).forEach(out::add);
        List<String> in = input.lines().map(InputLine::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(out).containsExactlyInAnyOrderElementsOf(in);
    }

    private static List<String> render(Cleaned.Text text) {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + text.metadata().title().orElse(null));
        for (String paragraph : text.body().split("\n\n")) {
            lines.add("text: " + paragraph);
        }
        text.boilerplate().forEach(b -> lines.add("boilerplate: " + b.kind().name().toLowerCase(Locale.ROOT)
                + ": " + b.text()));
        text.related().forEach(r -> lines.add("related: " + r.title() + " | " + r.label().orElse(null)));
        return lines;
    }

    private static List<String> render(JsonNode expected) {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + expected.path("title").asText(null));
        for (String paragraph : expected.path("text").asText().split("\n\n")) {
            lines.add("text: " + paragraph);
        }
        expected.path("boilerplate").forEach(b -> lines.add("boilerplate: " + b.path("kind").asText() + ": "
                + b.path("text").asText()));
        expected.path("related").forEach(r -> lines.add("related: " + r.path("title").asText() + " | "
                + r.path("label").asText(null)));
        return lines;
    }

    private static Path input(String shape) throws URISyntaxException {
        Path page = pagesDir().resolve(shape.endsWith(".txt") ? shape : shape + ".txt");
        if (Files.exists(page)) {
            return page;
        }
        for (Path root : List.of(Path.of(".."), Path.of("."))) {
            Path example = root.resolve("examples").resolve(shape + ".txt");
            if (Files.exists(example)) {
                return example;
            }
        }
        throw new IllegalStateException("no input for " + shape + SUFFIX + ": expected pages/" + shape
                + ".txt or examples/" + shape + ".txt at the repository root");
    }

    private static Path pagesDir() throws URISyntaxException {
        return Path.of(TextCleanerFixturesTest.class.getResource("/pages").toURI());
    }
}
