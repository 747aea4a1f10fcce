package org.mingjing.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mingjing.calendar.CalendarDay;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Ids;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The retrieval log (调阅记录, seed §二(二)5-6): every opening of a case's records — the case itself, one of its
 * documents, a piece of its evidence, an export of the file — is written here with who, when, what and why.
 * Whoever is not on the case (an officer of it, or the head of its agency) must say why they open a document,
 * evidence or an export; for the case itself the reason is optional but kept when given. The product only ever
 * inserts rows: nothing updates or deletes them.
 *
 * <p>Heads (of their own agency), supervisors (of their agency and those below) and the auditor read the log,
 * filter it and see unusual openings flagged ({@link Flag}). Flags are computed when the log is read, from the
 * settings and the statutory calendar as they are then.
 *
 * <p>Playback of audio and video fetches one file by many HTTP Range requests; the ranges one user fetches of
 * one piece of evidence within {@link RetrievalSettings#collapseMinutes()} minutes of an opening belong to that
 * opening and add no row.
 */
@Service
public class Retrievals {

    /** China has one time zone and no daylight saving: working hours are read on its wall clock. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int REASON_LENGTH = 300;
    static final int RANGE_LENGTH = 100;

    /** What was opened. */
    public enum SubjectKind {
        CASE, DOCUMENT, EVIDENCE, EXPORT
    }

    /** Why an opening deserves a supervisor's look; the explanation is message {@code retrievals.flag.<NAME>}. */
    public enum Flag {
        /** Opened on a day off of the statutory calendar or outside the working hours of the settings. */
        OUTSIDE_HOURS,
        /** The user opened more cases they are not on within 24 hours than the settings allow. */
        MANY_CASES,
        /** Not on the case and no reason given (possible only for the case detail itself). */
        NO_REASON;

        public String messageKey() {
            return "retrievals.flag." + name();
        }
    }

    /** One opening as supervision reads it. */
    public record Retrieval(String id, String caseId, String caseNumber, String agencyId, SubjectKind subjectKind,
            String subjectId, String subjectTitle, String username, String displayName, boolean onCase,
            String reason, String range, OffsetDateTime retrievedAt, String clientAddress, Set<Flag> flags) {
    }

    /** The filters of the supervision list; every one optional. {@code from} and {@code to} are days, inclusive. */
    public record Filter(String username, String caseId, LocalDate from, LocalDate to, Boolean flagged) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Organization organization;
    private final StatutoryCalendar calendar;
    private final RetrievalSettings settings;
    private final Clock clock;

    Retrievals(JdbcClient jdbc, Cases cases, Organization organization, StatutoryCalendar calendar,
            RetrievalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.organization = organization;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- recording

    /** Whether the caller is on the case: one of its officers, or the head of its agency. */
    public static boolean onCase(Caller caller, CaseFile c) {
        return caller.officerId().map(c.officerIds()::contains).orElse(false)
                || caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
    }

    /**
     * Logs one opening of a case's records by the caller, who has already been found to see the case. Applies the
     * reason rule first: someone not on the case gives a reason to open a document, evidence or an export (400
     * on field {@code reason} otherwise); for the case detail the reason is optional. {@code range} is the HTTP
     * Range header of an evidence request, if any: a range of evidence the same user opened within the last
     * minutes adds no row. The client's address is taken from the current request, if there is one.
     */
    @Transactional
    public void record(Caller caller, CaseFile c, SubjectKind kind, String subjectId, String reason, String range) {
        record(caller, c, kind, subjectId, reason, range, OffsetDateTime.now(clock));
    }

    /** {@link #record(Caller, CaseFile, SubjectKind, String, String, String)} at a given time (tests). */
    @Transactional
    void record(Caller caller, CaseFile c, SubjectKind kind, String subjectId, String reason, String range,
            OffsetDateTime at) {
        boolean onCase = onCase(caller, c);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!onCase && why == null && kind != SubjectKind.CASE) {
            throw ProblemException.invalid("reason", "retrievals.validation.reason");
        }
        if (why != null && why.length() > REASON_LENGTH) {
            throw ProblemException.invalid("reason", "validation.too-long", REASON_LENGTH);
        }
        String ranged = range == null || range.isBlank() ? null : range.strip();
        if (ranged != null && kind == SubjectKind.EVIDENCE && jdbc.sql("""
                SELECT COUNT(*) FROM retrieval WHERE subject_id = :s AND subject_kind = :k AND username = :u
                  AND retrieved_at >= :since AND retrieved_at <= :at""")
                .params(Map.of("s", subjectId, "k", kind.name(), "u", caller.username(), "since",
                        at.minusMinutes(settings.collapseMinutes()), "at", at))
                .query(Long.class).single() > 0) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("id", Ids.newId());
        p.put("c", c.id());
        p.put("a", c.agencyId());
        p.put("k", kind.name());
        p.put("s", subjectId);
        p.put("u", caller.username());
        p.put("n", cut(caller.displayName(), 100));
        p.put("on", onCase);
        p.put("r", why);
        p.put("range", cut(ranged, RANGE_LENGTH));
        p.put("at", at);
        p.put("local", at.atZoneSameInstant(CHINA).toLocalDateTime());
        p.put("addr", cut(clientAddress(), 64));
        jdbc.sql("""
                INSERT INTO retrieval (id, case_id, agency_id, subject_kind, subject_id, username, display_name,
                  on_case, reason, range_header, retrieved_at, retrieved_local, client_address)
                VALUES (:id, :c, :a, :k, :s, :u, :n, :on, :r, :range, :at, :local, :addr)""").params(p).update();
    }

    // ---------------------------------------------------------------- reading

    /** Whether the caller reads retrieval logs: heads, supervisors and the auditor (seed §二(二)6). */
    public static boolean maySupervise(Caller caller) {
        return caller.has(Role.HEAD) || caller.has(Role.SUPERVISOR) || caller.has(Role.AUDITOR);
    }

    /** Who opened what of one case, in the order it happened: 403 for other roles, 404 outside the reach. */
    public Paged<Retrieval> ofCase(Caller caller, String caseId, int page, int size) {
        requireSupervisor(caller);
        CaseFile c = cases.requireVisible(caller, caseId);
        Paged.checkBounds(page, size);
        return query(Set.of(c.agencyId()), new Filter(null, c.id(), null, null, null), page, size, true);
    }

    /** The openings of the cases in the caller's reach, newest first, filtered. */
    public Paged<Retrieval> search(Caller caller, Filter filter, int page, int size) {
        requireSupervisor(caller);
        Paged.checkBounds(page, size);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "retrievals.validation.period");
        }
        return query(organization.visibleAgencyIds(caller), filter, page, size, false);
    }

    /** How many flagged openings the caller's reach had since the day (for the workbench). */
    public long flaggedSince(Caller caller, LocalDate from) {
        if (!maySupervise(caller)) {
            return 0;
        }
        Filter f = new Filter(null, null, from, null, true);
        Map<String, Object> p = new HashMap<>();
        String inner = inner(organization.visibleAgencyIds(caller), f, p, true);
        return jdbc.sql("SELECT COUNT(*) FROM (" + inner + ") t" + outerWhere(f)).params(p).query(Long.class)
                .single();
    }

    /** One user's flagged openings of one agency's cases over some days: how many, of how many cases, why. */
    record FlaggedUser(String username, String displayName, String agencyId, long openings, long cases,
            long outsideHours, long manyCases, long noReason, OffsetDateTime last) {
    }

    /**
     * The flagged openings ({@link Flag}, by the same rules as the list) of the agencies' cases from one day to
     * another, both included, counted per user and agency: the early warnings of unusual retrievals.
     */
    List<FlaggedUser> flaggedByUser(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        Filter f = new Filter(null, null, from, to, true);
        Map<String, Object> p = new HashMap<>();
        String inner = inner(agencyIds, f, p, true, false);
        return jdbc.sql("SELECT t.username, MAX(t.display_name) AS display_name, t.agency_id, COUNT(*) AS openings,"
                + " COUNT(DISTINCT t.case_id) AS cases, SUM(t.outside_hours) AS outside_hours,"
                + " SUM(t.many_cases) AS many_cases, SUM(t.no_reason) AS no_reason, MAX(t.retrieved_at) AS last_at"
                + " FROM (" + inner + ") t" + outerWhere(f) + " GROUP BY t.username, t.agency_id").params(p)
                .query((rs, n) -> new FlaggedUser(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("agency_id"), rs.getLong("openings"), rs.getLong("cases"),
                        rs.getLong("outside_hours"), rs.getLong("many_cases"), rs.getLong("no_reason"),
                        rs.getObject("last_at", OffsetDateTime.class).atZoneSameInstant(CHINA).toOffsetDateTime()))
                .list();
    }

    public RetrievalSettings settings() {
        return settings;
    }

    private static void requireSupervisor(Caller caller) {
        if (!maySupervise(caller)) {
            throw ProblemException.forbidden("retrievals.problem.supervisors-only");
        }
    }

    private Paged<Retrieval> query(Collection<String> scope, Filter f, int page, int size, boolean chronological) {
        Map<String, Object> p = new HashMap<>();
        String inner = inner(scope, f, p, true);
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<Retrieval> items = jdbc.sql("SELECT * FROM (" + inner + ") t" + outerWhere(f) + " ORDER BY t.retrieved_at "
                + (chronological ? "ASC" : "DESC") + ", t.id LIMIT :limit OFFSET :offset").params(p)
                .query(Retrievals::map).list();
        Map<String, Object> q = new HashMap<>();
        String counted = inner(scope, f, q, f.flagged() != null);
        long total = jdbc.sql("SELECT COUNT(*) FROM (" + counted + ") t" + outerWhere(f)).params(q)
                .query(Long.class).single();
        return new Paged<>(items, total);
    }

    /** The rows in scope matching the filters, with their flags as 0/1 columns when asked for. */
    private String inner(Collection<String> scope, Filter f, Map<String, Object> p, boolean withFlags) {
        return inner(scope, f, p, withFlags, true);
    }

    /** … and without the titles of what was opened (the case number, document and evidence) when not needed. */
    private String inner(Collection<String> scope, Filter f, Map<String, Object> p, boolean withFlags,
            boolean withTitles) {
        StringBuilder where = new StringBuilder(" WHERE r.agency_id IN (:scope)");
        p.put("scope", scope.isEmpty() ? List.of("-") : scope);
        if (f.username() != null && !f.username().isBlank()) {
            where.append(" AND r.username = :username");
            p.put("username", f.username().strip());
        }
        if (f.caseId() != null && !f.caseId().isBlank()) {
            where.append(" AND r.case_id = :caseId");
            p.put("caseId", f.caseId().strip());
        }
        if (f.from() != null) {
            where.append(" AND r.retrieved_local >= :fromLocal");
            p.put("fromLocal", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.append(" AND r.retrieved_local < :toLocal");
            p.put("toLocal", f.to().plusDays(1).atStartOfDay());
        }
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, r.case_id, r.agency_id, r.subject_kind, r.subject_id, r.username, r.display_name,
                  r.on_case, r.reason, r.range_header, r.retrieved_at, r.client_address""");
        if (withTitles) {
            sql.append("""
                    , c.number AS case_number,
                      d.title AS document_title, d.number AS document_number, e.description AS evidence_description""");
        }
        if (withFlags) {
            p.put("offDays", daysOff(f));
            p.put("dayStart", settings.workStart());
            p.put("dayEnd", settings.workEnd());
            p.put("many", settings.manyCases());
            sql.append("""
                    ,
                      CASE WHEN CAST(r.retrieved_local AS DATE) IN (:offDays)
                        OR CAST(r.retrieved_local AS TIME) < :dayStart OR CAST(r.retrieved_local AS TIME) >= :dayEnd
                        THEN 1 ELSE 0 END AS outside_hours,
                      CASE WHEN r.on_case = FALSE AND (SELECT COUNT(DISTINCT x.case_id) FROM retrieval x
                        WHERE x.username = r.username AND x.on_case = FALSE AND x.retrieved_at <= r.retrieved_at
                          AND x.retrieved_at > r.retrieved_at - INTERVAL '24' HOUR) > :many
                        THEN 1 ELSE 0 END AS many_cases,
                      CASE WHEN r.on_case = FALSE AND r.reason IS NULL THEN 1 ELSE 0 END AS no_reason""");
        }
        sql.append("\n\nFROM retrieval r");
        if (withTitles) {
            sql.append("""

                      JOIN case_file c ON c.id = r.case_id
                      LEFT JOIN case_document d ON r.subject_kind = 'DOCUMENT' AND d.id = r.subject_id
                      LEFT JOIN evidence e ON r.subject_kind = 'EVIDENCE' AND e.id = r.subject_id""");
        }
        return sql.append(where).toString();
    }

    private static String outerWhere(Filter f) {
        if (f.flagged() == null) {
            return "";
        }
        return f.flagged() ? " WHERE (t.outside_hours + t.many_cases + t.no_reason) > 0"
                : " WHERE (t.outside_hours + t.many_cases + t.no_reason) = 0";
    }

    /**
     * The days off of the statutory calendar over the period the query may touch: the filter's, or the one the
     * log spans. A sentinel keeps the list non-empty.
     */
    private List<LocalDate> daysOff(Filter f) {
        LocalDate first = f.from();
        LocalDate last = f.to();
        if (first == null || last == null) {
            Map<String, Object> span = jdbc.sql(
                    "SELECT MIN(retrieved_local) AS first_at, MAX(retrieved_local) AS last_at FROM retrieval")
                    .query().singleRow();
            LocalDateTime min = toLocal(span.get("first_at"));
            LocalDateTime max = toLocal(span.get("last_at"));
            first = first != null ? first : min == null ? LocalDate.now(clock) : min.toLocalDate();
            last = last != null ? last : max == null ? LocalDate.now(clock) : max.toLocalDate();
        }
        first = first.isBefore(CALENDAR_FIRST) ? CALENDAR_FIRST : first;
        last = last.isAfter(CALENDAR_LAST) ? CALENDAR_LAST : last;
        List<LocalDate> off = new ArrayList<>();
        off.add(LocalDate.of(1900, 1, 1));
        if (!last.isBefore(first)) {
            for (CalendarDay day : calendar.days(first, last)) {
                if (!day.workingDay()) {
                    off.add(day.date());
                }
            }
        }
        return off;
    }

    private static final LocalDate CALENDAR_FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate CALENDAR_LAST = LocalDate.of(2100, 12, 31);

    private static LocalDateTime toLocal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime l) {
            return l;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(value.toString().replace(' ', 'T'));
    }

    private static Retrieval map(ResultSet rs, int n) throws SQLException {
        SubjectKind kind = SubjectKind.valueOf(rs.getString("subject_kind"));
        String title = switch (kind) {
            case CASE, EXPORT -> rs.getString("case_number");
            case DOCUMENT -> {
                String t = rs.getString("document_title");
                String number = rs.getString("document_number");
                yield t == null ? rs.getString("subject_id") : number == null ? t : t + " " + number;
            }
            case EVIDENCE -> {
                String d = rs.getString("evidence_description");
                yield d == null ? rs.getString("subject_id") : d;
            }
        };
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (rs.getInt("outside_hours") > 0) {
            flags.add(Flag.OUTSIDE_HOURS);
        }
        if (rs.getInt("many_cases") > 0) {
            flags.add(Flag.MANY_CASES);
        }
        if (rs.getInt("no_reason") > 0) {
            flags.add(Flag.NO_REASON);
        }
        return new Retrieval(rs.getString("id"), rs.getString("case_id"), rs.getString("case_number"),
                rs.getString("agency_id"), kind, rs.getString("subject_id"), title, rs.getString("username"),
                rs.getString("display_name"), rs.getBoolean("on_case"), rs.getString("reason"),
                rs.getString("range_header"),
                rs.getObject("retrieved_at", OffsetDateTime.class).atZoneSameInstant(CHINA).toOffsetDateTime(),
                rs.getString("client_address"), flags);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
