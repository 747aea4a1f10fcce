package org.mingjing.cases;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.cases.CaseEnums.EvidenceKind;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence of a case: stored with its fixity, listed on the case, and opened only with supervision — every
 * opening is logged as a retrieval (调阅), and anyone not on the case gives a reason (seed §二(二)5-6).
 */
@Service
public class EvidenceService {

    private final JdbcClient jdbc;
    private final EvidenceStore store;
    private final Cases cases;
    private final CaseRepository repository;
    private final Organization organization;
    private final Clock clock;
    private final Retrievals retrievals;
    private final JsonMapper json = JsonMapper.builder().build();

    EvidenceService(JdbcClient jdbc, EvidenceStore store, Cases cases, CaseRepository repository,
            Organization organization, Clock clock, Retrievals retrievals) {
        this.jdbc = jdbc;
        this.store = store;
        this.cases = cases;
        this.repository = repository;
        this.organization = organization;
        this.clock = clock;
        this.retrievals = retrievals;
    }

    /** The content of the evidence step a case records for each upload. */
    public record EvidenceStep(String evidenceId, EvidenceKind kind, String description, String sha256,
            String duplicateOf) {
    }

    public record Uploaded(Evidence evidence, String duplicateOf) {
    }

    /**
     * Adds evidence to a case: by its officers or the agency's head, before the case is closed. The file is
     * stored first (a failure leaves no row), then the row and the case's evidence step in one transaction.
     */
    @Transactional
    public Uploaded upload(Caller caller, String caseId, EvidenceKind kind, String description, CaseStage stage,
            String filename, String contentType, InputStream content) {
        CaseFile c = cases.requireVisible(caller, caseId);
        requireOnCase(caller, c);
        if (c.stage().atOrAfter(CaseStage.CLOSED)) {
            throw ProblemException.conflict("stage", "cases.gate.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "validation.required"));
        }
        if (description == null || description.isBlank()) {
            problems.add(FieldProblem.of("description", "validation.required"));
        } else if (description.strip().length() > 500) {
            problems.add(FieldProblem.of("description", "validation.too-long", 500));
        }
        if (content == null) {
            problems.add(FieldProblem.of("file", "cases.validation.file-required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        repository.lock(c.id());
        EvidenceStore.Stored stored = store.put(content);
        if (stored.size() == 0) {
            throw ProblemException.invalid("file", "cases.validation.file-required");
        }
        String duplicateOf = jdbc.sql("SELECT id FROM evidence WHERE case_id = :c AND sha256 = :h ORDER BY uploaded_at")
                .params(Map.of("c", c.id(), "h", stored.sha256())).query(String.class).list().stream().findFirst()
                .orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Evidence e = new Evidence(Ids.newId(), c.id(), kind, stage == null ? c.stage() : stage, description.strip(),
                safeName(filename), contentType == null || contentType.isBlank() ? "application/octet-stream"
                        : contentType, stored.size(), stored.sha256(), stored.sm3(), stored.key(), now,
                caller.username());
        Map<String, Object> p = new HashMap<>();
        p.put("id", e.id());
        p.put("c", e.caseId());
        p.put("kind", e.kind().name());
        p.put("stage", e.stage().name());
        p.put("d", e.description());
        p.put("f", e.filename());
        p.put("t", e.contentType().length() > 100 ? "application/octet-stream" : e.contentType());
        p.put("s", e.size());
        p.put("sha", e.sha256());
        p.put("sm3", e.sm3());
        p.put("key", e.storageKey());
        p.put("at", now);
        p.put("by", e.uploadedBy());
        jdbc.sql("""
                INSERT INTO evidence (id, case_id, kind, stage, description, filename, content_type, size_bytes,
                  sha256, sm3, storage_key, uploaded_at, uploaded_by)
                VALUES (:id, :c, :kind, :stage, :d, :f, :t, :s, :sha, :sm3, :key, :at, :by)""").params(p).update();
        repository.insertStep(new CaseStep(Ids.newId(), c.id(), repository.nextSeq(c.id()), Steps.EVIDENCE,
                e.stage(), LocalDate.now(clock),
                json.writeValueAsString(new EvidenceStep(e.id(), kind, e.description(), e.sha256(), duplicateOf)),
                now, caller.username()));
        return new Uploaded(e, duplicateOf);
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
        return new Opened(e, store.open(e.storageKey()));
    }

    private static boolean onCase(Caller caller, CaseFile c) {
        return caller.officerId().map(c.officerIds()::contains).orElse(false)
                || caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
    }

    private static void requireOnCase(Caller caller, CaseFile c) {
        if (!onCase(caller, c)) {
            throw ProblemException.forbidden("cases.problem.not-on-case");
        }
    }

    private static String safeName(String filename) {
        if (filename == null || filename.isBlank()) {
            return "evidence";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static Evidence map(ResultSet rs, int n) throws SQLException {
        return new Evidence(rs.getString("id"), rs.getString("case_id"), EvidenceKind.valueOf(rs.getString("kind")),
                CaseStage.valueOf(rs.getString("stage")), rs.getString("description"), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("sm3"),
                rs.getString("storage_key"), rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getString("uploaded_by"));
    }
}
