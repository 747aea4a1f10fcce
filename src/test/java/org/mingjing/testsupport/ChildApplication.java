package org.mingjing.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as its own process, started the way an operator would ({@code java -cp … MingjingApplication
 * --mingjing.data-dir=… --server.port=…}) on the test classpath, so that a test can kill it like a power cut or a
 * kill -9 and start it again on the same data.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it and waits until {@code /actuator/health} says UP. */
    public static ChildApplication start(Path dataDir, Path log, String... extraArguments) {
        return start(dataDir, log, List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), extraArguments);
    }

    /** Starts it with the given JVM options (heap, collector) and waits until it is UP. */
    public static ChildApplication start(Path dataDir, Path log, List<String> jvmOptions, String... extraArguments) {
        try {
            int port = freePort();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-Dfile.encoding=UTF-8",
                    // the bean definitions of an earlier packaging may be on the classpath; this run uses none
                    "-Dspring.aot.enabled=false", "-cp", classpath, "org.mingjing.MingjingApplication",
                    "--mingjing.data-dir=" + dataDir, "--server.port=" + port, "--mingjing.demo=true",
                    "--mingjing.demo.cases=0"));
            command.addAll(List.of(extraArguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            ChildApplication app = new ChildApplication(process, port, log);
            app.awaitUp();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Ends it at once, as kill -9 would: no shutdown hook runs, nothing is flushed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks it to shut down in order (SIGTERM). */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitUp() throws IOException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended at start:\n" + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/actuator/health")
                        .toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200 && new String(c.getInputStream().readAllBytes()).contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException("the application did not report UP within 4 minutes:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
