package dev.herald.spark;

import dev.herald.batch.BatchInputs;
import dev.herald.batch.BatchItem;
import dev.herald.ingest.IngestConfig;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's listing names files as {@code herald analyze} does, so that records are identical. */
class InputListingTest {
    @TempDir
    Path dir;

    @Test
    void a_directory_is_listed_recursively_in_name_order_with_the_names_analyze_gives() throws IOException {
        for (String file : List.of("b.txt", "a/z.txt", "a/c.html", "c.txt.gz", ".hidden.txt", "a/.git/x.txt")) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
        String input = dir + "/./";

        InputListing.Listing listing = InputListing.list(List.of(input), new Configuration());

        assertThat(listing.failures()).isEmpty();
        assertThat(listing.files()).extracting(InputFile::name).containsExactlyElementsOf(analyzeSources(input));
        assertThat(listing.files()).extracting(InputFile::name)
                .containsExactly(dir + "/./a/c.html", dir + "/./a/z.txt", dir + "/./b.txt", dir + "/./c.txt.gz");
        assertThat(listing.files()).allSatisfy(f -> assertThat(f.uri()).startsWith("file:/"));
    }

    @Test
    void a_missing_input_is_a_failure_and_the_others_are_listed() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "x");
        String missing = dir.resolve("missing").toString();

        InputListing.Listing listing = InputListing.list(List.of(missing, dir.resolve("one.txt").toString()),
                new Configuration());

        assertThat(listing.files()).extracting(InputFile::name).containsExactly(dir.resolve("one.txt").toString());
        assertThat(listing.failures()).extracting(o -> o.source() + ": " + o.reason())
                .containsExactly(missing + ": no such file");
    }

    @Test
    void a_uri_keeps_its_scheme_in_names() throws IOException {
        Files.createDirectories(dir.resolve("d"));
        Files.writeString(dir.resolve("d/one.txt"), "x");
        String uri = dir.resolve("d").toUri().toString();

        InputListing.Listing listing = InputListing.list(List.of(uri), new Configuration());

        assertThat(listing.files()).extracting(InputFile::name)
                .containsExactly(uri + (uri.endsWith("/") ? "" : "/") + "one.txt");
    }

    private static List<String> analyzeSources(String input) {
        List<String> sources = new ArrayList<>();
        Iterator<BatchItem> items = new BatchInputs(IngestConfig.defaults()).expand(List.of(Path.of(input)));
        items.forEachRemaining(item -> sources.add(item.source()));
        return sources;
    }
}
