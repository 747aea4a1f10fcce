package org.mingjing.cases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * SHA-256 and SM3 of a file computed as its bytes come in, across chunks and across nodes.
 *
 * <p>SM3 has no fast implementation in Java, so its state is saved after each chunk (Base64 text in the upload's
 * row) and the next chunk takes it up again wherever it arrives. SHA-256 uses the JDK's digest, which the CPU's SHA
 * instructions make six times faster than any savable one — but whose state cannot be saved: between chunks it
 * stays in this node's memory under a token written to the row in the same transaction as the chunk. A chunk that
 * arrives at another node, or after a restart, finds no digest under the row's token; the upload's SHA-256 is then
 * "lost" and computed once more from the stored object when the upload completes. Only a token a committed chunk
 * wrote is ever looked up, so a chunk whose transaction failed cannot leave a wrong digest behind.
 */
final class Fixity {

    static final String LOST = "lost";
    private static final String TOKEN = "jdk:";
    /** Digests between chunks on this node, by token; the oldest go when uploads are abandoned in numbers. */
    private static final Map<String, MessageDigest> BETWEEN_CHUNKS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, MessageDigest> eldest) {
                    return size() > 10_000;
                }
            });

    private final MessageDigest sha256;
    private final SavableSm3Digest sm3;

    private Fixity(MessageDigest sha256, SavableSm3Digest sm3) {
        this.sha256 = sha256;
        this.sm3 = sm3;
    }

    static Fixity start() {
        return new Fixity(newSha256(), new SavableSm3Digest());
    }

    static Fixity resume(String sha256State, String sm3State) {
        MessageDigest sha = null;
        if (sha256State != null && sha256State.startsWith(TOKEN)) {
            MessageDigest kept = BETWEEN_CHUNKS.get(sha256State.substring(TOKEN.length()));
            if (kept != null) {
                sha = copy(kept);
            }
        }
        return new Fixity(sha, new SavableSm3Digest(Base64.getDecoder().decode(sm3State)));
    }

    void update(byte[] bytes, int offset, int length) {
        updateSha256(bytes, offset, length);
        sm3.update(bytes, offset, length);
    }

    void updateSha256(byte[] bytes, int offset, int length) {
        if (sha256 != null) {
            sha256.update(bytes, offset, length);
        }
    }

    void updateSm3(byte[] bytes, int offset, int length) {
        sm3.update(bytes, offset, length);
    }

    /** Whether the SHA-256 of the bytes so far is unknown here and must be computed from the stored object. */
    boolean sha256Lost() {
        return sha256 == null;
    }

    /** The SHA-256 state to write to the row: a token for the digest kept on this node, or {@value #LOST}. */
    String sha256State() {
        if (sha256 == null) {
            return LOST;
        }
        String token = UUID.randomUUID().toString();
        BETWEEN_CHUNKS.put(token, copy(sha256));
        return TOKEN + token;
    }

    String sm3State() {
        return Base64.getEncoder().encodeToString(sm3.getEncodedState());
    }

    /** The hex SHA-256 of everything so far (the state stays as it was); only when not {@link #sha256Lost()}. */
    String sha256Hex() {
        if (sha256 == null) {
            throw new IllegalStateException("the SHA-256 of this upload must be computed from the stored object");
        }
        return HexFormat.of().formatHex(copy(sha256).digest());
    }

    String sm3Hex() {
        byte[] out = new byte[32];
        ((SavableSm3Digest) sm3.copy()).doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** Forgets the digest a finished or abandoned upload kept on this node. */
    static void forget(String sha256State) {
        if (sha256State != null && sha256State.startsWith(TOKEN)) {
            BETWEEN_CHUNKS.remove(sha256State.substring(TOKEN.length()));
        }
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest copy(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }
}
