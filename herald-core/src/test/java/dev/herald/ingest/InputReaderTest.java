package dev.herald.ingest;

import dev.herald.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InputReaderTest {
    private static final String ARTICLE = "Minister’s “£5m” plan for café owners\n\nThe minister said: “It is déjà vu.”\n";
    private final InputReader reader = new InputReader(IngestConfig.defaults());

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private String contentOf(ReadResult r) {
        assertThat(r).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) r).document().content();
    }

    private String reasonOf(ReadResult r) {
        assertThat(r).isInstanceOf(ReadResult.Unreadable.class);
        return ((ReadResult.Unreadable) r).reason();
    }

    @Test
    void utf8_with_and_without_bom_reads_the_same() throws IOException {
        byte[] plain = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(contentOf(reader.read(write("a.txt", plain), InputFormat.AUTO))).isEqualTo(ARTICLE);
        assertThat(contentOf(reader.read(write("b.txt", bom), InputFormat.AUTO))).isEqualTo(ARTICLE);
    }

    @Test
    void utf16_with_bom_is_decoded() throws IOException {
        byte[] le = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16BE);
        assertThat(contentOf(reader.read(write("le.txt", le), InputFormat.AUTO))).isEqualTo(ARTICLE);
        assertThat(contentOf(reader.read(write("be.txt", be), InputFormat.AUTO))).isEqualTo(ARTICLE);
    }

    @Test
    void windows_1252_text_keeps_pound_accents_and_curly_quotes() throws IOException {
        byte[] legacy = ARTICLE.getBytes(Charset.forName("windows-1252"));
        assertThat(contentOf(reader.read(write("legacy.txt", legacy), InputFormat.AUTO))).isEqualTo(ARTICLE);
    }

    @Test
    void latin1_declared_in_html_is_decoded_by_the_declaration() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><p>\u00a35 for caf\u00e9s</p></body></html>";
        String read = contentOf(reader.read(write("page.html", html.getBytes(StandardCharsets.ISO_8859_1)), InputFormat.AUTO));
        assertThat(read).contains("\u00a35 for caf\u00e9s");
    }

    @Test
    void gzip_files_are_read_transparently() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(contentOf(reader.read(write("a.txt.gz", out.toByteArray()), InputFormat.AUTO))).isEqualTo(ARTICLE);
    }

    @Test
    void truncated_gzip_is_reported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        assertThat(reasonOf(reader.read(write("cut.txt.gz", cut), InputFormat.AUTO))).contains("gzip");
    }

    @Test
    void missing_empty_binary_and_oversized_inputs_are_reported_with_a_reason() throws IOException {
        assertThat(reasonOf(reader.read(dir.resolve("nope.txt"), InputFormat.AUTO))).isEqualTo("no such file");
        assertThat(reasonOf(reader.read(write("empty.txt", new byte[0]), InputFormat.AUTO))).isEqualTo("empty file");
        byte[] binary = new byte[1000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        assertThat(reasonOf(reader.read(write("image.png", binary), InputFormat.AUTO))).contains("binary");
        InputReader small = new InputReader(new IngestConfig(10));
        assertThat(reasonOf(small.read(write("big.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)), InputFormat.AUTO)))
                .contains("larger than the limit of 10 bytes");
        assertThat(reasonOf(reader.read(dir, InputFormat.AUTO))).isEqualTo("is a directory");
    }

    @Test
    void format_is_sniffed_from_content_not_name() throws IOException {
        ReadResult html = reader.read(write("story.txt", "<!DOCTYPE html><html><body><p>Hi</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)), InputFormat.AUTO);
        ReadResult text = reader.read(write("story.html", ARTICLE.getBytes(StandardCharsets.UTF_8)), InputFormat.AUTO);
        assertThat(((ReadResult.Read) html).document().format()).isEqualTo(InputFormat.HTML);
        assertThat(((ReadResult.Read) text).document().format()).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void an_explicit_format_is_kept() throws IOException {
        ReadResult r = reader.read(write("x.html", "<p>markup as text</p>".getBytes(StandardCharsets.UTF_8)), InputFormat.PLAIN);
        assertThat(((ReadResult.Read) r).document().format()).isEqualTo(InputFormat.PLAIN);
    }
}
