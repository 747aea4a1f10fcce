package org.mingjing.cases;

import java.time.OffsetDateTime;

import org.mingjing.cases.CaseEnums.EvidenceKind;
import org.mingjing.catalogue.AvStage;

/**
 * One item of evidence of a case (行政处罚法 Art. 46) with its fixity, and for a recording the item of the
 * audio-video checklist it serves ({@code avStage}, seed §二(二)3(2)), the step it documents, the device, the
 * officer, and when and where it was recorded.
 */
public record Evidence(String id, String caseId, EvidenceKind kind, CaseStage stage, String description,
        String filename, String contentType, long size, String sha256, String sm3, String storageKey,
        OffsetDateTime uploadedAt, String uploadedBy, AvStage avStage, String stepId, String device,
        String officerId, OffsetDateTime recordedAt, String recordedPlace) {

    /** Whether it is a recording the browser can play: audio or video. */
    public boolean playable() {
        return contentType.startsWith("video/") || contentType.startsWith("audio/");
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
