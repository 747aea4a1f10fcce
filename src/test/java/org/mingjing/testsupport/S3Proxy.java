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

/**
 * A real S3 server for tests: s3proxy (its jar-with-dependencies, which the build copies into
 * {@code target/s3proxy/}) as its own process on a free port, storing in a temporary directory through jclouds'
 * filesystem provider, with AWS v2/v4 signatures checked. {@link #shared()} starts one for the whole test run and
 * stops it when the JVM exits.
 */
public final class S3Proxy implements AutoCloseable {

    public static final String IDENTITY = "mingjing-test";
    public static final String CREDENTIAL = "mingjing-test-secret";

    private static S3Proxy shared;

    private final Process process;
    private final int port;
    private final Path basedir;

    private S3Proxy(Process process, int port, Path basedir) {
        this.process = process;
        this.port = port;
        this.basedir = basedir;
    }

    /** One server for every test of the run. */
    public static synchronized S3Proxy shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
            S3Proxy s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return shared;
    }

    public static S3Proxy start() {
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it there (maven-dependency-plugin,"
                    + " execution s3proxy); run the tests through Maven");
        }
        try {
            Path dir = Files.createTempDirectory("mingjing-s3proxy-");
            Path data = Files.createDirectories(dir.resolve("data"));
            int port = freePort();
            Path properties = dir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data,
                    "jclouds.identity=" + IDENTITY,
                    "jclouds.credential=" + CREDENTIAL, ""));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString(), "--properties",
                    properties.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
            S3Proxy proxy = new S3Proxy(process, port, dir);
            proxy.awaitUp(dir.resolve("s3proxy.log"));
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public Path basedir() {
        return basedir;
    }

    private void awaitUp(Path log) throws IOException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy ended at start:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                int status = c.getResponseCode();
                c.disconnect();
                if (status > 0) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("s3proxy did not answer within 90 s:\n" + Files.readString(log));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
