package org.mingjing.generator;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseRecord;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Party;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.ledger.CanonicalJson;
import org.mingjing.ledger.Ledger;

/**
 * The ledger entries of a batch of synthetic cases, built from the very rows the batch inserts and with the same
 * contents the product records for a filing, a step and a document ({@link CaseRecord}) — so a generated case
 * verifies like one handled in the product, and a run of 100,000 cases gives the log about a million entries.
 */
final class LedgerRows {

    private LedgerRows() {
    }

    static List<Ledger.Draft> of(Batch batch) {
        Map<String, List<Party>> parties = new HashMap<>();
        for (Object[] r : batch.parties) {
            parties.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Party(PartyRole.valueOf((String) r[2]), PartyType.valueOf((String) r[3]), (String) r[4],
                            (String) r[5], (String) r[6], (String) r[7], local(r[8]), (String) r[9], (String) r[10],
                            (String) r[11]));
        }
        Map<String, List<String>> officers = new HashMap<>();
        for (Object[] r : batch.officers) {
            officers.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        List<Ledger.Draft> drafts = new ArrayList<>(batch.files.size() + batch.steps.size() + batch.documents.size());
        Map<String, String> stageOfStep = new HashMap<>();
        for (Object[] r : batch.files) {
            String id = (String) r[0];
            CaseFile c = new CaseFile(id, (String) r[1], (String) r[2], MatterCategory.valueOf((String) r[3]),
                    ProcedureKind.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7],
                    Source.valueOf((String) r[8]), (String) r[9], local(r[10]), local(r[11]), (Boolean) r[12],
                    local(r[13]), (String) r[14], (BigDecimal) r[15], (BigDecimal) r[16], CaseStage.valueOf((String) r[17]),
                    local(r[18]), r[19] == null ? null : DecisionType.valueOf((String) r[19]), (BigDecimal) r[20],
                    local(r[21]), local(r[22]), (Integer) r[23], parties.getOrDefault(id, List.of()),
                    officers.getOrDefault(id, List.of()), (Integer) r[27]);
            drafts.add(new Ledger.Draft(CaseRecord.SUBJECT, id, id, CaseStage.FILING.name(), "CASE_FILED",
                    (String) r[25], (OffsetDateTime) r[24], CanonicalJson.of(CaseRecord.filingContent(c))));
        }
        for (Object[] r : batch.steps) {
            CaseStep s = new CaseStep((String) r[0], (String) r[1], (Integer) r[2], (String) r[3],
                    CaseStage.valueOf((String) r[4]), local(r[5]), (String) r[6], (OffsetDateTime) r[7], (String) r[8]);
            stageOfStep.put(s.id(), s.stage().name());
            drafts.add(new Ledger.Draft(CaseRecord.SUBJECT, s.caseId(), s.id(), s.stage().name(), s.kind(),
                    s.recordedBy(), s.recordedAt(), CanonicalJson.of(CaseRecord.stepContent(s))));
        }
        for (Object[] r : batch.documents) {
            CaseDocument d = new CaseDocument((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], local(r[6]));
            drafts.add(new Ledger.Draft(CaseRecord.SUBJECT, d.caseId(), d.id(),
                    stageOfStep.getOrDefault(d.stepId(), CaseStage.FILING.name()), "DOCUMENT_ISSUED", CaseStory.ACTOR,
                    (OffsetDateTime) r[7], CanonicalJson.of(CaseRecord.documentContent(d))));
        }
        return drafts;
    }

    private static java.time.LocalDate local(Object date) {
        return date == null ? null : ((Date) date).toLocalDate();
    }
}
