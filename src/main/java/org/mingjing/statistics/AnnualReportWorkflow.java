package org.mingjing.statistics;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.ledger.CanonicalJson;
import org.mingjing.ledger.Ledger;
import org.mingjing.ledger.LedgerEntry;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An agency's annual report from draft to publication (统计年报, seed §二(一)6: each agency publishes the past year's
 * enforcement figures by 31 January, after its head approves them; LAW.md §5 for the tables).
 *
 * <ol>
 * <li>An officer or the head of the agency drafts it: the figures are counted from the data and a first narrative
 * is written from them ({@link AnnualReportNarrative}), ending in a paragraph the agency must write itself.</li>
 * <li>The agency edits the narrative and may recount the figures while the report is a draft or returned.</li>
 * <li>Submitting recounts the figures once more and freezes them: what is reviewed and approved is what is
 * published.</li>
 * <li>A reviewer (法制审核人员) or the head, not the one who submitted it, reviews it: passed, or returned with a
 * note.</li>
 * <li>The head approves it, which publishes it on the portal with its PDF kept as printed, or returns it.</li>
 * </ol>
 *
 * Only the agency itself drafts, edits, reviews and approves its report; a supervisor above it reads it. Every act
 * is an event of the report and an entry of the tamper-evident {@link Ledger} in the same transaction, whose content
 * holds the narrative, the figures and the PDF's hash: the published report is part of the record, and
 * {@link #verify} finds a report changed behind the ledger's back.
 */
@Service
public class AnnualReportWorkflow {

    /** The subject type of report entries in the ledger. */
    public static final String SUBJECT = "ANNUAL_REPORT";
    /** The longest narrative kept. */
    static final int MAX_NARRATIVE = 20_000;
    /** The longest note of a review or a return. */
    static final int MAX_NOTE = 1_000;

    private final JdbcClient jdbc;
    private final AnnualReports reports;
    private final AnnualReportNarrative narratives;
    private final AnnualReportFiles files;
    private final Organization organization;
    private final Ledger ledger;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AnnualReportWorkflow(JdbcClient jdbc, AnnualReports reports, AnnualReportNarrative narratives,
            AnnualReportFiles files, Organization organization, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.narratives = narratives;
        this.files = files;
        this.organization = organization;
        this.ledger = ledger;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The report, if the caller may see its agency; otherwise not found. */
    @Transactional(readOnly = true)
    public AnnualReport get(Caller caller, String id) {
        AnnualReport r = load(id, false).orElseThrow(AnnualReportWorkflow::notFound);
        if (!organization.visibleAgencyIds(caller).contains(r.agencyId())) {
            throw notFound();
        }
        return r;
    }

    /** The agency's report of the year, if begun; the agency must be one the caller may see. */
    @Transactional(readOnly = true)
    public Optional<AnnualReport> find(Caller caller, String agencyId, int year) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        return jdbc.sql("SELECT id FROM annual_report WHERE agency_id = :a AND report_year = :y")
                .param("a", agency.id()).param("y", year).query(String.class).optional()
                .flatMap(id -> load(id, false));
    }

    /**
     * Where the report of the year stands for {@code parentId}'s agency (the caller's own if null) and every agency
     * under it the caller may see, parents first: for a city or the province to follow its counties.
     */
    @Transactional(readOnly = true)
    public List<AnnualReport.Standing> standings(Caller caller, String parentId, int year) {
        Agency parent = organization.requireVisibleAgency(caller, parentId == null ? caller.agencyId() : parentId);
        Set<String> under = organization.subtree(parent.id());
        Set<String> visible = organization.visibleAgencyIds(caller);
        Map<String, Object[]> found = new HashMap<>();
        jdbc.sql("SELECT agency_id, id, status, published_at FROM annual_report WHERE report_year = :y")
                .param("y", year).query(rs -> {
                    found.put(rs.getString("agency_id"), new Object[] { rs.getString("id"),
                            ReportStatus.valueOf(rs.getString("status")),
                            local(rs.getObject("published_at", OffsetDateTime.class)) });
                });
        List<AnnualReport.Standing> out = new ArrayList<>();
        for (Agency a : organization.agencies()) {
            if (under.contains(a.id()) && visible.contains(a.id())) {
                Object[] f = found.get(a.id());
                out.add(f == null ? new AnnualReport.Standing(a.id(), a.name(), year, null, null, null)
                        : new AnnualReport.Standing(a.id(), a.name(), year, (String) f[0], (ReportStatus) f[1],
                                (OffsetDateTime) f[2]));
            }
        }
        return out;
    }

    /** Where every agency's report of the year stands, by agency; an agency without one is absent. */
    @Transactional(readOnly = true)
    public Map<String, ReportStatus> statuses(int year) {
        Map<String, ReportStatus> out = new HashMap<>();
        jdbc.sql("SELECT agency_id, status FROM annual_report WHERE report_year = :y").param("y", year)
                .query(rs -> {
                    out.put(rs.getString(1), ReportStatus.valueOf(rs.getString(2)));
                });
        return out;
    }

    /** The published reports, newest year first, optionally of one agency and one year: what the portal lists. */
    @Transactional(readOnly = true)
    public List<AnnualReport.Published> published(String agencyId, Integer year) {
        StringBuilder sql = new StringBuilder("SELECT id, agency_id, report_year, published_at, pdf_sha256 "
                + "FROM annual_report WHERE status = 'PUBLISHED'");
        Map<String, Object> params = new HashMap<>();
        if (agencyId != null) {
            sql.append(" AND agency_id = :a");
            params.put("a", agencyId);
        }
        if (year != null) {
            sql.append(" AND report_year = :y");
            params.put("y", year);
        }
        sql.append(" ORDER BY report_year DESC, published_at DESC");
        Map<String, String> names = new HashMap<>();
        organization.agencies().forEach(a -> names.put(a.id(), a.name()));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AnnualReport.Published(
                rs.getString("id"), rs.getString("agency_id"), names.get(rs.getString("agency_id")),
                rs.getInt("report_year"), local(rs.getObject("published_at", OffsetDateTime.class)),
                rs.getString("pdf_sha256"))).list();
    }

    /** A published report, for anyone; a report not (yet) published is not found. */
    @Transactional(readOnly = true)
    public Optional<AnnualReport> publishedReport(String id) {
        return load(id, false).filter(r -> r.status() == ReportStatus.PUBLISHED);
    }

    /** The PDF kept when the report was published; empty for a report not published. */
    @Transactional(readOnly = true)
    public Optional<byte[]> publishedPdf(String id) {
        return jdbc.sql("SELECT pdf FROM annual_report WHERE id = :id AND status = 'PUBLISHED'").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * The report's PDF for a caller who may see it: the one kept at publication, or for a report not yet published
     * one printed now from its narrative and figures as they stand.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(Caller caller, String id) {
        AnnualReport r = get(caller, id);
        if (r.status() == ReportStatus.PUBLISHED) {
            return publishedPdf(id).orElseThrow(AnnualReportWorkflow::notFound);
        }
        return files.pdf(r.figures(), r.narrative(), OffsetDateTime.now(clock).toLocalDateTime());
    }

    /**
     * The narrative with the paragraph the agency must write (marked {@code 【待补充】}) replaced by its own account,
     * one paragraph a line.
     */
    public String withOwnAccount(String narrative, String own) {
        List<String> kept = new ArrayList<>(narrative.lines().filter(l -> !narratives.unfinished(l)).toList());
        kept.addAll(own.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return String.join("\n", kept);
    }

    /** The file name of the report's PDF. */
    public String title(AnnualReport r) {
        return files.title(r.figures());
    }

    // ---------------------------------------------------------------- acting

    /**
     * Drafts the agency's report of a finished year: the figures counted now and a narrative written from them.
     * Only an officer or the head of the agency itself may; a year already begun is a conflict.
     */
    @Transactional
    public AnnualReport draft(Caller caller, String agencyId, int year) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        requireOwnAgency(caller, agency.id(), "statistics.report.drafters-only", Role.OFFICER, Role.HEAD);
        int last = LocalDate.now(clock).getYear() - 1;
        if (year < AnnualReports.FIRST_YEAR || year > last) {
            throw ProblemException.invalid("year", "statistics.validation.report-year",
                    String.valueOf(AnnualReports.FIRST_YEAR), String.valueOf(last));
        }
        if (!insertDraft(agency, year, caller.username())) {
            throw ProblemException.conflict("report-exists", "statistics.report.exists", agency.name(),
                    String.valueOf(year));
        }
        String id = jdbc.sql("SELECT id FROM annual_report WHERE agency_id = :a AND report_year = :y")
                .param("a", agency.id()).param("y", year).query(String.class).single();
        return record(caller.username(), caller.displayName(), id, "DRAFTED", null,
                load(id, false).orElseThrow().draftedAt());
    }

    /** The actor of what the product does by itself. */
    static final String SYSTEM = "system";

    /**
     * Drafts last year's report of every agency that has none yet, in January, when the seed's deadline of 31
     * January is running (seed §二(一)6): each agency then finds its draft ready, written from its data, to finish.
     * Safe on several nodes at once: a report another node drafted first is left alone. Returns how many were drafted.
     */
    @Transactional
    public int draftMissing(LocalDate today) {
        if (today.getMonthValue() != 1) {
            return 0;
        }
        int year = today.getYear() - 1;
        Map<String, ReportStatus> existing = statuses(year);
        int drafted = 0;
        for (Agency agency : organization.agencies()) {
            if (!existing.containsKey(agency.id()) && insertDraft(agency, year, SYSTEM)) {
                String id = jdbc.sql("SELECT id FROM annual_report WHERE agency_id = :a AND report_year = :y")
                        .param("a", agency.id()).param("y", year).query(String.class).single();
                record(SYSTEM, null, id, "DRAFTED", null, load(id, false).orElseThrow().draftedAt());
                drafted++;
            }
        }
        return drafted;
    }

    /**
     * Inserts the draft with the figures counted now; false when the agency's report of the year exists. A second
     * insert is not an error but nothing (ON CONFLICT DO NOTHING, which both databases have): on PostgreSQL an error
     * would spoil the rest of the transaction.
     */
    private boolean insertDraft(Agency agency, int year, String actor) {
        AnnualFigures figures = reports.figures(agency, year);
        OffsetDateTime now = now();
        return jdbc.sql("""
                INSERT INTO annual_report (id, agency_id, report_year, status, narrative, figures, counted_at,
                    drafted_by, drafted_at, version)
                VALUES (:id, :a, :y, 'DRAFT', :n, :f, :at, :by, :at, 0) ON CONFLICT DO NOTHING""")
                .param("id", Ids.newId()).param("a", agency.id()).param("y", year)
                .param("n", narratives.draft(figures)).param("f", json.writeValueAsString(figures))
                .param("at", now).param("by", actor).update() == 1;
    }

    /** Replaces the narrative of a draft or returned report; {@code version} is the one the editor read. */
    @Transactional
    public AnnualReport edit(Caller caller, String id, String narrative, Integer version) {
        AnnualReport r = lockVisible(caller, id);
        requireOwnAgency(caller, r.agencyId(), "statistics.report.drafters-only", Role.OFFICER, Role.HEAD);
        requireEditable(r);
        String text = checkedNarrative(narrative, false);
        if (version == null) {
            throw ProblemException.invalid("version", "statistics.validation.version");
        }
        if (version != r.version()) {
            throw ProblemException.conflict("stale-version", "statistics.report.stale");
        }
        update(r, "narrative = :n", Map.of("n", text));
        return record(caller, id, "EDITED", null, now());
    }

    /** Counts the figures of a draft or returned report again, from the data as it is now. */
    @Transactional
    public AnnualReport recount(Caller caller, String id) {
        AnnualReport r = lockVisible(caller, id);
        requireOwnAgency(caller, r.agencyId(), "statistics.report.drafters-only", Role.OFFICER, Role.HEAD);
        requireEditable(r);
        OffsetDateTime now = now();
        update(r, "figures = :f, counted_at = :at", Map.of("f", json.writeValueAsString(reports.figures(caller,
                r.agencyId(), r.year())), "at", now));
        return record(caller, id, "RECOUNTED", null, now);
    }

    /**
     * Submits a draft or returned report for review, with its figures counted once more and then frozen. A narrative
     * still holding the paragraph the agency must write is refused.
     */
    @Transactional
    public AnnualReport submit(Caller caller, String id) {
        AnnualReport r = lockVisible(caller, id);
        requireOwnAgency(caller, r.agencyId(), "statistics.report.drafters-only", Role.OFFICER, Role.HEAD);
        requireEditable(r);
        checkedNarrative(r.narrative(), true);
        OffsetDateTime now = now();
        update(r, "status = 'SUBMITTED', figures = :f, counted_at = :at, submitted_by = :by, submitted_at = :at",
                Map.of("f", json.writeValueAsString(reports.figures(caller, r.agencyId(), r.year())), "at", now,
                        "by", caller.username()));
        return record(caller, id, "SUBMITTED", null, now);
    }

    /**
     * Reviews a submitted report: passed, or returned to the agency with a note saying what to mend. A reviewer
     * (法制审核人员) or the head of the agency may, but not the one who submitted it: the report is checked by a second
     * person before the head approves it.
     */
    @Transactional
    public AnnualReport review(Caller caller, String id, Boolean passed, String note) {
        AnnualReport r = lockVisible(caller, id);
        requireOwnAgency(caller, r.agencyId(), "statistics.report.reviewers-only", Role.REVIEWER, Role.HEAD);
        if (passed == null) {
            throw ProblemException.invalid("passed", "statistics.validation.passed");
        }
        requireStatus(r, ReportStatus.SUBMITTED);
        if (caller.username().equals(r.submittedBy())) {
            throw ProblemException.conflict("separate-reviewer-required", "statistics.report.separate-reviewer");
        }
        String text = checkedNote(note, !passed);
        OffsetDateTime now = now();
        if (passed) {
            update(r, "status = 'REVIEWED', reviewed_by = :by, reviewed_at = :at",
                    Map.of("by", caller.username(), "at", now));
            return record(caller, id, "REVIEWED", text, now);
        }
        update(r, "status = 'RETURNED', returned_note = :note", Map.of("note", text));
        return record(caller, id, "RETURNED", text, now);
    }

    /**
     * The head's decision on a reviewed report: approving it publishes it on the portal, with its PDF printed and
     * kept as it is then; not approving returns it with a note.
     */
    @Transactional
    public AnnualReport approve(Caller caller, String id, Boolean approved, String note) {
        AnnualReport r = lockVisible(caller, id);
        requireOwnAgency(caller, r.agencyId(), "statistics.report.heads-only", Role.HEAD);
        if (approved == null) {
            throw ProblemException.invalid("approved", "statistics.validation.approved");
        }
        requireStatus(r, ReportStatus.REVIEWED);
        String text = checkedNote(note, !approved);
        OffsetDateTime now = now();
        if (!approved) {
            update(r, "status = 'RETURNED', returned_note = :note", Map.of("note", text));
            return record(caller, id, "RETURNED", text, now);
        }
        byte[] pdf = files.pdf(r.figures(), r.narrative(), now.atZoneSameInstant(clock.getZone()).toLocalDateTime());
        update(r, "status = 'PUBLISHED', published_by = :by, published_at = :at, pdf = :pdf, pdf_sha256 = :sha",
                Map.of("by", caller.username(), "at", now, "pdf", pdf, "sha", sha256(pdf)));
        return record(caller, id, "PUBLISHED", text, now);
    }

    // ---------------------------------------------------------------- the record

    /** What a report's check found: whether it matches its last ledger entry, and the entries it has. */
    public record Verification(boolean intact, int entries, String lastAction) {
    }

    /**
     * Checks the report against the content of its last ledger entry: its status, narrative, figures and PDF as
     * stored must be those recorded, or it was changed without its act being recorded.
     */
    @Transactional(readOnly = true)
    public Verification verify(Caller caller, String id) {
        AnnualReport r = get(caller, id);
        List<LedgerEntry> entries = ledger.entries(SUBJECT, id);
        if (entries.isEmpty()) {
            return new Verification(false, 0, null);
        }
        LedgerEntry last = entries.get(entries.size() - 1);
        String stored = ledger.contents(List.of(last.id())).get(last.id());
        String note = r.events().stream().filter(e -> e.id().equals(last.recordRef())).findFirst()
                .map(AnnualReport.Event::note).orElse(null);
        String expected = CanonicalJson.of(content(r, last.action(), note));
        boolean intact = stored != null && CanonicalJson.hash(stored).equals(last.contentHash())
                && CanonicalJson.hash(expected).equals(last.contentHash());
        return new Verification(intact, entries.size(), last.action());
    }

    /** What an act records: the report as it stands after the act, with the PDF's hash once published. */
    private tools.jackson.databind.JsonNode content(AnnualReport r, String action, String note) {
        ObjectNode o = CanonicalJson.mapper().createObjectNode();
        o.put("record", action);
        o.put("reportId", r.id());
        o.put("agencyId", r.agencyId());
        o.put("year", r.year());
        o.put("status", r.status().name());
        o.put("narrative", r.narrative());
        o.set("figures", CanonicalJson.tree(r.figures()));
        if (note != null) {
            o.put("note", note);
        }
        if (r.pdfSha256() != null) {
            o.put("pdfSha256", r.pdfSha256());
        }
        return o;
    }

    private AnnualReport record(Caller caller, String id, String action, String note, OffsetDateTime at) {
        return record(caller.username(), caller.displayName(), id, action, note, at);
    }

    /** Appends the act to the report's events and to the ledger, and returns the report as it now stands. */
    private AnnualReport record(String actor, String actorName, String id, String action, String note,
            OffsetDateTime at) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM annual_report_event WHERE report_id = :id")
                .param("id", id).query(Integer.class).single();
        String eventId = Ids.newId();
        jdbc.sql("""
                INSERT INTO annual_report_event (id, report_id, seq, action, actor, actor_name, acted_at, note)
                VALUES (:id, :r, :seq, :action, :actor, :name, :at, :note)""").param("id", eventId).param("r", id)
                .param("seq", seq).param("action", action).param("actor", actor)
                .param("name", actorName).param("at", at).param("note", note).update();
        AnnualReport r = load(id, false).orElseThrow();
        ledger.append(new Ledger.Draft(SUBJECT, id, eventId, r.status().name(), action, actor, at,
                CanonicalJson.of(content(r, action, note))));
        return r;
    }

    // ---------------------------------------------------------------- rules

    private void requireOwnAgency(Caller caller, String agencyId, String messageKey, Role... roles) {
        boolean role = false;
        for (Role each : roles) {
            role |= caller.has(each);
        }
        if (!role || !agencyId.equals(caller.agencyId())) {
            throw ProblemException.forbidden(messageKey);
        }
    }

    private static void requireEditable(AnnualReport r) {
        if (!r.status().editable()) {
            throw ProblemException.conflict("report-not-editable", "statistics.report.not-editable");
        }
    }

    private static void requireStatus(AnnualReport r, ReportStatus wanted) {
        if (r.status() != wanted) {
            throw ProblemException.conflict("report-wrong-status", "statistics.report.wrong-status");
        }
    }

    /** The narrative as kept; one still holding the agency's paragraph to write may be saved but not submitted. */
    private String checkedNarrative(String narrative, boolean submitting) {
        if (narrative == null || narrative.isBlank()) {
            throw ProblemException.invalid("narrative", "statistics.validation.narrative-blank");
        }
        String text = narrative.strip().replace("\r\n", "\n");
        if (text.length() > MAX_NARRATIVE) {
            throw ProblemException.invalid("narrative", "statistics.validation.narrative-long",
                    String.valueOf(MAX_NARRATIVE));
        }
        if (submitting && narratives.unfinished(text)) {
            throw ProblemException.invalid("narrative", "statistics.validation.narrative-unfinished",
                    narratives.marker());
        }
        return text;
    }

    private static String checkedNote(String note, boolean required) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (required && text == null) {
            throw ProblemException.invalid("note", "statistics.validation.note-required");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "statistics.validation.note-long", String.valueOf(MAX_NOTE));
        }
        return text;
    }

    // ---------------------------------------------------------------- rows

    private AnnualReport lockVisible(Caller caller, String id) {
        AnnualReport r = load(id, true).orElseThrow(AnnualReportWorkflow::notFound);
        if (!organization.visibleAgencyIds(caller).contains(r.agencyId())) {
            throw notFound();
        }
        return r;
    }

    private void update(AnnualReport r, String set, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("id", r.id());
        all.put("v", r.version());
        int n = jdbc.sql("UPDATE annual_report SET " + set + ", version = version + 1 WHERE id = :id AND version = :v")
                .params(all).update();
        if (n != 1) {
            throw ProblemException.conflict("stale-version", "statistics.report.stale");
        }
    }

    private Optional<AnnualReport> load(String id, boolean lock) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        List<AnnualReport.Event> events = jdbc.sql("SELECT id, seq, action, actor, actor_name, acted_at, note "
                + "FROM annual_report_event WHERE report_id = :id ORDER BY seq").param("id", id)
                .query((rs, n) -> new AnnualReport.Event(rs.getString("id"), rs.getInt("seq"), rs.getString("action"),
                        rs.getString("actor"), rs.getString("actor_name"),
                        local(rs.getObject("acted_at", OffsetDateTime.class)), rs.getString("note"))).list();
        return jdbc.sql("SELECT id, agency_id, report_year, status, narrative, figures, counted_at, drafted_by, "
                + "drafted_at, submitted_by, submitted_at, reviewed_by, reviewed_at, returned_note, published_by, "
                + "published_at, pdf_sha256, version FROM annual_report WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
                .param("id", id).query((rs, n) -> map(rs, events)).optional();
    }

    private AnnualReport map(ResultSet rs, List<AnnualReport.Event> events) throws SQLException {
        String agencyId = rs.getString("agency_id");
        return new AnnualReport(rs.getString("id"), agencyId,
                organization.agency(agencyId).map(Agency::name).orElse(agencyId), rs.getInt("report_year"),
                ReportStatus.valueOf(rs.getString("status")), rs.getString("narrative"),
                json.readValue(rs.getString("figures"), AnnualFigures.class),
                local(rs.getObject("counted_at", OffsetDateTime.class)), rs.getString("drafted_by"),
                local(rs.getObject("drafted_at", OffsetDateTime.class)), rs.getString("submitted_by"),
                local(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getString("reviewed_by"),
                local(rs.getObject("reviewed_at", OffsetDateTime.class)), rs.getString("returned_note"),
                rs.getString("published_by"), local(rs.getObject("published_at", OffsetDateTime.class)),
                rs.getString("pdf_sha256"), rs.getInt("version"), events);
    }

    /** A stored instant at the offset of the clock's zone (China), as pages and files show it. */
    private OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("statistics.report.not-found");
    }
}
