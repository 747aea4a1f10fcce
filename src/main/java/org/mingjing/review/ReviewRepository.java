package org.mingjing.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mingjing.cases.Steps;
import org.mingjing.cases.CaseAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Reviews, their reviewers' recusals and the agencies' time limits, in tables {@code legal_review*}, {@code review_setting}. */
@Repository
class ReviewRepository {

    private static final String COLUMNS = "id, case_id, agency_id, status, round, explanation, proposed_decision,"
            + " submitted_by, submitted_at, round_submitted_on, due_on, reviewer_officer_id, approved_via, approved_on";

    private final JdbcClient jdbc;
    /** Notes the case of each change for the analysis dashboard's stored months, in the same transaction. */
    private final CaseAnalysis analysis;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewRepository(JdbcClient jdbc, CaseAnalysis analysis) {
        this.jdbc = jdbc;
        this.analysis = analysis;
    }

    void insert(Review r, OffsetDateTime now) {
        jdbc.sql("INSERT INTO legal_review (" + COLUMNS + ", updated_at) VALUES (:id, :case, :agency, :status, :round,"
                + " :explanation, :proposal, :by, :at, :on, :due, NULL, NULL, NULL, :now)")
                .param("id", r.id()).param("case", r.caseId()).param("agency", r.agencyId())
                .param("status", r.status().name()).param("round", r.round()).param("explanation", r.explanation())
                .param("proposal", json.writeValueAsString(r.proposal())).param("by", r.submittedBy())
                .param("at", r.submittedAt()).param("on", Date.valueOf(r.roundSubmittedOn()))
                .param("due", Date.valueOf(r.dueOn())).param("now", now).update();
        analysis.changed(r.caseId());
    }

    void update(Review r, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE legal_review SET status = :status, round = :round, proposed_decision = :proposal,
                       round_submitted_on = :on, due_on = :due, reviewer_officer_id = :reviewer,
                       approved_via = :via, approved_on = :approved, updated_at = :now
                WHERE id = :id""").param("id", r.id()).param("status", r.status().name()).param("round", r.round())
                .param("proposal", json.writeValueAsString(r.proposal()))
                .param("on", Date.valueOf(r.roundSubmittedOn())).param("due", Date.valueOf(r.dueOn()))
                .param("reviewer", r.reviewerOfficerId()).param("via", r.approvedVia())
                .param("approved", r.approvedOn() == null ? null : Date.valueOf(r.approvedOn())).param("now", now)
                .update();
        analysis.changed(r.caseId());
    }

    Optional<Review> byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_review WHERE id = :id").param("id", id).query(this::map)
                .optional();
    }

    /** The case's reviews, latest submission first. */
    List<Review> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_review WHERE case_id = :case"
                + " ORDER BY submitted_at DESC, id DESC").param("case", caseId).query(this::map).list();
    }

    List<Review> search(Collection<String> agencies, ReviewStatus status, int page, int size) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_review WHERE agency_id IN (:agencies)"
                + (status == null ? "" : " AND status = :status")
                + " ORDER BY CASE status WHEN 'PENDING' THEN 0 WHEN 'COORDINATING' THEN 1 WHEN 'RETURNED' THEN 2"
                + " ELSE 3 END, due_on, submitted_at DESC, id LIMIT :size OFFSET :offset")
                .param("agencies", agencies).param("status", status == null ? null : status.name())
                .param("size", size).param("offset", (long) page * size).query(this::map).list();
    }

    long count(Collection<String> agencies, ReviewStatus status) {
        if (agencies.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM legal_review WHERE agency_id IN (:agencies)"
                + (status == null ? "" : " AND status = :status")).param("agencies", agencies)
                .param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    /** Reviews of these agencies in one status, earliest due first: the reviewers' queue and the warnings. */
    List<Review> inStatus(Collection<String> agencies, ReviewStatus status, int limit) {
        return search(agencies, status, 0, limit);
    }

    void insertRecusal(String reviewId, String officerId, String reason) {
        jdbc.sql("INSERT INTO legal_review_recusal (review_id, officer_id, reason) VALUES (:review, :officer, :reason)")
                .param("review", reviewId).param("officer", officerId).param("reason", reason).update();
    }

    Set<String> recusedOfficers(String reviewId) {
        return Set.copyOf(jdbc.sql("SELECT officer_id FROM legal_review_recusal WHERE review_id = :review")
                .param("review", reviewId).query(String.class).list());
    }

    Optional<Integer> timeLimitDays(String agencyId) {
        return jdbc.sql("SELECT time_limit_days FROM review_setting WHERE agency_id = :agency")
                .param("agency", agencyId).query(Integer.class).optional();
    }

    void saveTimeLimit(String agencyId, int days, String actor, OffsetDateTime now) {
        int updated = jdbc.sql("UPDATE review_setting SET time_limit_days = :days, updated_by = :actor,"
                + " updated_at = :now WHERE agency_id = :agency").param("agency", agencyId).param("days", days)
                .param("actor", actor).param("now", now).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO review_setting (agency_id, time_limit_days, updated_by, updated_at)"
                    + " VALUES (:agency, :days, :actor, :now)").param("agency", agencyId).param("days", days)
                    .param("actor", actor).param("now", now).update();
        }
    }

    private Review map(ResultSet rs, int row) throws SQLException {
        Date approved = rs.getDate("approved_on");
        return new Review(rs.getString("id"), rs.getString("case_id"), rs.getString("agency_id"),
                ReviewStatus.valueOf(rs.getString("status")), rs.getInt("round"), rs.getString("explanation"),
                json.readValue(rs.getString("proposed_decision"), Steps.Decision.class), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getDate("round_submitted_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(), rs.getString("reviewer_officer_id"), rs.getString("approved_via"),
                approved == null ? null : approved.toLocalDate());
    }
}
