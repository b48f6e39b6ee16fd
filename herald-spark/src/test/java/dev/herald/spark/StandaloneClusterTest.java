package dev.herald.spark;

import dev.herald.app.HeraldCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job on a real Spark standalone cluster: a master and a worker started on loopback from the
 * Spark jars, as separate processes, and an executor the worker starts (so the analyzer is loaded
 * in another JVM than the driver's, and the job's settings travel by serialization). Skipped, with
 * the reason, when the cluster does not come up.
 */
@Tag("models")
@Order(2)
@Tag("slow")
class StandaloneClusterTest {
    private static final long START_MILLIS = 120_000;

    /** Kept after the run (under target/, which a build cleans), for the cluster's logs. */
    static Path dir;
    static Process master;
    static Process worker;
    static String masterUrl;

    @BeforeAll
    static void start_master_and_worker() throws Exception {
        dir = Path.of("target", "standalone-cluster").toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Path home = Files.createDirectories(dir.resolve("spark-home/jars")).getParent(); // the worker looks for jars/
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        master = start("master", home, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        awaitLog("master", "Starting Spark master");
        worker = start("worker", home, "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--cores", "2", "--memory", "3g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", dir.resolve("work").toString(), masterUrl);
        awaitLog("master", "Registering worker");
    }

    @AfterAll
    static void stop() {
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
        }
    }

    @Test
    void the_job_on_a_standalone_cluster_writes_the_records_analyze_prints() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of(getClass().getResource("/articles/harbour-strike.txt").toURI()), input.resolve("harbour.txt"));
        Files.copy(Path.of(getClass().getResource("/articles/feed.jsonl").toURI()), input.resolve("feed.jsonl"));
        Path output = dir.resolve("out");
        Map<String, String> conf = Map.of(
                "spark.executor.extraClassPath", System.getProperty("java.class.path"),
                "spark.executor.extraJavaOptions", String.join(" ", jvmOptions()),
                "spark.executor.memory", "2g",
                "spark.cores.max", "2",
                "spark.driver.host", "127.0.0.1",
                "spark.ui.enabled", "false");
        conf.forEach(System::setProperty);
        int status;
        try {
            status = SparkCli.run("--master", masterUrl, "--input", input.toString(), "--output", output.toString());
        } finally {
            conf.keySet().forEach(System::clearProperty);
        }

        assertThat(status).isZero();
        assertThat(recordLines(output)).containsExactlyInAnyOrderElementsOf(analyze(input));
        assertThat(Files.readString(dir.resolve("master.log"))).contains("Registering app herald");
        try (Stream<Path> tables = Files.list(output)) {
            assertThat(tables.map(p -> p.getFileName().toString()))
                    .contains("records", "articles", "entities", "quotes", "events", "failures");
        }
    }

    private static List<String> analyze(Path input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            HeraldCli.run("analyze", "--format", "jsonl", input.toString());
        } finally {
            System.setOut(stdout);
        }
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> recordLines(Path output) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("records"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                Files.readString(part).lines().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }

    /** {@return this JVM's options Spark needs on Java 17 (Surefire's argLine), for the cluster's JVMs} */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognized")
                        || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty") || a.startsWith("-Xss"))
                .toList();
    }

    private static Process start(String name, Path sparkHome, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(jvmOptions());
        // Spark's own logging at INFO (the tests' configuration is at WARN): the lines awaited are INFO.
        command.add("-Dlog4j2.configurationFile=org/apache/spark/log4j2-defaults.properties");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // Without it, the worker looks for the Scala version in a Spark source tree to build executor commands.
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    private static void awaitLog(String name, String line) throws Exception {
        Path log = dir.resolve(name + ".log");
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        String tail = Files.exists(log) ? Files.readString(log) : "(no log)";
        stop();
        Assumptions.abort("the standalone " + name + " did not log '" + line + "' within " + START_MILLIS / 1000
                + " s; skipped. Its log:\n" + tail.substring(Math.max(0, tail.length() - 2000)));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
