package org.mingjing.cases.web;

import java.nio.charset.StandardCharsets;

import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseDocuments;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Retrievals;
import org.mingjing.shared.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents: PDF to print and sign, OFD (GB/T 33190) for the archive. Every opening is logged as a
 * retrieval; whoever is not on the case gives a {@code reason} (seed §二(二)5-6).
 */
@RestController
class DocumentsApi {

    static final MediaType OFD = MediaType.parseMediaType("application/ofd");

    private final CaseDocuments documents;
    private final Cases cases;
    private final Retrievals retrievals;

    DocumentsApi(CaseDocuments documents, Cases cases, Retrievals retrievals) {
        this.documents = documents;
        this.cases = cases;
        this.retrievals = retrievals;
    }

    @GetMapping(value = "/api/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String reason) {
        Caller caller = Caller.require();
        logOpening(caller, id, reason);
        CaseDocuments.Rendered r = documents.pdf(caller, id);
        return file(r, MediaType.APPLICATION_PDF, ".pdf");
    }

    @GetMapping(value = "/api/documents/{id}/ofd", produces = "application/ofd")
    ResponseEntity<byte[]> ofd(@PathVariable String id, @RequestParam(required = false) String reason) {
        Caller caller = Caller.require();
        logOpening(caller, id, reason);
        CaseDocuments.Rendered r = documents.ofd(caller, id);
        return file(r, OFD, ".ofd");
    }

    /** Logs the opening before the document is rendered: a missing reason is refused before any content. */
    private void logOpening(Caller caller, String documentId, String reason) {
        CaseDocument d = cases.requireVisibleDocument(caller, documentId);
        retrievals.record(caller, cases.requireVisible(caller, d.caseId()), Retrievals.SubjectKind.DOCUMENT, d.id(),
                reason, null);
    }

    private static ResponseEntity<byte[]> file(CaseDocuments.Rendered r, MediaType type, String suffix) {
        String name = (r.document().number() == null ? r.document().title() : r.document().number()) + suffix;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(r.content());
    }
}
