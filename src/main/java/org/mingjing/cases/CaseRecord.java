package org.mingjing.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.ledger.CanonicalJson;
import org.mingjing.ledger.FileFixity;
import org.mingjing.ledger.Finding;
import org.mingjing.ledger.Ledger;
import org.mingjing.ledger.LedgerEntry;
import org.mingjing.shared.Caller;
import org.mingjing.storage.ObjectStorage;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The full-process record of a case (执法全过程记录; seed §二(二)1, 5): every change of a case — its filing, each
 * step, each document issued — appends an entry to the {@link Ledger} in the same transaction as the change, with
 * the change's content as canonical JSON. Verifying a case checks the ledger's proofs and then the case's own
 * tables against what was recorded: a step, document or evidence file changed or removed afterwards, or one that
 * appeared without its entry, is found.
 */
@Component
public class CaseRecord {

    /** The subject type of case entries in the ledger. */
    public static final String SUBJECT = "CASE";

    private final Ledger ledger;
    private final ObjectStorage storage;

    CaseRecord(Ledger ledger, ObjectStorage storage) {
        this.ledger = ledger;
        this.storage = storage;
    }

    // ---------------------------------------------------------------- appending

    void filed(CaseFile c, String actor, OffsetDateTime at) {
        ledger.append(new Ledger.Draft(SUBJECT, c.id(), c.id(), CaseStage.FILING.name(), "CASE_FILED", actor, at,
                CanonicalJson.of(filingContent(c))));
    }

    void stepRecorded(CaseStep s) {
        ledger.append(new Ledger.Draft(SUBJECT, s.caseId(), s.id(), s.stage().name(), s.kind(), s.recordedBy(),
                s.recordedAt(), CanonicalJson.of(stepContent(s))));
    }

    void documentIssued(CaseDocument d, CaseStage stage, OffsetDateTime at) {
        String actor = Caller.current().map(Caller::username).orElse("system");
        ledger.append(new Ledger.Draft(SUBJECT, d.caseId(), d.id(), stage.name(), "DOCUMENT_ISSUED", actor, at,
                CanonicalJson.of(documentContent(d))));
    }

    /** What a filing records: the case as filed, its parties and officers. Money as plain decimal text. */
    public static ObjectNode filingContent(CaseFile c) {
        ObjectNode o = CanonicalJson.mapper().createObjectNode();
        o.put("record", "CASE_FILED");
        o.put("caseId", c.id());
        o.put("agencyId", c.agencyId());
        o.put("number", c.number());
        o.put("actType", c.actType().name());
        o.put("procedure", c.procedure().name());
        o.put("matterId", c.matterId());
        o.put("matterCode", c.matterCode());
        o.put("matterName", c.matterName());
        o.put("source", c.source().name());
        o.put("facts", c.facts());
        o.put("occurredOn", text(c.occurredOn()));
        o.put("continuingUntil", text(c.continuingUntil()));
        o.put("seriousHarm", c.seriousHarm());
        o.put("filedOn", text(c.filedOn()));
        o.put("place", c.place());
        o.put("illegalIncome", money(c.illegalIncome()));
        o.put("illegalTurnover", money(c.illegalTurnover()));
        ArrayNode parties = o.putArray("parties");
        for (Party p : c.parties()) {
            ObjectNode n = parties.addObject();
            n.put("role", p.role().name());
            n.put("type", p.type().name());
            n.put("name", p.name());
            n.put("idNumber", p.idNumber());
            n.put("creditCode", p.creditCode());
            n.put("legalRepresentative", p.legalRepresentative());
            n.put("birthDate", text(p.birthDate()));
            n.put("phone", p.phone());
            n.put("address", p.address());
            n.put("bankAccount", p.bankAccount());
        }
        ArrayNode officers = o.putArray("officerIds");
        c.officerIds().forEach(officers::add);
        return o;
    }

    /** What a step records: its place in the case, kind, stage, day, content, and who recorded it when. */
    public static ObjectNode stepContent(CaseStep s) {
        ObjectNode o = CanonicalJson.mapper().createObjectNode();
        o.put("record", "CASE_STEP");
        o.put("caseId", s.caseId());
        o.put("stepId", s.id());
        o.put("seq", s.seq());
        o.put("kind", s.kind());
        o.put("stage", s.stage().name());
        o.put("occurredOn", text(s.occurredOn()));
        o.set("data", CanonicalJson.mapper().readTree(s.data()));
        o.put("recordedAt", LedgerEntry.INSTANT.format(s.recordedAt().toInstant()));
        o.put("recordedBy", s.recordedBy());
        return o;
    }

    public static ObjectNode documentContent(CaseDocument d) {
        ObjectNode o = CanonicalJson.mapper().createObjectNode();
        o.put("record", "CASE_DOCUMENT");
        o.put("caseId", d.caseId());
        o.put("documentId", d.id());
        o.put("kind", d.kind());
        o.put("number", d.number());
        o.put("title", d.title());
        o.put("stepId", d.stepId());
        o.put("issuedOn", text(d.issuedOn()));
        return o;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static String money(BigDecimal m) {
        return m == null ? null : m.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- verifying

    /** The outcome of verifying a case: the ledger's findings and the case's own, and how many entries were checked. */
    public record Verification(boolean valid, int entries, List<Finding> findings, Ledger.SubjectCheck check) {
    }

    /**
     * Verifies a case: the ledger's proofs for its entries against a freshly signed checkpoint, and then every
     * filing, step, document and evidence file of the case against the content its entry recorded. Evidence files
     * are hashed again, whole.
     */
    public Verification verify(CaseFile c, List<CaseStep> steps, List<CaseDocument> documents,
            List<Evidence> evidence) {
        Ledger.SubjectCheck check = ledger.verify(SUBJECT, c.id());
        List<Finding> findings = new ArrayList<>(check.findings());
        Map<String, LedgerEntry> byRecord = new HashMap<>();
        for (LedgerEntry e : check.entries()) {
            byRecord.put(e.recordRef(), e);
        }
        Set<String> live = new HashSet<>();
        live.add(c.id());
        LedgerEntry filing = byRecord.get(c.id());
        if (filing == null) {
            findings.add(Finding.of("RECORD_WITHOUT_ENTRY", c.number()));
        } else {
            String kept = check.contents().get(filing.id());
            if (kept != null && !withoutOfficers(CanonicalJson.of(filingContent(c))).equals(withoutOfficers(kept))) {
                findings.add(Finding.of("RECORD_CHANGED", filing, c.number()));
            }
        }
        for (CaseStep s : steps) {
            live.add(s.id());
            compare(byRecord.get(s.id()), CanonicalJson.of(stepContent(s)), s.kind() + " #" + s.seq(), findings);
        }
        for (CaseDocument d : documents) {
            live.add(d.id());
            compare(byRecord.get(d.id()), CanonicalJson.of(documentContent(d)), d.title(), findings);
        }
        for (LedgerEntry e : check.entries()) {
            if (!live.contains(e.recordRef())) {
                findings.add(Finding.of("ENTRY_WITHOUT_RECORD", e, e.action()));
            }
        }
        Map<String, String> recordedSha = new HashMap<>();
        for (CaseStep s : steps) {
            if (Steps.EVIDENCE.equals(s.kind())) {
                JsonNode data = CanonicalJson.mapper().readTree(s.data());
                recordedSha.put(data.path("evidenceId").asString(""), data.path("sha256").asString(""));
            }
        }
        for (Evidence e : evidence) {
            String recorded = recordedSha.get(e.id());
            if (recorded == null) {
                findings.add(Finding.of("RECORD_WITHOUT_ENTRY", e.filename()));
            } else if (!recorded.equals(e.sha256())) {
                findings.add(Finding.of("EVIDENCE_CHANGED", e.filename()));
            }
            fixity(e).ifPresent(findings::add);
        }
        return new Verification(findings.isEmpty(), check.entries().size(), findings, check);
    }

    private static void compare(LedgerEntry entry, String canonical, String label, List<Finding> findings) {
        if (entry == null) {
            findings.add(Finding.of("RECORD_WITHOUT_ENTRY", label));
        } else if (!CanonicalJson.hash(canonical).equals(entry.contentHash())) {
            findings.add(Finding.of("RECORD_CHANGED", entry, label));
        }
    }

    /** Officers join a case after filing when one is recused (the recusal step records it): compare without them. */
    private static String withoutOfficers(String canonicalFiling) {
        ObjectNode o = (ObjectNode) CanonicalJson.mapper().readTree(canonicalFiling);
        o.remove("officerIds");
        return CanonicalJson.of(o);
    }

    private Optional<Finding> fixity(Evidence e) {
        java.util.OptionalLong stored = storage.size(e.storageKey());
        if (stored.isEmpty()) {
            return Optional.of(Finding.of("EVIDENCE_FILE_MISSING", e.filename()));
        }
        try (InputStream in = storage.open(e.storageKey(), 0, stored.getAsLong())) {
            FileFixity actual = FileFixity.of(in);
            if (actual.size() != e.size() || !actual.sha256().equals(e.sha256()) || !actual.sm3().equals(e.sm3())) {
                return Optional.of(Finding.of("EVIDENCE_FILE_CHANGED", e.filename()));
            }
            return Optional.empty();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The entries of a case, in the order of the log. */
    public List<LedgerEntry> entries(CaseFile c) {
        return ledger.entries(SUBJECT, c.id());
    }

}
