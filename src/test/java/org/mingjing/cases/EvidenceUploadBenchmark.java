package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.ChildApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark (not part of the build): a 1 GiB file through the resumable upload API of the application started as
 * its own process with {@code -Xmx512m}, against the floor of {@code cp} plus {@code sha256sum} of the same file
 * on the same disk. Run:
 *
 * <pre>
 * ./mvnw -B -q -Dmingjing.skip-postgres-tests=true test -Dtest=EvidenceUploadBenchmark -Dmingjing.benchmark=true \
 *   -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The figures go to standard output and to {@code target/benchmark/evidence-upload.txt}.
 */
@EnabledIfSystemProperty(named = "mingjing.benchmark", matches = "true")
class EvidenceUploadBenchmark {

    private static final long SIZE = 1L << 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void oneGibibyteThroughTheResumableApiAgainstCpAndSha256sum() throws Exception {
        Path file = work.resolve("body-camera.mp4");
        writeTestFile(file);
        List<String> report = new ArrayList<>();
        report.add("date: " + java.time.ZonedDateTime.now());
        report.add("nproc: " + shell("nproc").strip());
        report.add("free -g:\n" + shell("free -g").stripTrailing());
        report.add("java -version: " + shell("java -version 2>&1 | head -n 1").strip());

        double floor = Double.MAX_VALUE;
        String expected = null;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            String out = shell("cp '" + file + "' '" + work.resolve("copy.mp4") + "' && sha256sum '"
                    + work.resolve("copy.mp4") + "'");
            double seconds = (System.nanoTime() - t0) / 1e9;
            expected = out.split("\\s+")[0];
            Files.delete(work.resolve("copy.mp4"));
            report.add(String.format("floor run %d: cp + sha256sum %.2f s", i + 1, seconds));
            floor = Math.min(floor, seconds);
        }

        // What the two pure-Java digests alone cost on this machine: the file read from the page cache through
        // the upload's own fixity pipeline (SHA-256 and SM3 on two threads), nothing stored, in a JVM started like
        // the application's (the test JVM runs with the C1 compiler only, which would understate them).
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process hashing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath, HashingFloor.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String[] hashed = new String(hashing.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                .split("\\s+");
        hashing.waitFor();
        assertThat(hashed[hashed.length - 1]).isEqualTo(expected);
        report.add("the fixity pipeline alone, JDK SHA-256 + pure-Java SM3 on two threads, nothing stored: " + hashed[0] + " s");

        Path data = Files.createDirectories(work.resolve("data"));
        ChildApplication app = ChildApplication.start(data, work.resolve("app.log"),
                List.of("-Xmx512m", "-XX:+UseSerialGC"), "--mingjing.storage.cleanup-initial-delay=PT1H");
        try {
            Api api = new Api(app.port());
            String caseId = EvidenceFixtures.fileCase(api);
            for (long chunk : new long[] { 64L << 20, 8L << 20 }) {
                Files.deleteIfExists(work.resolve("copy.mp4"));
                long t0 = System.nanoTime();
                JsonNode done = upload(app.port(), caseId, file, chunk);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(done.get("sha256").asString()).isEqualTo(expected);
                report.add(String.format("upload in %d MiB chunks: %.2f s (%.0f MiB/s), %.2f x the floor", chunk >> 20,
                        seconds, SIZE / 1048576.0 / seconds, seconds / floor));
            }
        } finally {
            app.stop();
        }
        String text = String.join("\n", report);
        System.out.println(text);
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Files.writeString(out.resolve("evidence-upload.txt"), text + "\n");
    }

    private static JsonNode upload(int port, String caseId, Path file, long chunk) throws Exception {
        Api api = new Api(port);
        Api.Response begun = api.post("/api/cases/" + caseId + "/evidence/uploads", "hubin.officer1",
                Api.json(Map.of("filename", "body-camera.mp4", "contentType", "video/mp4", "size", SIZE, "kind",
                        "AUDIO_VISUAL", "description", "执法记录仪视频", "avStage", "INVESTIGATION")));
        assertThat(begun.status()).as(begun.body()).isEqualTo(201);
        String id = begun.text("uploadId");
        // Keeps the session cookie as a browser does, so that the password is checked once, not on every chunk.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("hubin.officer1:" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (long offset = 0; offset < SIZE; offset += chunk) {
            long first = offset;
            long length = Math.min(chunk, SIZE - offset);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/evidence/uploads/" + id)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", auth).header("Content-Type", "application/octet-stream")
                    .header("Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + SIZE)
                    .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                        try {
                            InputStream in = Files.newInputStream(file);
                            in.skipNBytes(first);
                            return new java.io.FilterInputStream(in) {
                                long left = length;

                                @Override
                                public int read(byte[] b, int off, int len) throws IOException {
                                    if (left <= 0) {
                                        return -1;
                                    }
                                    int n = super.read(b, off, (int) Math.min(len, left));
                                    if (n > 0) {
                                        left -= n;
                                    }
                                    return n;
                                }
                            };
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }), length)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
            if (response.statusCode() == 201) {
                return JSON.readTree(response.body());
            }
        }
        throw new IllegalStateException("the last chunk did not complete the upload");
    }

    /** The fixity pipeline alone over a file: prints the seconds and the SHA-256. */
    static final class HashingFloor {

        public static void main(String[] args) throws IOException {
            long t0 = System.nanoTime();
            Fixity fixity = Fixity.start();
            try (InputStream in = Files.newInputStream(Path.of(args[0]));
                    FixityStream hashing = new FixityStream(in, fixity)) {
                byte[] buffer = new byte[1 << 16];
                while (hashing.read(buffer, 0, buffer.length) >= 0) {
                    // only hashing
                }
                hashing.finish();
            }
            System.out.printf(java.util.Locale.ROOT, "%.2f %s%n", (System.nanoTime() - t0) / 1e9, fixity.sha256Hex());
        }
    }

    private static void writeTestFile(Path file) throws IOException {
        byte[] block = new byte[1 << 20];
        new Random(2026).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < SIZE / block.length; i++) {
                block[0] = (byte) i;
                block[1] = (byte) (i >> 8);
                out.write(block);
            }
        }
    }

    private static String shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
