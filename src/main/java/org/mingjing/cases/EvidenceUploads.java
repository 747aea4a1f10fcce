package org.mingjing.cases;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.cases.CaseEnums.EvidenceKind;
import org.mingjing.catalogue.AvStage;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.mingjing.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resumable uploads of evidence (断点续传): a session in the database that any application node can continue, the
 * file sent in chunks of at least 5 MiB (the last may be smaller) at the offset the session has reached, its
 * SHA-256 and SM3 computed on the way and their states saved after each chunk.
 *
 * <p>Crash safety: the session row, with the key the object will have, is committed before any byte is stored,
 * so every stored object belongs to an evidence row or to a session still {@code OPEN} or {@code COMPLETING}. A
 * chunk is written and counted in one transaction that holds the session's row: it counts only if every byte of
 * it arrived and was written (flushed to disk); a dropped connection leaves the offset where it was. The last
 * chunk moves the session to {@code COMPLETING} with its final fixity; then the object is made to appear (a
 * repeatable step) and the evidence row, the case's evidence step and the closed session are written in one
 * transaction. A failure in between leaves a {@code COMPLETING} session that the next request for it, or the
 * cleanup job, finishes. Abandoned sessions expire after {@code mingjing.storage.upload-expiry} and their staged
 * data is deleted.
 */
@Service
public class EvidenceUploads {

    private static final Logger log = LoggerFactory.getLogger(EvidenceUploads.class);

    /** The smallest chunk except the last: S3's smallest multipart part. */
    public static final long MIN_CHUNK = ObjectStorage.MIN_PART_SIZE;
    /** A chunk is stored in parts of at most this size. */
    static final long MAX_PART = 64L * 1024 * 1024;
    static final long MAX_SIZE = 1L << 40;

    public static final String OPEN = "OPEN";
    public static final String COMPLETING = "COMPLETING";
    public static final String COMPLETED = "COMPLETED";
    public static final String ABORTED = "ABORTED";
    public static final String EXPIRED = "EXPIRED";

    private final JdbcClient jdbc;
    private final ObjectStorage storage;
    private final Cases cases;
    private final CaseRepository repository;
    private final Organization organization;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration expiry;
    private final JsonMapper json = JsonMapper.builder().build();

    EvidenceUploads(JdbcClient jdbc, ObjectStorage storage, Cases cases, CaseRepository repository,
            Organization organization, PlatformTransactionManager transactions, Clock clock,
            @Value("${mingjing.storage.upload-expiry:24h}") Duration expiry) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.cases = cases;
        this.repository = repository;
        this.organization = organization;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.expiry = expiry;
    }

    /** What the client says of the file before sending it; text, so that every field is checked the same way. */
    public record Draft(String filename, String contentType, Long size, String kind, String description,
            String stage, String avStage, String device, String recordedAt, String recordedPlace, String officerId,
            String stepId) {
    }

    /** A session as the client sees it. */
    public record Session(String id, String caseId, String state, long size, long offset, String evidenceId) {
    }

    /** What a chunk achieved: the new offset, and the evidence once the last chunk is in. */
    public record ChunkResult(long offset, EvidenceService.Uploaded completed) {
    }

    /** {@code Content-Range: bytes first-last/total}. */
    public record Range(long first, long last, long total) {

        public long length() {
            return last - first + 1;
        }

        public static Range parse(String header) {
            if (header == null || header.isBlank()) {
                throw ProblemException.invalid("Content-Range", "evidence.upload.range-required");
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*bytes\\s+(\\d{1,19})-(\\d{1,19})/(\\d{1,19})\\s*")
                    .matcher(header);
            if (!m.matches()) {
                throw ProblemException.invalid("Content-Range", "evidence.upload.range-malformed", header);
            }
            try {
                Range r = new Range(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
                if (r.last < r.first) {
                    throw ProblemException.invalid("Content-Range", "evidence.upload.range-malformed", header);
                }
                return r;
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("Content-Range", "evidence.upload.range-malformed", header);
            }
        }
    }

    /** The session's row. */
    record Row(String id, String caseId, String state, String storageKey, String stagingId, String filename,
            String contentType, long size, long received, String parts, String sha256State, String sm3State,
            EvidenceKind kind, CaseStage stage, String description, AvStage avStage, String stepId, String device,
            String officerId, OffsetDateTime recordedAt, String recordedPlace, String evidenceId, boolean released,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt) {

        Session session() {
            return new Session(id, caseId, state, size, received, evidenceId);
        }

        ObjectStorage.Staging staging() {
            return new ObjectStorage.Staging(storageKey, stagingId);
        }
    }

    /** The checked metadata of a new upload. */
    record Metadata(String filename, String contentType, long size, EvidenceKind kind, CaseStage stage,
            String description, AvStage avStage, String stepId, String device, String officerId,
            OffsetDateTime recordedAt, String recordedPlace) {
    }

    // ---------------------------------------------------------------- the client's requests

    /**
     * Opens an upload on a case: by its officers or the agency's head (others of the agency's reach 403, anyone
     * else 404), before the case is closed, with the metadata checked as for a whole upload.
     */
    public Session begin(Caller caller, String caseId, Draft draft) {
        CaseFile c = requireActor(caller, caseId);
        Metadata m = check(c, draft, true);
        return begin(caller, c, m).session();
    }

    private Row begin(Caller caller, CaseFile c, Metadata m) {
        String id = Ids.newId();
        String key = "evidence/" + id.substring(0, 2) + "/" + id;
        OffsetDateTime now = OffsetDateTime.now(clock);
        Fixity fresh = Fixity.start();
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("c", c.id());
        p.put("key", key);
        p.put("f", m.filename());
        p.put("t", m.contentType());
        p.put("s", m.size());
        p.put("sha", fresh.sha256State());
        p.put("sm3", fresh.sm3State());
        p.put("kind", m.kind().name());
        p.put("stage", m.stage().name());
        p.put("d", m.description());
        p.put("av", m.avStage() == null ? null : m.avStage().name());
        p.put("step", m.stepId());
        p.put("device", m.device());
        p.put("officer", m.officerId());
        p.put("rat", m.recordedAt());
        p.put("rplace", m.recordedPlace());
        p.put("now", now);
        p.put("by", caller.username());
        tx.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO evidence_upload (id, case_id, state, storage_key, filename, content_type, size_bytes,
                  received_bytes, parts, sha256_state, sm3_state, kind, stage, description, av_stage, step_id, device,
                  officer_id, recorded_at, recorded_place, released, created_at, created_by, updated_at)
                VALUES (:id, :c, 'OPEN', :key, :f, :t, :s, 0, '[]', :sha, :sm3, :kind, :stage, :d, :av, :step, :device,
                  :officer, :rat, :rplace, FALSE, :now, :by, :now)""").params(p).update());
        ObjectStorage.Staging staging;
        try {
            staging = storage.begin(key);
        } catch (RuntimeException e) {
            log.error("storage refused to begin upload {}", id, e);
            close(id, ABORTED);
            jdbc.sql("UPDATE evidence_upload SET released = TRUE WHERE id = :id").param("id", id).update();
            throw ProblemException.unavailable("storage-unavailable", "evidence.upload.storage-unavailable");
        }
        tx.executeWithoutResult(status -> jdbc.sql("UPDATE evidence_upload SET staging_id = :s WHERE id = :id")
                .params(Map.of("s", staging.id(), "id", id)).update());
        return row(id).orElseThrow();
    }

    public Session status(Caller caller, String uploadId) {
        Row r = requireSession(caller, uploadId);
        if (COMPLETING.equals(r.state())) {
            try {
                finish(r.id());
            } catch (RuntimeException e) {
                log.warn("upload {} could not be finished yet", r.id(), e);
            }
            r = row(r.id()).orElseThrow();
        }
        return r.session();
    }

    /**
     * Takes one chunk: it must start where the session stands (409 {@code upload-offset} otherwise, with the
     * offset to resume from), be at least {@link #MIN_CHUNK} unless it is the last, stay within the declared
     * size, and arrive whole — a body shorter than its range is not counted.
     */
    public ChunkResult chunk(Caller caller, String uploadId, Range range, long contentLength, InputStream body) {
        Row r = requireSession(caller, uploadId);
        return write(r, range, contentLength, body);
    }

    /** Abandons an upload and deletes what was staged (204); a completed upload cannot be abandoned. */
    public void abort(Caller caller, String uploadId) {
        Row r = requireSession(caller, uploadId);
        if (COMPLETED.equals(r.state()) || COMPLETING.equals(r.state())) {
            throw ProblemException.conflict("upload-completed", "evidence.upload.completed");
        }
        if (close(r.id(), ABORTED)) {
            release(r);
        }
    }

    /**
     * A whole file in one request (the multipart form): a session with one chunk, stored in parts of at most
     * 64 MiB; if anything fails the session is aborted, as no client could resume it.
     */
    EvidenceService.Uploaded uploadWhole(Caller caller, String caseId, Draft draft, InputStream content) {
        CaseFile c = requireActor(caller, caseId);
        Metadata m = check(c, draft, true);
        Row r = begin(caller, c, m);
        try {
            ChunkResult result = write(r, new Range(0, m.size() - 1, m.size()), m.size(), content);
            return result.completed();
        } catch (RuntimeException e) {
            Optional<Row> now = row(r.id());
            if (now.isPresent() && OPEN.equals(now.get().state()) && close(r.id(), ABORTED)) {
                release(now.get());
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- writing

    private ChunkResult write(Row r, Range range, long contentLength, InputStream body) {
        switch (r.state()) {
            case COMPLETING -> {
                return new ChunkResult(r.size(), finish(r.id()));
            }
            case COMPLETED -> throw ProblemException.conflict("upload-completed", "evidence.upload.completed");
            case OPEN -> {
            }
            default -> throw ProblemException.conflict("upload-closed", "evidence.upload.closed");
        }
        if (range.total() != r.size()) {
            throw ProblemException.invalid("Content-Range", "evidence.upload.total-mismatch", range.total(), r.size());
        }
        if (range.last() >= r.size()) {
            throw ProblemException.invalid("Content-Range", "evidence.upload.beyond-size", r.size());
        }
        if (contentLength >= 0 && contentLength != range.length()) {
            throw ProblemException.invalid("Content-Length", "evidence.upload.length-mismatch", contentLength,
                    range.length());
        }
        boolean last = range.last() == r.size() - 1;
        if (!last && range.length() < MIN_CHUNK) {
            throw ProblemException.invalid("Content-Range", "evidence.upload.chunk-too-small", MIN_CHUNK);
        }
        if (r.stagingId() == null) {
            throw ProblemException.conflict("upload-closed", "evidence.upload.closed");
        }
        Boolean completing = tx.execute(status -> {
            Row locked = lockedRow(r.id());
            if (!OPEN.equals(locked.state())) {
                throw ProblemException.conflict("upload-closed", "evidence.upload.closed");
            }
            if (range.first() != locked.received()) {
                throw ProblemException.conflict("upload-offset", "evidence.upload.offset", locked.received(),
                        range.first());
            }
            List<ObjectStorage.Part> parts = new ArrayList<>(parts(locked.parts()));
            Fixity fixity = Fixity.resume(locked.sha256State(), locked.sm3State());
            try (FixityStream in = new FixityStream(body, fixity)) {
                long length = range.length();
                int count = (int) ((length + MAX_PART - 1) / MAX_PART);
                long partSize = (length + count - 1) / count;
                long offset = range.first();
                for (int i = 0; i < count; i++) {
                    long size = Math.min(partSize, range.last() + 1 - offset);
                    try {
                        parts.add(storage.writePart(locked.staging(), parts.size() + 1, offset, in, size));
                    } catch (RuntimeException e) {
                        if (in.ended() || in.count() < offset + size - range.first()) {
                            log.info("chunk {} of upload {} arrived short: {} of {} bytes", range, r.id(), in.count(),
                                    length);
                            throw ProblemException.badRequest("evidence.upload.body-short", in.count(), length);
                        }
                        log.error("storage failed on upload {}", r.id(), e);
                        throw ProblemException.unavailable("storage-unavailable", "evidence.upload.storage-unavailable");
                    }
                    offset += size;
                }
                if (contentLength < 0 && in.read() >= 0) {
                    throw ProblemException.invalid("Content-Range", "evidence.upload.beyond-range", length);
                }
                in.finish();
            } catch (IOException e) {
                throw ProblemException.badRequest("evidence.upload.body-short", 0, range.length());
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", r.id());
            p.put("rec", range.last() + 1);
            p.put("parts", json.writeValueAsString(parts.stream().map(x -> new StoredPart(x.number(), x.offset(),
                    x.size(), x.tag())).toList()));
            p.put("sha", fixity.sha256State());
            p.put("sm3", fixity.sm3State());
            p.put("state", last ? COMPLETING : OPEN);
            p.put("now", OffsetDateTime.now(clock));
            jdbc.sql("""
                    UPDATE evidence_upload SET received_bytes = :rec, parts = :parts, sha256_state = :sha,
                      sm3_state = :sm3, state = :state, updated_at = :now WHERE id = :id""").params(p).update();
            return last;
        });
        if (Boolean.TRUE.equals(completing)) {
            return new ChunkResult(r.size(), finish(r.id()));
        }
        return new ChunkResult(range.last() + 1, null);
    }

    /** SHA-256 of a stored object, read back whole. */
    private String sha256Of(String key, long size) {
        java.security.MessageDigest d = Fixity.newSha256();
        try (java.io.InputStream in = storage.open(key, 0, size)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                d.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.HexFormat.of().formatHex(d.digest());
    }

    /** A part as the session row keeps it. */
    record StoredPart(int n, long o, long s, String t) {
    }

    private List<ObjectStorage.Part> parts(String text) {
        return json.readValue(text, new TypeReference<List<StoredPart>>() {
        }).stream().map(p -> new ObjectStorage.Part(p.n(), p.o(), p.s(), p.t())).toList();
    }

    // ---------------------------------------------------------------- completing

    /**
     * Finishes a session whose bytes are all in: makes the object appear (repeatable), checks its size, then
     * writes the evidence row and the case's evidence step and closes the session in one transaction.
     */
    EvidenceService.Uploaded finish(String uploadId) {
        Row r = row(uploadId).orElseThrow();
        if (COMPLETED.equals(r.state())) {
            return completed(r);
        }
        if (!COMPLETING.equals(r.state())) {
            throw ProblemException.conflict("upload-closed", "evidence.upload.closed");
        }
        storage.complete(r.staging(), parts(r.parts()));
        long stored = storage.size(r.storageKey()).orElse(-1);
        if (stored != r.size()) {
            throw new IllegalStateException("upload " + uploadId + " stored " + stored + " bytes, not " + r.size());
        }
        // the SHA-256 kept on the node that took the last chunk, or (after a restart or a move between nodes)
        // computed once more from the stored object
        Fixity whole = Fixity.resume(r.sha256State(), r.sm3State());
        String sha256 = whole.sha256Lost() ? sha256Of(r.storageKey(), r.size()) : whole.sha256Hex();
        return tx.execute(status -> {
            repository.lock(r.caseId());
            Row locked = lockedRow(uploadId);
            if (COMPLETED.equals(locked.state())) {
                return completed(locked);
            }
            Fixity fixity = Fixity.resume(locked.sha256State(), locked.sm3State());
            Fixity.forget(locked.sha256State());
            String duplicateOf = jdbc.sql("SELECT id FROM evidence WHERE case_id = :c AND sha256 = :h ORDER BY uploaded_at, id")
                    .params(Map.of("c", r.caseId(), "h", sha256)).query(String.class).list().stream().findFirst()
                    .orElse(null);
            OffsetDateTime now = OffsetDateTime.now(clock);
            Evidence e = new Evidence(Ids.newId(), r.caseId(), r.kind(), r.stage(), r.description(), r.filename(),
                    r.contentType(), r.size(), sha256, fixity.sm3Hex(), r.storageKey(), now, r.createdBy(),
                    r.avStage(), r.stepId(), r.device(), r.officerId(), r.recordedAt(), r.recordedPlace());
            Map<String, Object> p = new HashMap<>();
            p.put("id", e.id());
            p.put("c", e.caseId());
            p.put("kind", e.kind().name());
            p.put("stage", e.stage().name());
            p.put("d", e.description());
            p.put("f", e.filename());
            p.put("t", e.contentType());
            p.put("s", e.size());
            p.put("sha", e.sha256());
            p.put("sm3", e.sm3());
            p.put("key", e.storageKey());
            p.put("at", now);
            p.put("by", e.uploadedBy());
            p.put("av", e.avStage() == null ? null : e.avStage().name());
            p.put("step", e.stepId());
            p.put("device", e.device());
            p.put("officer", e.officerId());
            p.put("rat", e.recordedAt());
            p.put("rplace", e.recordedPlace());
            p.put("upload", uploadId);
            jdbc.sql("""
                    INSERT INTO evidence (id, case_id, kind, stage, description, filename, content_type, size_bytes,
                      sha256, sm3, storage_key, uploaded_at, uploaded_by, av_stage, step_id, device, officer_id,
                      recorded_at, recorded_place, upload_id)
                    VALUES (:id, :c, :kind, :stage, :d, :f, :t, :s, :sha, :sm3, :key, :at, :by, :av, :step, :device,
                      :officer, :rat, :rplace, :upload)""").params(p).update();
            repository.insertStep(new CaseStep(Ids.newId(), r.caseId(), repository.nextSeq(r.caseId()),
                    Steps.EVIDENCE, e.stage(), LocalDate.now(clock),
                    json.writeValueAsString(new EvidenceService.EvidenceStep(e.id(), e.kind(), e.description(),
                            e.sha256(), duplicateOf, e.avStage(), e.stepId())),
                    now, r.createdBy()));
            jdbc.sql("""
                    UPDATE evidence_upload SET state = 'COMPLETED', evidence_id = :e, released = TRUE, updated_at = :now
                    WHERE id = :id""").params(Map.of("e", e.id(), "now", now, "id", uploadId)).update();
            return new EvidenceService.Uploaded(e, duplicateOf);
        });
    }

    private EvidenceService.Uploaded completed(Row r) {
        Evidence e = jdbc.sql("SELECT * FROM evidence WHERE id = :id").param("id", r.evidenceId())
                .query(EvidenceService::map).single();
        String duplicateOf = jdbc.sql("""
                SELECT id FROM evidence WHERE case_id = :c AND sha256 = :h AND id <> :id AND uploaded_at <= :at
                ORDER BY uploaded_at, id""")
                .params(Map.of("c", e.caseId(), "h", e.sha256(), "id", e.id(), "at", e.uploadedAt()))
                .query(String.class).list().stream().findFirst().orElse(null);
        return new EvidenceService.Uploaded(e, duplicateOf);
    }

    // ---------------------------------------------------------------- cleanup

    /** What one run of the cleanup did. */
    public record Cleanup(int expired, int finished, int released, int orphanStagings) {
    }

    /**
     * Expires sessions idle longer than {@code mingjing.storage.upload-expiry} and deletes their staged data,
     * finishes sessions left {@code COMPLETING} by a failure, retries releasing staged data a failure kept, and
     * removes staging areas no session refers to (a crash between starting one and recording it) once they are
     * older than the expiry.
     */
    public Cleanup cleanup() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime cutoff = now.minus(expiry);
        int expired = 0;
        int finished = 0;
        int released = 0;
        for (String id : jdbc.sql("SELECT id FROM evidence_upload WHERE state = 'OPEN' AND updated_at < :cut")
                .param("cut", cutoff).query(String.class).list()) {
            Boolean closed = tx.execute(status -> {
                Row locked = lockedRow(id);
                if (!OPEN.equals(locked.state()) || !locked.updatedAt().isBefore(cutoff)) {
                    return false;
                }
                setState(id, EXPIRED);
                return true;
            });
            if (Boolean.TRUE.equals(closed)) {
                expired++;
            }
        }
        for (String id : jdbc.sql("SELECT id FROM evidence_upload WHERE state = 'COMPLETING' AND updated_at < :cut")
                .param("cut", now.minusMinutes(1)).query(String.class).list()) {
            try {
                finish(id);
                finished++;
            } catch (RuntimeException e) {
                log.error("upload {} could not be finished", id, e);
            }
        }
        for (Row r : jdbc.sql("SELECT * FROM evidence_upload WHERE state IN ('ABORTED', 'EXPIRED') AND released = FALSE")
                .query(EvidenceUploads::map).list()) {
            if (release(r)) {
                released++;
            }
        }
        int orphans = 0;
        try {
            java.util.Set<String> known = new java.util.HashSet<>(jdbc.sql(
                    "SELECT staging_id FROM evidence_upload WHERE staging_id IS NOT NULL AND state IN ('OPEN', 'COMPLETING')")
                    .query(String.class).list());
            for (ObjectStorage.StagingArea area : storage.stagingAreas()) {
                if (!known.contains(area.staging().id()) && area.started().isBefore(cutoff.toInstant())) {
                    storage.abort(area.staging());
                    orphans++;
                }
            }
        } catch (RuntimeException e) {
            log.warn("staging areas could not be swept", e);
        }
        return new Cleanup(expired, finished, released, orphans);
    }

    private boolean release(Row r) {
        if (r.stagingId() == null) {
            jdbc.sql("UPDATE evidence_upload SET released = TRUE WHERE id = :id").param("id", r.id()).update();
            return true;
        }
        try {
            storage.abort(r.staging());
            jdbc.sql("UPDATE evidence_upload SET released = TRUE WHERE id = :id").param("id", r.id()).update();
            return true;
        } catch (RuntimeException e) {
            log.warn("staged data of upload {} could not be deleted yet", r.id(), e);
            return false;
        }
    }

    /** Moves an open session to a closed state; false if it was not open. */
    private boolean close(String id, String state) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            Row locked = lockedRow(id);
            if (!OPEN.equals(locked.state())) {
                return false;
            }
            setState(id, state);
            return true;
        }));
    }

    private void setState(String id, String state) {
        jdbc.sql("UPDATE evidence_upload SET state = :s, updated_at = :now WHERE id = :id")
                .params(Map.of("s", state, "now", OffsetDateTime.now(clock), "id", id)).update();
    }

    // ---------------------------------------------------------------- checks

    private CaseFile requireActor(Caller caller, String caseId) {
        CaseFile c = cases.requireVisible(caller, caseId);
        if (!EvidenceService.onCase(caller, c)) {
            throw ProblemException.forbidden("cases.problem.not-on-case");
        }
        if (c.stage().atOrAfter(CaseStage.CLOSED)) {
            throw ProblemException.conflict("stage", "cases.gate.closed");
        }
        return c;
    }

    private Row requireSession(Caller caller, String uploadId) {
        Row r = (uploadId == null ? Optional.<Row>empty() : row(uploadId))
                .orElseThrow(() -> ProblemException.notFound("evidence.upload.not-found"));
        CaseFile c;
        try {
            c = cases.requireVisible(caller, r.caseId());
        } catch (ProblemException e) {
            if (e.status().value() == 404) {
                throw ProblemException.notFound("evidence.upload.not-found");
            }
            throw e;
        }
        if (!EvidenceService.onCase(caller, c)) {
            throw ProblemException.forbidden("cases.problem.not-on-case");
        }
        return r;
    }

    /** The metadata of an upload, every field at fault named (400). */
    Metadata check(CaseFile c, Draft d, boolean sizeRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        EvidenceKind kind = parse(problems, EvidenceKind.class, "kind", d.kind(), true);
        CaseStage stage = parse(problems, CaseStage.class, "stage", d.stage(), false);
        AvStage avStage = parse(problems, AvStage.class, "avStage", d.avStage(), false);
        String description = text(problems, "description", d.description(), 500, true);
        String device = text(problems, "device", d.device(), 100, false);
        String place = text(problems, "recordedPlace", d.recordedPlace(), 200, false);
        if (d.size() == null || d.size() <= 0) {
            if (sizeRequired) {
                problems.add(FieldProblem.of(d.size() == null ? "size" : "file", d.size() == null
                        ? "validation.required" : "cases.validation.file-required"));
            }
        } else if (d.size() > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "evidence.upload.too-large", MAX_SIZE));
        }
        if (avStage != null && kind != null && kind != EvidenceKind.AUDIO_VISUAL) {
            problems.add(FieldProblem.of("avStage", "evidence.validation.av-stage-needs-av"));
        }
        OffsetDateTime recordedAt = null;
        if (d.recordedAt() != null && !d.recordedAt().isBlank()) {
            String t = d.recordedAt().strip();
            try {
                recordedAt = OffsetDateTime.parse(t);
            } catch (DateTimeParseException e) {
                try {
                    LocalDateTime local = LocalDateTime.parse(t);
                    recordedAt = local.atZone(clock.getZone()).toOffsetDateTime();
                } catch (DateTimeParseException e2) {
                    problems.add(FieldProblem.of("recordedAt", "evidence.validation.recorded-at", t));
                }
            }
            if (recordedAt != null && recordedAt.isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
                problems.add(FieldProblem.of("recordedAt", "cases.validation.future"));
            }
        }
        String officerId = blank(d.officerId()) ? null : d.officerId().strip();
        if (officerId != null && organization.officer(officerId).filter(o -> o.agencyId().equals(c.agencyId()))
                .isEmpty()) {
            problems.add(FieldProblem.of("officerId", "cases.validation.officer", officerId));
        }
        String stepId = blank(d.stepId()) ? null : d.stepId().strip();
        if (stepId != null && !stepId.equals(c.id())
                && cases.steps(c).stream().noneMatch(s -> s.id().equals(stepId))) {
            problems.add(FieldProblem.of("stepId", "evidence.validation.step", stepId));
        }
        String contentType = blank(d.contentType()) ? "application/octet-stream" : d.contentType().strip();
        if (contentType.length() > 100 || !contentType.matches("[\\w.+\\-]+/[\\w.+\\-]+(\\s*;.*)?")) {
            contentType = "application/octet-stream";
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new Metadata(safeName(d.filename()), contentType, d.size() == null ? 0 : d.size(), kind,
                stage == null ? c.stage() : stage, description, avStage, stepId, device, officerId, recordedAt, place);
    }

    private static <E extends Enum<E>> E parse(List<FieldProblem> problems, Class<E> type, String field, String value,
            boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "cases.validation.enum", value));
            return null;
        }
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "validation.too-long", max));
            return null;
        }
        return value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String safeName(String filename) {
        if (filename == null || filename.isBlank()) {
            return "evidence";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        if (name.isBlank()) {
            return "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    // ---------------------------------------------------------------- rows

    Optional<Row> row(String id) {
        return jdbc.sql("SELECT * FROM evidence_upload WHERE id = :id").param("id", id).query(EvidenceUploads::map)
                .optional();
    }

    private Row lockedRow(String id) {
        return jdbc.sql("SELECT * FROM evidence_upload WHERE id = :id FOR UPDATE").param("id", id)
                .query(EvidenceUploads::map).single();
    }

    /** Uploads still open or completing, for the orphan check and the case page. */
    List<Session> openSessions(String caseId) {
        return jdbc.sql("SELECT * FROM evidence_upload WHERE case_id = :c AND state IN ('OPEN', 'COMPLETING')")
                .param("c", caseId).query(EvidenceUploads::map).list().stream().map(Row::session).toList();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String av = rs.getString("av_stage");
        return new Row(rs.getString("id"), rs.getString("case_id"), rs.getString("state"),
                rs.getString("storage_key"), rs.getString("staging_id"), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getLong("received_bytes"),
                rs.getString("parts"), rs.getString("sha256_state"), rs.getString("sm3_state"),
                EvidenceKind.valueOf(rs.getString("kind")), CaseStage.valueOf(rs.getString("stage")),
                rs.getString("description"), av == null ? null : AvStage.valueOf(av), rs.getString("step_id"),
                rs.getString("device"), rs.getString("officer_id"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_place"),
                rs.getString("evidence_id"), rs.getBoolean("released"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
