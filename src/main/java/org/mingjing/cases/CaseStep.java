package org.mingjing.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One act of a case in order: its kind, the stage it belongs to, the day it happened, its content as JSON. */
public record CaseStep(String id, String caseId, int seq, String kind, CaseStage stage, LocalDate occurredOn,
        String data, OffsetDateTime recordedAt, String recordedBy) {
}
