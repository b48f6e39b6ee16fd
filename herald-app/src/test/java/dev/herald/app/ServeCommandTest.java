package dev.herald.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code herald serve} as a real process: it prints its URL, answers, and stops cleanly on SIGTERM. */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+/)");

    /** Starts {@code herald serve ARGS}; its standard error goes to {@code err}. */
    private static Process serve(Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.herald.app.HeraldCli", "serve"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(err.toFile()).start();
    }

    @Test
    void serve_prints_its_url_answers_healthz_and_stops_on_sigterm(@TempDir Path tmp) throws Exception {
        Path errFile = tmp.resolve("err.txt");
        Process p = serve(errFile, "--store", tmp.resolve("store").toString(), "--port", "0", "--no-preload");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).startsWith("herald: serving ");
            Matcher m = URL.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> stats = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "api/stats")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.body()).contains("\"articles\":0");

            p.toHandle().destroy(); // SIGTERM, leaving the streams open (Process.destroy closes them)
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(errFile)).contains("herald: stopped").doesNotContain("Exception");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void a_directory_that_is_no_store_is_refused_and_left_alone(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Path errFile = tmp.resolve("err.txt");
        Process p = serve(errFile, "--store", dir.toString(), "--port", "0", "--no-preload");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(errFile)).startsWith("herald: ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void a_port_in_use_is_a_clear_error(@TempDir Path tmp) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path errFile = tmp.resolve("err.txt");
            Process p = serve(errFile, "--store", tmp.resolve("store").toString(), "--port", String.valueOf(taken.getLocalPort()), "--no-preload");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(Files.readString(errFile))
                    .contains("herald: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
