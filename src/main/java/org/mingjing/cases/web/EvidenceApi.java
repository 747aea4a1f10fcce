package org.mingjing.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mingjing.cases.CaseEnums.EvidenceKind;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.Evidence;
import org.mingjing.cases.EvidenceService;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence upload and supervised retrieval, with HTTP Range for playback of audio and video. */
@RestController
class EvidenceApi {

    private final EvidenceService evidence;
    private final org.mingjing.cases.Cases cases;

    EvidenceApi(EvidenceService evidence, org.mingjing.cases.Cases cases) {
        this.evidence = evidence;
        this.cases = cases;
    }

    record Uploaded(String id, long size, String sha256, String sm3, String duplicateOf) {
    }

    @PostMapping(value = "/api/cases/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Uploaded upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String description,
            @RequestParam(required = false) String stage) throws IOException {
        EvidenceKind k = parse(EvidenceKind.class, "kind", kind);
        CaseStage s = parse(CaseStage.class, "stage", stage);
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "cases.validation.file-required");
        }
        try (InputStream in = file.getInputStream()) {
            EvidenceService.Uploaded u = evidence.upload(Caller.require(), id, k, description, s,
                    file.getOriginalFilename(), file.getContentType(), in);
            Evidence e = u.evidence();
            return new Uploaded(e.id(), e.size(), e.sha256(), e.sm3(), u.duplicateOf());
        }
    }

    record EvidenceView(String id, String kind, String stage, String description, String filename,
            String contentType, long size, String sha256, String sm3, java.time.OffsetDateTime uploadedAt,
            String uploadedBy) {
    }

    @GetMapping("/api/cases/{id}/evidence")
    List<EvidenceView> list(@PathVariable String id) {
        return evidence.ofCase(cases.requireVisible(Caller.require(), id)).stream()
                .map(e -> new EvidenceView(e.id(), e.kind().name(), e.stage().name(), e.description(), e.filename(),
                        e.contentType(), e.size(), e.sha256(), e.sm3(), e.uploadedAt(), e.uploadedBy()))
                .toList();
    }

    @GetMapping("/api/evidence/{id}/content")
    ResponseEntity<Resource> content(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        EvidenceService.Opened opened = evidence.open(Caller.require(), id, reason, range);
        MediaType type;
        try {
            type = MediaType.parseMediaType(opened.evidence().contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(opened.evidence().filename(), StandardCharsets.UTF_8).build().toString())
                .body(opened.content());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "cases.validation.enum", value);
        }
    }
}
