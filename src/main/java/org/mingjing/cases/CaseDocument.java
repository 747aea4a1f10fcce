package org.mingjing.cases;

import java.time.LocalDate;

/** A document of the case (执法文书), rendered from the case's data when it is opened. */
public record CaseDocument(String id, String caseId, String kind, String number, String title, String stepId,
        LocalDate issuedOn) {
}
