package org.mingjing.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.ledger.Checkpoint;
import org.mingjing.ledger.Ledger;
import org.mingjing.ledger.LedgerEntry;
import org.mingjing.ledger.LedgerExport;
import org.mingjing.shared.Caller;
import org.mingjing.storage.ObjectStorage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The export of a case for a court, a reconsideration body or an auditor (seed §二(二)5: 案卷归档、可追溯): its
 * documents as PDF, its evidence files, the case's ledger entries with what each recorded, their inclusion proofs
 * against a freshly signed checkpoint, and a manifest — everything {@code verify} needs offline.
 */
@Component
public class CaseExport {

    private final Ledger ledger;
    private final CaseDocuments documents;
    private final EvidenceService evidence;
    private final ObjectStorage storage;
    private final Cases cases;
    private final MessageSource messages;
    private final Retrievals retrievals;

    CaseExport(Ledger ledger, CaseDocuments documents, EvidenceService evidence, ObjectStorage storage, Cases cases,
            MessageSource messages, Retrievals retrievals) {
        this.retrievals = retrievals;
        this.ledger = ledger;
        this.documents = documents;
        this.evidence = evidence;
        this.storage = storage;
        this.cases = cases;
        this.messages = messages;
    }

    /**
     * Prepares the export (sequences the log and signs a checkpoint covering the case), then writes it. An export
     * opens everything of the case, so it is a retrieval (调阅) like any other: logged, with a reason from anyone
     * not on the case.
     */
    public Prepared prepare(Caller caller, String caseId, String reason) {
        CaseFile c = cases.requireVisible(caller, caseId);
        retrievals.record(caller, c, Retrievals.SubjectKind.EXPORT, c.id(), reason, null);
        Checkpoint checkpoint = ledger.checkpoint();
        return new Prepared(caller, c, checkpoint);
    }

    public final class Prepared {
        private final Caller caller;
        private final CaseFile c;
        private final Checkpoint checkpoint;

        Prepared(Caller caller, CaseFile c, Checkpoint checkpoint) {
            this.caller = caller;
            this.c = c;
            this.checkpoint = checkpoint;
        }

        public CaseFile caseFile() {
            return c;
        }

        public void writeTo(OutputStream out) throws IOException {
            List<LedgerEntry> entries = ledger.entries(CaseRecord.SUBJECT, c.id()).stream()
                    .filter(e -> e.index() != null && e.index() < checkpoint.size()).toList();
            Map<String, String> contents = ledger.contents(entries.stream().map(LedgerEntry::id).toList());
            Map<String, List<String>> proofs = new HashMap<>();
            for (LedgerEntry e : entries) {
                proofs.put(e.id(), ledger.inclusionProof(e.index(), checkpoint.size()));
            }
            Map<String, String> evidenceEntry = new HashMap<>();
            for (LedgerEntry e : entries) {
                if (Steps.EVIDENCE.equals(e.action()) && contents.containsKey(e.id())) {
                    JsonNode data = org.mingjing.ledger.CanonicalJson.mapper().readTree(contents.get(e.id()))
                            .path("data");
                    evidenceEntry.put(data.path("evidenceId").asString(""), e.id());
                }
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("number", c.number());
            facts.put("agencyId", c.agencyId());
            facts.put("matterCode", c.matterCode());
            try (LedgerExport zip = new LedgerExport(out, CaseRecord.SUBJECT, c.id(), facts)) {
                zip.text("README.txt", messages.getMessage("cases.export.readme", null, Locale.SIMPLIFIED_CHINESE)
                        + "\n\n" + messages.getMessage("cases.export.readme", null, Locale.ENGLISH) + "\n");
                int i = 1;
                for (CaseDocument d : cases.documents(c)) {
                    byte[] pdf = documents.pdf(caller, d.id()).content();
                    zip.file("documents/%02d-%s.pdf".formatted(i++, safe(d.title())), "DOCUMENT", d.id(), null,
                            new ByteArrayInputStream(pdf));
                }
                i = 1;
                for (Evidence e : evidence.ofCase(c)) {
                    try (InputStream in = storage.open(e.storageKey(), 0, e.size())) {
                        zip.file("evidence/%02d-%s".formatted(i++, safe(e.filename())), "EVIDENCE", e.id(),
                                evidenceEntry.get(e.id()), in);
                    }
                }
                Map<String, String> about = new LinkedHashMap<>();
                about.put("exportedAt", OffsetDateTime.now().toString());
                about.put("exportedBy", caller.username());
                zip.finish(entries, contents, proofs, checkpoint, about);
            }
        }
    }

    private static String safe(String name) {
        String s = name == null ? "file" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return s.length() > 80 ? s.substring(s.length() - 80) : s;
    }
}
