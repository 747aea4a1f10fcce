package org.mingjing.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.bouncycastle.jcajce.provider.digest.SM3;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Evidence files on the local file system under {@code ${mingjing.data-dir}/evidence}. A file is streamed to a
 * temporary {@code .part} file in the same directory while its SHA-256 and SM3 fixity are computed, never held in
 * memory, then moved into place atomically under a name derived from its SHA-256: a crash mid-upload leaves only
 * a {@code .part} file, which no row points to and which is swept after a day; the same content is stored once.
 */
@Component
public class EvidenceStore {

    private final Path root;

    EvidenceStore(@Value("${mingjing.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "evidence").toAbsolutePath();
    }

    /** What was stored: the key to open it by, its size and fixity. */
    public record Stored(String key, long size, String sha256, String sm3) {
    }

    public Stored put(InputStream in) {
        try {
            Files.createDirectories(root);
            sweep();
            Path part = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            MessageDigest sm3 = new SM3.Digest();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha256.update(buffer, 0, n);
                    sm3.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    size += n;
                }
            }
            String sha = HexFormat.of().formatHex(sha256.digest());
            String sm = HexFormat.of().formatHex(sm3.digest());
            String key = sha.substring(0, 2) + "/" + sha;
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(part);
            } else {
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new Stored(key, size, sha, sm);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Resource open(String key) {
        return new FileSystemResource(root.resolve(key));
    }

    /** Removes temporary files of uploads interrupted more than a day ago. */
    private void sweep() throws IOException {
        Instant cutoff = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> files = Files.list(root)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
