package org.mingjing.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mingjing.cases.AvChecklist;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Drafts;
import org.mingjing.cases.Evidence;
import org.mingjing.cases.EvidenceService;
import org.mingjing.cases.EvidenceUploads;
import org.mingjing.cases.StoredContent;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Evidence: upload in one request or resumably in chunks, the audio-video checklist of a case, and supervised
 * retrieval with HTTP Range for playback of audio and video.
 */
@RestController
class EvidenceApi {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    private final EvidenceService evidence;
    private final EvidenceUploads uploads;
    private final Cases cases;
    private final AvChecklist checklist;
    private final MessageSource messages;

    EvidenceApi(EvidenceService evidence, EvidenceUploads uploads, Cases cases, AvChecklist checklist,
            MessageSource messages) {
        this.evidence = evidence;
        this.uploads = uploads;
        this.cases = cases;
        this.checklist = checklist;
        this.messages = messages;
    }

    record Uploaded(String id, long size, String sha256, String sm3, String duplicateOf) {

        static Uploaded of(EvidenceService.Uploaded u) {
            Evidence e = u.evidence();
            return new Uploaded(e.id(), e.size(), e.sha256(), e.sm3(), u.duplicateOf());
        }
    }

    @PostMapping(value = "/api/cases/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Uploaded upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String description,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String avStage,
            @RequestParam(required = false) String device, @RequestParam(required = false) String recordedAt,
            @RequestParam(required = false) String recordedPlace, @RequestParam(required = false) String officerId,
            @RequestParam(required = false) String stepId) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "cases.validation.file-required");
        }
        EvidenceUploads.Draft draft = new EvidenceUploads.Draft(file.getOriginalFilename(), file.getContentType(),
                file.getSize(), kind, description, stage, avStage, device, recordedAt, recordedPlace, officerId,
                stepId);
        try (InputStream in = file.getInputStream()) {
            return Uploaded.of(evidence.upload(Caller.require(), id, draft, in));
        }
    }

    // ---------------------------------------------------------------- resumable uploads

    record Opened(String uploadId, long offset, long size, long minChunk) {
    }

    @PostMapping("/api/cases/{id}/evidence/uploads")
    @ResponseStatus(HttpStatus.CREATED)
    Opened begin(@PathVariable String id, @RequestBody EvidenceUploads.Draft draft) {
        EvidenceUploads.Session s = uploads.begin(Caller.require(), id, draft);
        return new Opened(s.id(), s.offset(), s.size(), EvidenceUploads.MIN_CHUNK);
    }

    record Offset(long offset) {
    }

    /**
     * One chunk, {@code Content-Range: bytes first-last/total} and the raw bytes: 200 {@code {offset}}, or 201 with
     * the evidence once the last chunk is in; 409 {@code upload-offset} with {@code offset} to resume from.
     */
    @PutMapping("/api/evidence/uploads/{uploadId}")
    ResponseEntity<Object> chunk(@PathVariable String uploadId,
            @RequestHeader(value = HttpHeaders.CONTENT_RANGE, required = false) String contentRange,
            HttpServletRequest request) throws IOException {
        Caller caller = Caller.require();
        try {
            EvidenceUploads.Range range = EvidenceUploads.Range.parse(contentRange);
            EvidenceUploads.ChunkResult result = uploads.chunk(caller, uploadId, range,
                    request.getContentLengthLong(), request.getInputStream());
            if (result.completed() != null) {
                return ResponseEntity.status(HttpStatus.CREATED).body(Uploaded.of(result.completed()));
            }
            return ResponseEntity.ok(new Offset(result.offset()));
        } catch (ProblemException e) {
            drain(request);
            if (!"upload-offset".equals(e.code())) {
                throw e;
            }
            ProblemDetail problem = Problems.of(messages, e);
            problem.setProperty("offset", e.args()[0]);
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    /**
     * Reads what is left of a refused chunk's body (up to 128 MiB), so that the client, still sending, receives
     * the refusal instead of a connection closed under it; the container closes the connection past that.
     */
    private static void drain(HttpServletRequest request) {
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = 128L * 1024 * 1024;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the connection is gone already
        }
    }

    record Status(long offset, long size, String state, String evidenceId) {
    }

    @GetMapping("/api/evidence/uploads/{uploadId}")
    Status status(@PathVariable String uploadId) {
        EvidenceUploads.Session s = uploads.status(Caller.require(), uploadId);
        return new Status(s.offset(), s.size(), s.state(), s.evidenceId());
    }

    @DeleteMapping("/api/evidence/uploads/{uploadId}")
    ResponseEntity<Void> abort(@PathVariable String uploadId) {
        uploads.abort(Caller.require(), uploadId);
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- listing and the checklist

    record EvidenceView(String id, String kind, String stage, String description, String filename,
            String contentType, long size, String sha256, String sm3, OffsetDateTime uploadedAt, String uploadedBy,
            String avStage, String stepId, String device, String officerId, OffsetDateTime recordedAt,
            String recordedPlace) {
    }

    @GetMapping("/api/cases/{id}/evidence")
    List<EvidenceView> list(@PathVariable String id) {
        return evidence.ofCase(cases.requireVisible(Caller.require(), id)).stream()
                .map(e -> new EvidenceView(e.id(), e.kind().name(), e.stage().name(), e.description(), e.filename(),
                        e.contentType(), e.size(), e.sha256(), e.sm3(), e.uploadedAt(), e.uploadedBy(),
                        e.avStage() == null ? null : e.avStage().name(), e.stepId(), e.device(), e.officerId(),
                        e.recordedAt(), e.recordedPlace()))
                .toList();
    }

    record AvItemView(String stepId, String stepKind, String avStage, java.time.LocalDate occurredOn,
            boolean recorded, boolean absenceExplained, boolean awaiting) {
    }

    /** The acts of the case the matter's audio-video checklist lists, and whether each is covered. */
    @GetMapping("/api/cases/{id}/av-checklist")
    List<AvItemView> avChecklist(@PathVariable String id) {
        CaseFile c = cases.requireVisible(Caller.require(), id);
        return checklist.items(c, cases.steps(c)).stream().map(i -> new AvItemView(i.stepId(), i.stepKind(),
                i.avStage().name(), i.occurredOn(), i.recorded(), i.absenceExplained(), i.awaiting())).toList();
    }

    record Created(String id) {
    }

    /** Why an act the checklist lists has no recording; recorded as a step of the case. */
    @PostMapping("/api/cases/{id}/av-absences")
    @ResponseStatus(HttpStatus.CREATED)
    Created avAbsence(@PathVariable String id, @RequestBody Drafts.AvAbsenceDraft d) {
        return new Created(cases.recordAvAbsence(Caller.require(), id, d).id());
    }

    // ---------------------------------------------------------------- retrieval

    /**
     * The content, whole (200) or one byte range (206 with {@code Content-Range}; 416 if it lies outside the
     * file), streamed from the storage; several ranges at once are answered with the whole file. Every request is
     * a logged retrieval.
     */
    @GetMapping("/api/evidence/{id}/content")
    void content(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range, HttpServletResponse response)
            throws IOException {
        EvidenceService.Opened opened = evidence.open(Caller.require(), id, reason, range);
        StoredContent content = (StoredContent) opened.content();
        Evidence e = opened.evidence();
        long size = content.contentLength();
        MediaType type;
        try {
            type = MediaType.parseMediaType(e.contentType());
        } catch (IllegalArgumentException ex) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.ETAG, "\"" + e.sha256() + "\"");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(e.filename(), StandardCharsets.UTF_8).build().toString());
        long first = 0;
        long last = size - 1;
        boolean partial = false;
        Matcher m = range == null ? null : SINGLE_RANGE.matcher(range.strip());
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    unsatisfiable(response, size);
                    return;
                }
                first = Math.max(0, size - suffix);
            } else {
                first = Long.parseLong(m.group(1));
                if (!m.group(2).isEmpty()) {
                    last = Math.min(Long.parseLong(m.group(2)), size - 1);
                    if (Long.parseLong(m.group(2)) < first) {
                        unsatisfiable(response, size);
                        return;
                    }
                }
                if (first >= size) {
                    unsatisfiable(response, size);
                    return;
                }
            }
            partial = true;
        }
        long length = last - first + 1;
        response.setStatus(partial ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
        response.setContentType(type.toString());
        response.setContentLengthLong(Math.max(length, 0));
        if (partial) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + first + "-" + last + "/" + size);
        }
        if (length <= 0) {
            return;
        }
        try (InputStream in = content.open(first, length)) {
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    private static void unsatisfiable(HttpServletResponse response, long size) {
        response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
        response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
        response.setContentLength(0);
    }

}
