package org.mingjing.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public side's reading of the {@code publication} table: only the columns the public may see (LAW.md §4:
 * the masked text, never the original, the findings, the hand marks or who entered it). Read-only; the core of the
 * module writes these rows.
 */
@Component
class PublishedRows {

    /** Publicity in force: the only status the public finds in lists, searches and feeds. */
    static final String PUBLISHED = "PUBLISHED";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String EXPIRED = "EXPIRED";

    /** The public columns, and nothing else, of a publication. */
    private static final String PUBLIC_COLUMNS = "id, agency_id, agency_name, act_type, decision_type, status, "
            + "reason, decided_on, title, party_name, number, masked_text, revision, published_on, withdrawn_on, "
            + "public_changed_at";

    /** How many ids one statement names at most. */
    static final int CHUNK = 500;

    private final JdbcClient jdbc;

    PublishedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A publication's public columns. */
    record Row(String id, String agencyId, String agencyName, String actType, String decisionType, String status,
            String reason, LocalDate decidedOn, String title, String partyName, String number, String maskedText,
            int revision, LocalDate publishedOn, LocalDate withdrawnOn, Instant changedAt) {

        boolean published() {
            return PUBLISHED.equals(status);
        }

        IndexedDecision indexed() {
            return new IndexedDecision(id, agencyId, agencyName, actType, decidedOn, title, partyName, number,
                    maskedText, publishedOn, changedAt);
        }
    }

    /** A change of what the public sees: which publication, its status now, and when. */
    record Change(String id, String status, Instant changedAt) {
    }

    Optional<Row> find(String id) {
        return jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM publication WHERE id = :id").param("id", id)
                .query(PublishedRows::row).optional();
    }

    /** The rows of these ids that exist, in no particular order. */
    List<Row> findAll(Collection<String> ids) {
        List<Row> rows = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            rows.addAll(jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM publication WHERE id IN (:ids)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + CHUNK))).query(PublishedRows::row).list());
        }
        return rows;
    }

    /** Every published publication and when what the public sees of it last changed (epoch microseconds). */
    Map<String, Long> publishedChanges() {
        Map<String, Long> changes = new HashMap<>();
        jdbc.sql("SELECT id, public_changed_at FROM publication WHERE status = :s").param("s", PUBLISHED)
                .query(rs -> {
                    changes.put(rs.getString("id"), DecisionIndex.micros(instant(rs, "public_changed_at")));
                });
        return changes;
    }

    /** The latest public change of any publication, whatever its status now; empty while there is none. */
    Optional<Instant> latestChange() {
        return jdbc.sql("SELECT MAX(public_changed_at) FROM publication").query((rs, n) -> instant(rs, 1)).list()
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Every publication whose public content changed after {@code since}. */
    List<Change> changedSince(Instant since) {
        return jdbc.sql("SELECT id, status, public_changed_at FROM publication WHERE public_changed_at > :since")
                .param("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Change(rs.getString("id"), rs.getString("status"),
                        instant(rs, "public_changed_at")))
                .list();
    }

    /** The notes of each correction of a publication (revision 1 on; revision 0 is the first release). */
    List<DecisionDetail.Correction> corrections(String id) {
        return jdbc.sql("SELECT revision, note, recorded_at FROM publication_revision "
                + "WHERE publication_id = :id AND revision > 0 ORDER BY revision").param("id", id)
                .query((rs, n) -> new DecisionDetail.Correction(rs.getInt("revision"), rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class).atZoneSameInstant(PublicDecisions.CHINA)
                                .toLocalDate()))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("agency_id"), rs.getString("agency_name"),
                rs.getString("act_type"), rs.getString("decision_type"), rs.getString("status"),
                rs.getString("reason"), rs.getObject("decided_on", LocalDate.class), rs.getString("title"),
                rs.getString("party_name"), rs.getString("number"), rs.getString("masked_text"),
                rs.getInt("revision"), rs.getObject("published_on", LocalDate.class),
                rs.getObject("withdrawn_on", LocalDate.class), instant(rs, "public_changed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
