package org.mingjing.cases.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.mingjing.cases.CaseExport;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseRecord;
import org.mingjing.cases.Cases;
import org.mingjing.cases.EvidenceService;
import org.mingjing.ledger.Finding;
import org.mingjing.ledger.LedgerEntry;
import org.mingjing.shared.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The full-process record of a case: its ledger entries, their verification, and the export for offline checking. */
@RestController
class CaseLedgerApi {

    private final Cases cases;
    private final CaseRecord record;
    private final EvidenceService evidence;
    private final CaseExport export;
    private final MessageSource messages;

    CaseLedgerApi(Cases cases, CaseRecord record, EvidenceService evidence, CaseExport export,
            MessageSource messages) {
        this.cases = cases;
        this.record = record;
        this.evidence = evidence;
        this.export = export;
        this.messages = messages;
    }

    record EntryView(Long index, String id, String stage, String action, String actor, OffsetDateTime recordedAt,
            String hash, String contentHash, String recordRef) {

        static EntryView of(LedgerEntry e) {
            return new EntryView(e.index(), e.id(), e.stage(), e.action(), e.actor(), e.recordedAt(), e.leafHash(),
                    e.contentHash(), e.recordRef());
        }
    }

    @GetMapping("/api/cases/{id}/ledger")
    List<EntryView> ledger(@PathVariable String id) {
        CaseFile c = cases.requireVisible(Caller.require(), id);
        return record.entries(c).stream().map(EntryView::of).toList();
    }

    record FindingView(String code, String message, String entryId, Long index) {
    }

    record CheckpointView(long size, String rootHash, OffsetDateTime issuedAt, String algorithm) {
    }

    record VerificationView(boolean valid, int entries, List<FindingView> problems, CheckpointView checkpoint) {
    }

    @GetMapping("/api/cases/{id}/ledger/verify")
    VerificationView verify(@PathVariable String id) {
        CaseFile c = cases.requireVisible(Caller.require(), id);
        CaseRecord.Verification v = record.verify(c, cases.steps(c), cases.documents(c), evidence.ofCase(c));
        return view(v, messages, LocaleContextHolder.getLocale());
    }

    static VerificationView view(CaseRecord.Verification v, MessageSource messages, Locale locale) {
        var cp = v.check().checkpoint();
        return new VerificationView(v.valid(), v.entries(),
                v.findings().stream().map(f -> finding(f, messages, locale)).toList(),
                cp == null ? null : new CheckpointView(cp.size(), cp.rootHash(), cp.issuedAt(), cp.algorithm()));
    }

    static FindingView finding(Finding f, MessageSource messages, Locale locale) {
        return new FindingView(f.code(), f.message(messages, locale), f.entryId(), f.index());
    }

    @GetMapping("/api/cases/{id}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String id,
            @RequestParam(required = false) String reason) {
        CaseExport.Prepared prepared = export.prepare(Caller.require(), id, reason);
        String name = prepared.caseFile().number() + ".zip";
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case.zip\"; filename*=UTF-8''" + encoded)
                .body(prepared::writeTo);
    }
}
