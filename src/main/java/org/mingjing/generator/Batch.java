package org.mingjing.generator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mingjing.cases.Party;

/**
 * The rows of the cases of one transaction, table by table, in the shape {@code CaseRepository} writes them
 * (V7__cases.sql): each table's insert statement, the SQL types of its columns, and the rows as arrays in that
 * column order.
 */
final class Batch {

    /** One table: its insert statement and the SQL types of its parameters. */
    record Table(String name, String insert, int[] types) {
    }

    static final Table CASE_FILE = new Table("case_file", """
            INSERT INTO case_file (id, agency_id, number, act_type, procedure_kind, matter_id, matter_code, matter_name,
              source, facts, occurred_on, continuing_until, serious_harm, filed_on, place, illegal_income,
              illegal_turnover, stage, decided_on, decision_type, fine_amount, closed_on, archived_on, evaluation_score,
              created_at, created_by, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.BOOLEAN,
                    Types.DATE, Types.VARCHAR, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                    Types.DECIMAL, Types.DATE, Types.DATE, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.INTEGER });

    static final Table CASE_PARTY = new Table("case_party", """
            INSERT INTO case_party (case_id, position, role, party_type, name, id_number, credit_code,
              legal_representative, birth_date, phone, address, bank_account)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            new int[] { Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });

    static final Table CASE_OFFICER = new Table("case_officer",
            "INSERT INTO case_officer (case_id, officer_id, position) VALUES (?, ?, ?)",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.INTEGER });

    static final Table CASE_STEP = new Table("case_step", """
            INSERT INTO case_step (id, case_id, seq, kind, stage, occurred_on, data, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                    Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR });

    static final Table CASE_DEADLINE = new Table("case_deadline",
            "INSERT INTO case_deadline (case_id, code, due, satisfied_on) VALUES (?, ?, ?, ?)",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE });

    static final Table CASE_DOCUMENT = new Table("case_document", """
            INSERT INTO case_document (id, case_id, kind, number, title, step_id, issued_on, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE });

    /** The legal review of a major case as it stands (V12__legal_review.sql); its acts are steps of the case. */
    static final Table LEGAL_REVIEW = new Table("legal_review", """
            INSERT INTO legal_review (id, case_id, agency_id, status, round, explanation, proposed_decision,
              submitted_by, submitted_at, round_submitted_on, due_on, reviewer_officer_id, approved_via, approved_on,
              updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.DATE,
                    Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE });

    /**
     * The publication of a decision as it stands (V13__publicity.sql); its acts are steps of the case. Generated
     * publications are not queued for the push to the province's platform.
     */
    static final Table PUBLICATION = new Table("publication", """
            INSERT INTO publication (id, case_id, document_id, agency_id, agency_name, act_type, decision_type,
              penalty_kinds, status, reason, reason_code, decided_on, due_by, title, party_name, number, original_text,
              masked_text, findings, manual_marks, revision, entered_by, reviewed_by, released_by, published_on,
              published_at, expires_on, created_at, public_changed_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE });

    /** The first released text of a generated publication (revision 0). */
    static final Table PUBLICATION_REVISION = new Table("publication_revision", """
            INSERT INTO publication_revision (publication_id, revision, masked_text, original_text, note, recorded_by,
              recorded_at)
            VALUES (?, 0, ?, ?, NULL, ?, ?)""",
            new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });

    /**
     * A generated case is a changed case to the analysis dashboard's stored months (V18__analysis_cells.sql): the
     * months it falls in are counted again, as for a case filed through {@code CaseRepository}.
     */
    static final Table ANALYSIS_MARK = new Table("analysis_mark",
            "INSERT INTO analysis_mark (case_id, marked_at) VALUES (?, ?)",
            new int[] { Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });

    /** The tables in the order their foreign keys need. */
    static final List<Table> TABLES = List.of(CASE_FILE, CASE_PARTY, CASE_OFFICER, CASE_STEP, CASE_DEADLINE,
            CASE_DOCUMENT, LEGAL_REVIEW, PUBLICATION, PUBLICATION_REVISION, ANALYSIS_MARK);

    final List<Object[]> files = new ArrayList<>();
    final List<Object[]> parties = new ArrayList<>();
    final List<Object[]> officers = new ArrayList<>();
    final List<Object[]> steps = new ArrayList<>();
    final List<Object[]> deadlines = new ArrayList<>();
    final List<Object[]> documents = new ArrayList<>();
    final List<Object[]> reviews = new ArrayList<>();
    final List<Object[]> publications = new ArrayList<>();
    final List<Object[]> revisions = new ArrayList<>();
    /** The document counters this batch moved, to be saved with its rows. */
    Map<DocumentNumbers.Key, Integer> sequences = Map.of();

    List<Object[]> rowsOf(Table table) {
        if (table == CASE_FILE) {
            return files;
        } else if (table == CASE_PARTY) {
            return parties;
        } else if (table == CASE_OFFICER) {
            return officers;
        } else if (table == CASE_STEP) {
            return steps;
        } else if (table == CASE_DEADLINE) {
            return deadlines;
        } else if (table == LEGAL_REVIEW) {
            return reviews;
        } else if (table == PUBLICATION) {
            return publications;
        } else if (table == PUBLICATION_REVISION) {
            return revisions;
        } else if (table == ANALYSIS_MARK) {
            // the case's id and the moment it was recorded (case_file.created_at)
            return files.stream().map(f -> new Object[] { f[0], f[24] }).toList();
        }
        return documents;
    }

    int cases() {
        return files.size();
    }

    long rows() {
        return (long) files.size() + parties.size() + officers.size() + steps.size() + deadlines.size()
                + documents.size() + reviews.size() + publications.size() + revisions.size() + sequences.size()
                + files.size();
    }

    void party(String caseId, int position, Party p) {
        parties.add(new Object[] { caseId, position, p.role().name(), p.type().name(), p.name(), p.idNumber(),
                p.creditCode(), p.legalRepresentative(), date(p.birthDate()), p.phone(), p.address(),
                p.bankAccount() });
    }

    void officer(String caseId, String officerId, int position) {
        officers.add(new Object[] { caseId, officerId, position });
    }

    void step(String id, String caseId, int seq, String kind, String stage, LocalDate on, String data,
            OffsetDateTime at, String by) {
        steps.add(new Object[] { id, caseId, seq, kind, stage, date(on), data, at, by });
    }

    void deadline(String caseId, String code, LocalDate due, LocalDate satisfiedOn) {
        deadlines.add(new Object[] { caseId, code, date(due), date(satisfiedOn) });
    }

    void document(String id, String caseId, String kind, String number, String title, String stepId, LocalDate on,
            OffsetDateTime at) {
        documents.add(new Object[] { id, caseId, kind, number, title, stepId, date(on), at });
    }

    void review(Object[] row) {
        reviews.add(row);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
