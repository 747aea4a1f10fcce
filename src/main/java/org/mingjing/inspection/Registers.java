package org.mingjing.inspection;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.mingjing.catalogue.SheetFiles;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.CreditCode;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two registers of 双随机 (LAW.md §6), kept per agency: the inspected subjects (检查对象名录库), each with a valid
 * unified social credit code (GB 32100, LAW.md §9), and the pool of inspectors (执法检查人员名录库) — officers of the
 * agency the agency put in the pool, of whom only those whose certificate is valid on the day may be drawn
 * (行政处罚法第四十二条). Both are read and written through a spreadsheet too, all rows or none. The agency's officers and
 * head maintain them; supervisors read them.
 */
@Service
public class Registers {

    /** Spreadsheet columns of the subject register (their headings come from the bundle). */
    public static final List<String> SUBJECT_COLUMNS = List.of("name", "creditCode", "address", "type");
    /** Spreadsheet column of the inspector pool: the certificate number of each officer put in the pool. */
    public static final List<String> POOL_COLUMNS = List.of("certificateNumber");

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    Registers(JdbcClient jdbc, Organization organization, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
        this.messages = messages;
    }

    /** One subject of the register. */
    public record Subject(String id, String agencyId, String name, String creditCode, String address,
            SubjectType type) {
    }

    /** What a new subject is, as typed. */
    public record SubjectDraft(String name, String creditCode, String address, String type) {
    }

    /** An officer of the agency as a possible inspector: in the pool or not, and eligible on the day or not. */
    public record PoolMember(String officerId, String name, String post, String certificateNumber,
            LocalDate certificateValidUntil, boolean inPool, boolean eligible) {
    }

    // ---------------------------------------------------------------- subjects

    @Transactional(readOnly = true)
    public List<Subject> subjects(Caller caller, String agencyId) {
        InspectionAccess.requireReader(caller);
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        return subjectsOf(agency.id(), null);
    }

    /** The agency's subjects, of one type if given, by credit code. */
    @Transactional(readOnly = true)
    public List<Subject> subjectsOf(String agencyId, SubjectType type) {
        return jdbc.sql("SELECT id, agency_id, name, credit_code, address, subject_type FROM inspection_subject "
                + "WHERE agency_id = :a" + (type == null ? "" : " AND subject_type = :t") + " ORDER BY credit_code")
                .param("a", agencyId).params(type == null ? Map.of() : Map.of("t", type.name()))
                .query((rs, n) -> new Subject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), SubjectType.valueOf(rs.getString(6))))
                .list();
    }

    @Transactional(readOnly = true)
    public Subject subject(Caller caller, String id) {
        InspectionAccess.requireReader(caller);
        Set<String> visible = organization.visibleAgencyIds(caller);
        return jdbc.sql("SELECT id, agency_id, name, credit_code, address, subject_type FROM inspection_subject "
                + "WHERE id = :id").param("id", id)
                .query((rs, n) -> new Subject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), SubjectType.valueOf(rs.getString(6))))
                .optional().filter(s -> visible.contains(s.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("inspection.problem.subject-not-found"));
    }

    /** Adds a subject to the agency's register; 400 with the fields at fault, 409 for a credit code already there. */
    @Transactional
    public Subject addSubject(Caller caller, String agencyId, SubjectDraft d) {
        return addSubjectForSetup(requireWriter(caller, agencyId).id(), d);
    }

    /** Adds a subject with the same checks, for the demo data set: no caller. */
    @Transactional
    public Subject addSubjectForSetup(String agencyId, SubjectDraft d) {
        Agency agency = organization.agency(agencyId)
                .orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
        List<FieldProblem> problems = new ArrayList<>();
        Subject s = check(d == null ? new SubjectDraft(null, null, null, null) : d, agency.id(), null, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (existingCodes(agency.id()).contains(s.creditCode())) {
            throw ProblemException.conflict("subject-exists", "inspection.problem.subject-exists", s.creditCode());
        }
        insert(s);
        return s;
    }

    /**
     * Imports subjects from an xlsx or csv sheet (columns: name, credit code, address, type — the type by its code or
     * its name in either language): every row is added, or none; a row at fault gives 400 with its row number, field
     * and message; a credit code already in the register or twice in the sheet is a fault of its row.
     */
    @Transactional
    public int importSubjects(Caller caller, String agencyId, String filename, InputStream in, Locale locale) {
        Agency agency = requireWriter(caller, agencyId);
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        readSheet(filename, in, SUBJECT_COLUMNS, locale, rows, rowNumbers);
        Set<String> taken = existingCodes(agency.id());
        List<FieldProblem> problems = new ArrayList<>();
        List<Subject> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int rowNumber = rowNumbers.get(i);
            List<FieldProblem> own = new ArrayList<>();
            Subject s = check(new SubjectDraft(row.get("name"), row.get("creditCode"), row.get("address"),
                    typeCode(row.get("type"))), agency.id(), null, own);
            if (own.isEmpty() && !taken.add(s.creditCode())) {
                own.add(FieldProblem.of("creditCode", "inspection.validation.credit-code-taken", s.creditCode()));
            }
            own.forEach(p -> problems.add(FieldProblem.atRow(rowNumber, heading("subject", p.field(), locale),
                    p.messageKey(), p.args())));
            checked.add(s);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        checked.forEach(this::insert);
        return checked.size();
    }

    /** The heading of a sheet column in the reader's language. */
    public String heading(String sheet, String column, Locale locale) {
        return messages.getMessage("inspection.sheet." + sheet + "." + column, null, column, locale);
    }

    /** A type as written in a sheet: its code, or its name in Chinese or English. */
    private String typeCode(String written) {
        if (written == null || written.isBlank()) {
            return written;
        }
        for (SubjectType t : SubjectType.values()) {
            if (t.name().equalsIgnoreCase(written.strip())
                    || messages.getMessage(t.messageKey(), null, Locale.SIMPLIFIED_CHINESE).equals(written.strip())
                    || messages.getMessage(t.messageKey(), null, Locale.ENGLISH).equalsIgnoreCase(written.strip())) {
                return t.name();
            }
        }
        return written;
    }

    private Subject check(SubjectDraft d, String agencyId, String id, List<FieldProblem> problems) {
        String name = strip(d.name());
        String code = strip(d.creditCode());
        String address = strip(d.address());
        text(problems, "name", name, 200);
        text(problems, "address", address, 300);
        if (code == null) {
            problems.add(FieldProblem.of("creditCode", "validation.required"));
        } else {
            code = code.toUpperCase(Locale.ROOT);
            if (!CreditCode.isValid(code)) {
                problems.add(FieldProblem.of("creditCode", "inspection.validation.credit-code", code));
            }
        }
        SubjectType type = null;
        if (d.type() == null || d.type().isBlank()) {
            problems.add(FieldProblem.of("type", "validation.required"));
        } else {
            try {
                type = SubjectType.valueOf(d.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("type", "inspection.validation.type", d.type().strip()));
            }
        }
        return new Subject(id == null ? Ids.newId() : id, agencyId, name, code, address, type);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "inspection.validation.too-long", max));
        }
    }

    private Set<String> existingCodes(String agencyId) {
        return new HashSet<>(jdbc.sql("SELECT credit_code FROM inspection_subject WHERE agency_id = :a")
                .param("a", agencyId).query(String.class).list());
    }

    private void insert(Subject s) {
        jdbc.sql("""
                INSERT INTO inspection_subject (id, agency_id, name, credit_code, address, subject_type, created_at)
                VALUES (:id, :a, :n, :c, :ad, :t, :at)""").param("id", s.id()).param("a", s.agencyId())
                .param("n", s.name()).param("c", s.creditCode()).param("ad", s.address()).param("t", s.type().name())
                .param("at", OffsetDateTime.now(clock)).update();
    }

    // ---------------------------------------------------------------- inspector pool

    /** The agency's officers (not revoked) as possible inspectors, with whether each is in the pool and eligible today. */
    @Transactional(readOnly = true)
    public List<PoolMember> pool(Caller caller, String agencyId) {
        InspectionAccess.requireReader(caller);
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        return poolOf(agency.id(), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public List<PoolMember> poolOf(String agencyId, LocalDate day) {
        Set<String> in = new HashSet<>(jdbc.sql("SELECT officer_id FROM inspection_pool WHERE agency_id = :a")
                .param("a", agencyId).query(String.class).list());
        return organization.officersOf(agencyId).stream()
                .filter(o -> o.status() != org.mingjing.organization.OfficerStatus.REVOKED)
                .sorted(java.util.Comparator.comparing(Officer::certificateNumber))
                .map(o -> new PoolMember(o.id(), o.name(), o.post(), o.certificateNumber(), o.certificateValidUntil(),
                        in.contains(o.id()), in.contains(o.id()) && o.mayActOn(day)))
                .toList();
    }

    /**
     * The inspectors who may be drawn on {@code day}: officers in the pool whose certificate is valid that day
     * (行政处罚法第四十二条: only certified officers enforce), by certificate number.
     */
    @Transactional(readOnly = true)
    public List<RandomDraw.Inspector> eligibleInspectors(String agencyId, LocalDate day) {
        return poolOf(agencyId, day).stream().filter(PoolMember::eligible)
                .map(m -> new RandomDraw.Inspector(m.name(), m.certificateNumber())).toList();
    }

    /** Puts an officer of the agency in its pool of inspectors, or takes them out. */
    @Transactional
    public PoolMember setInPool(Caller caller, String officerId, boolean inPool) {
        Officer o = organization.requireVisibleOfficer(caller, officerId);
        requireWriter(caller, o.agencyId());
        setInPool(o.agencyId(), o.id(), inPool);
        return poolOf(o.agencyId(), LocalDate.now(clock)).stream().filter(m -> m.officerId().equals(o.id()))
                .findFirst().orElseThrow();
    }

    /** For the demo data set and imports: no checks of the caller. */
    @Transactional
    public void setInPool(String agencyId, String officerId, boolean inPool) {
        jdbc.sql("DELETE FROM inspection_pool WHERE agency_id = :a AND officer_id = :o").param("a", agencyId)
                .param("o", officerId).update();
        if (inPool) {
            jdbc.sql("INSERT INTO inspection_pool (agency_id, officer_id) VALUES (:a, :o)").param("a", agencyId)
                    .param("o", officerId).update();
        }
    }

    /**
     * Imports the pool from a sheet with one certificate number a row: the pool becomes exactly those officers (all
     * rows or none); a number that is no officer of the agency, or one whose certificate is not valid today, is a
     * fault of its row.
     */
    @Transactional
    public int importPool(Caller caller, String agencyId, String filename, InputStream in, Locale locale) {
        Agency agency = requireWriter(caller, agencyId);
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        readSheet(filename, in, POOL_COLUMNS, locale, rows, rowNumbers);
        LocalDate today = LocalDate.now(clock);
        Map<String, Officer> byCertificate = new HashMap<>();
        organization.officersOf(agency.id()).forEach(o -> byCertificate.put(o.certificateNumber(), o));
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> officerIds = new java.util.LinkedHashSet<>();
        String column = heading("pool", "certificateNumber", locale);
        for (int i = 0; i < rows.size(); i++) {
            String number = rows.get(i).get("certificateNumber");
            Officer o = number == null ? null : byCertificate.get(number);
            if (number == null) {
                problems.add(FieldProblem.atRow(rowNumbers.get(i), column, "validation.required"));
            } else if (o == null) {
                problems.add(FieldProblem.atRow(rowNumbers.get(i), column, "inspection.validation.not-our-officer",
                        number));
            } else if (!o.mayActOn(today)) {
                problems.add(FieldProblem.atRow(rowNumbers.get(i), column, "inspection.validation.certificate-invalid",
                        number));
            } else {
                officerIds.add(o.id());
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        jdbc.sql("DELETE FROM inspection_pool WHERE agency_id = :a").param("a", agency.id()).update();
        officerIds.forEach(id -> setInPool(agency.id(), id, true));
        return officerIds.size();
    }

    private void readSheet(String filename, InputStream in, List<String> columns, Locale locale,
            List<Map<String, String>> rows, List<Integer> rowNumbers) {
        List<List<String>> table = SheetFiles.read(filename, in);
        if (table.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        String sheet = columns == SUBJECT_COLUMNS ? "subject" : "pool";
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip().replace("\uFEFF", "");
            for (String column : columns) {
                if (h.equalsIgnoreCase(column) || h.equals(heading(sheet, column, Locale.SIMPLIFIED_CHINESE))
                        || h.equalsIgnoreCase(heading(sheet, column, Locale.ENGLISH))) {
                    index.putIfAbsent(column, i);
                }
            }
        }
        for (String column : columns) {
            if (!index.containsKey(column)) {
                throw ProblemException.badRequest("catalogue.import.missing-column", heading(sheet, column, locale));
            }
        }
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (SheetFiles.blankRow(row)) {
                continue;
            }
            Function<String, String> cell = column -> {
                int i = index.get(column);
                return i >= row.size() ? null : strip(row.get(i));
            };
            Map<String, String> values = new HashMap<>();
            columns.forEach(c -> values.put(c, cell.apply(c)));
            rows.add(values);
            rowNumbers.add(r + 1);
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
    }

    /** The agency, if the caller is its officer or head; a supervisor reads only (403); an agency not visible is 404. */
    Agency requireWriter(Caller caller, String agencyId) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        if (!agency.id().equals(caller.agencyId()) || !(caller.has(Role.OFFICER) || caller.has(Role.HEAD))) {
            throw ProblemException.forbidden("inspection.problem.not-writer");
        }
        return agency;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
