package org.mingjing.cases;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.cases.CaseEnums.EvidenceKind;
import org.mingjing.catalogue.AvStage;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.storage.ObjectStorage;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a case: stored with its fixity, listed on the case, and opened only with supervision — every
 * opening is logged as a retrieval (调阅), and anyone not on the case gives a reason (seed §二(二)5-6).
 */
@Service
public class EvidenceService {

    private final JdbcClient jdbc;
    private final ObjectStorage storage;
    private final EvidenceUploads uploads;
    private final Cases cases;
    private final Clock clock;
    private final Retrievals retrievals;

    EvidenceService(JdbcClient jdbc, ObjectStorage storage, EvidenceUploads uploads, Cases cases, Clock clock,
            Retrievals retrievals) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.uploads = uploads;
        this.cases = cases;
        this.clock = clock;
        this.retrievals = retrievals;
    }

    /** The content of the evidence step a case records for each upload. */
    public record EvidenceStep(String evidenceId, EvidenceKind kind, String description, String sha256,
            String duplicateOf, AvStage avStage, String stepId) {
    }

    public record Uploaded(Evidence evidence, String duplicateOf) {
    }

    /**
     * Adds evidence to a case in one request: by its officers or the agency's head, before the case is closed.
     * The file goes the way of a resumable upload with one chunk ({@link EvidenceUploads}): a failure leaves no
     * evidence row and no stored object; success leaves the row, the object and the case's evidence step.
     */
    public Uploaded upload(Caller caller, String caseId, EvidenceUploads.Draft draft, InputStream content) {
        return uploads.uploadWhole(caller, caseId, draft, content);
    }

    public List<Evidence> ofCase(CaseFile c) {
        return jdbc.sql("SELECT * FROM evidence WHERE case_id = :c ORDER BY uploaded_at").params(Map.of("c", c.id()))
                .query(EvidenceService::map).list();
    }

    /** An opening of evidence: the file to send, after the retrieval is logged. */
    public record Opened(Evidence evidence, Resource content) {
    }

    /**
     * Opens evidence for reading: officers of the case and the agency's head open it with or without a reason;
     * anyone else of the agency's reach must give one (400 otherwise). Every opening is logged in {@link Retrievals};
     * the ranges of one playback count as one opening.
     */
    @Transactional
    public Opened open(Caller caller, String evidenceId, String reason, String range) {
        Evidence e = (evidenceId == null ? Optional.<Evidence>empty()
                : jdbc.sql("SELECT * FROM evidence WHERE id = :id").params(Map.of("id", evidenceId))
                        .query(EvidenceService::map).optional())
                .orElseThrow(() -> ProblemException.notFound("cases.problem.evidence-not-found"));
        CaseFile c = cases.requireVisible(caller, e.caseId());
        retrievals.record(caller, c, Retrievals.SubjectKind.EVIDENCE, e.id(), reason, range);
        return new Opened(e, new StoredContent(storage, e.storageKey(), e.size()));
    }

    static boolean onCase(Caller caller, CaseFile c) {
        return caller.officerId().map(c.officerIds()::contains).orElse(false)
                || caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
    }

    static Evidence map(ResultSet rs, int n) throws SQLException {
        String av = rs.getString("av_stage");
        return new Evidence(rs.getString("id"), rs.getString("case_id"), EvidenceKind.valueOf(rs.getString("kind")),
                CaseStage.valueOf(rs.getString("stage")), rs.getString("description"), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("sm3"),
                rs.getString("storage_key"), rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getString("uploaded_by"), av == null ? null : AvStage.valueOf(av), rs.getString("step_id"),
                rs.getString("device"), rs.getString("officer_id"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("recorded_place"));
    }
}
