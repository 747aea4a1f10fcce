package org.mingjing.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency's checkpoint key. Kept out of the database on purpose — whoever can write the database must not be
 * able to sign a rewritten log: it comes from {@code mingjing.ledger.private-key} / {@code public-key} (base64, for
 * several nodes sharing one key, e.g. from the environment), or else from a key file beside the embedded data
 * (created on first use, readable by the owner only). {@code mingjing.ledger.signature-algorithm} is SM2 by
 * default, or ED25519.
 */
@Component
class CheckpointSigner {

    private final Signatures algorithm;
    private final Path keyFile;
    private final String configuredPrivate;
    private final String configuredPublic;
    private volatile Keys keys;

    record Keys(PrivateKey privateKey, String publicKey) {
    }

    CheckpointSigner(@Value("${mingjing.ledger.signature-algorithm:SM2}") String algorithm,
            @Value("${mingjing.ledger.key-file:${mingjing.data-dir}/keys/ledger-checkpoint-key}") String keyFile,
            @Value("${mingjing.ledger.private-key:}") String configuredPrivate,
            @Value("${mingjing.ledger.public-key:}") String configuredPublic) {
        this.algorithm = Signatures.parse(algorithm);
        this.keyFile = Path.of(keyFile + "-" + this.algorithm.name().toLowerCase(java.util.Locale.ROOT));
        this.configuredPrivate = configuredPrivate;
        this.configuredPublic = configuredPublic;
    }

    Signatures algorithm() {
        return algorithm;
    }

    String publicKey() {
        return keys().publicKey();
    }

    String sign(byte[] message) {
        return algorithm.sign(keys().privateKey(), message);
    }

    private Keys keys() {
        Keys k = keys;
        if (k == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = load();
                }
                k = keys;
            }
        }
        return k;
    }

    private Keys load() {
        try {
            if (!configuredPrivate.isBlank()) {
                return new Keys(algorithm.privateKey(configuredPrivate.strip()), configuredPublic.strip());
            }
            if (!Files.exists(keyFile)) {
                KeyPair pair = algorithm.generate();
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                Path part = Files.createTempFile(keyFile.toAbsolutePath().getParent(), "key-", ".part");
                try {
                    Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's protection applies
                }
                Files.writeString(part, Signatures.encode(pair.getPrivate()) + "\n" + Signatures.encode(pair.getPublic())
                        + "\n", StandardCharsets.US_ASCII);
                try {
                    // a hard link appears whole or not at all, and never replaces a key another node just made
                    Files.createLink(keyFile, part);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another process created it first: use that one
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
            return new Keys(algorithm.privateKey(lines.get(0).strip()), lines.get(1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint key cannot be read or created at " + keyFile, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the checkpoint key is not a valid " + algorithm + " key", e);
        }
    }
}
