package org.mingjing.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the log: what changed (the subject, e.g. a case, and the record within it), at which stage, by
 * which action and actor, when, and the SHA-256 of the content it covers — never the content itself. Its
 * {@code index} is its place in the log, given by the sequencer shortly after the change commits (null until
 * then). Its leaf hash is the RFC 6962 leaf hash of {@link #leafData()}.
 */
public record LedgerEntry(String id, Long index, String subjectType, String subjectId, String recordRef,
        String stage, String action, String actor, OffsetDateTime recordedAt, String contentHash, String leafHash) {

    /** The instant as the leaf holds it: UTC, to the microsecond, which both databases keep exactly. */
    public static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public static final String LEAF_FORMAT = "mingjing-ledger-entry/1";

    /**
     * The bytes the leaf hash covers: the format name and the fields, one per line, UTF-8 — simple enough to be
     * rebuilt by hand from an exported entry.
     */
    public byte[] leafData() {
        return leafData(id, subjectType, subjectId, recordRef, stage, action, actor, recordedAt.toInstant(),
                contentHash);
    }

    public static byte[] leafData(String id, String subjectType, String subjectId, String recordRef, String stage,
            String action, String actor, Instant recordedAt, String contentHash) {
        String text = String.join("\n", LEAF_FORMAT, id, subjectType, subjectId, recordRef, stage, action, actor,
                INSTANT.format(recordedAt.truncatedTo(ChronoUnit.MICROS)), contentHash);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The leaf hash the fields give, to compare with the one stored. */
    public String computedLeafHash() {
        return MerkleTree.hex(MerkleTree.leafHash(leafData()));
    }
}
