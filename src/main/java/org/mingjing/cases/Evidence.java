package org.mingjing.cases;

import java.time.OffsetDateTime;

import org.mingjing.cases.CaseEnums.EvidenceKind;

/** One item of evidence of a case (行政处罚法 Art. 46) with its fixity. */
public record Evidence(String id, String caseId, EvidenceKind kind, CaseStage stage, String description,
        String filename, String contentType, long size, String sha256, String sm3, String storageKey,
        OffsetDateTime uploadedAt, String uploadedBy) {
}
