package org.mingjing.publicity;

import java.time.OffsetDateTime;

/** A text the public saw of a publication (revision 0 is the first release), and the note of the correction. */
public record PublicationRevision(int revision, String maskedText, String originalText, String note,
        String recordedBy, OffsetDateTime recordedAt) {
}
