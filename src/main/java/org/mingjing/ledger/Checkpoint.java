package org.mingjing.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A signed statement of the log's state: its size, its Merkle root and when. Whoever keeps one can later prove
 * that the log still begins with exactly those entries (a consistency proof) and that an entry is in it (an
 * inclusion proof). The signature covers {@link #signedText()}.
 */
public record Checkpoint(long size, String rootHash, OffsetDateTime issuedAt, String algorithm, String signature,
        String publicKey) {

    public static final String FORMAT = "mingjing-checkpoint/1";

    public byte[] signedText() {
        return signedText(size, rootHash, issuedAt.toInstant());
    }

    public static byte[] signedText(long size, String rootHash, Instant issuedAt) {
        return (FORMAT + "\n" + size + "\n" + rootHash + "\n" + LedgerEntry.INSTANT.format(issuedAt) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
