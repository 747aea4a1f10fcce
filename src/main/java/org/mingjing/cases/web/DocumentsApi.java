package org.mingjing.cases.web;

import java.nio.charset.StandardCharsets;

import org.mingjing.cases.CaseDocuments;
import org.mingjing.shared.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case's documents: PDF to print and sign, OFD (GB/T 33190) for the archive. */
@RestController
class DocumentsApi {

    static final MediaType OFD = MediaType.parseMediaType("application/ofd");

    private final CaseDocuments documents;

    DocumentsApi(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/api/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        CaseDocuments.Rendered r = documents.pdf(Caller.require(), id);
        return file(r, MediaType.APPLICATION_PDF, ".pdf");
    }

    @GetMapping(value = "/api/documents/{id}/ofd", produces = "application/ofd")
    ResponseEntity<byte[]> ofd(@PathVariable String id) {
        CaseDocuments.Rendered r = documents.ofd(Caller.require(), id);
        return file(r, OFD, ".ofd");
    }

    private static ResponseEntity<byte[]> file(CaseDocuments.Rendered r, MediaType type, String suffix) {
        String name = (r.document().number() == null ? r.document().title() : r.document().number()) + suffix;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(r.content());
    }
}
