import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of "generate --cases 100000" through JDBC: the same number of rows per table as the generator's run with
 * the default seed (100,000 cases, 124,863 parties, 209,287 case officers, 734,302 steps, 300,758 deadlines, 774,344
 * documents), of about the same widths, in JDBC batches of 1,000 rows and one transaction per 1,000 cases on one
 * connection, as the generator writes them — but constant rows, no generation logic, nothing else in the JVM.
 *
 * <p>{@code java -cp <driver.jar> JdbcFloor.java <jdbc-url> <user>} on a new database with the schema and the demo
 * data ("generate --cases 0").
 */
public class JdbcFloor {

    static final int CASES = 100_000;

    public static void main(String[] args) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args.length > 2 ? args[2] : "")) {
            c.setAutoCommit(false);
            String agency;
            String matter;
            List<String> officers = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT a.id, m.id FROM agency a JOIN matter m"
                    + " ON m.agency_id = a.id AND m.code = 'MZ-CF-SHTT-30' WHERE a.short_name = '\u6e56\u6c11'")) {
                rs.next();
                agency = rs.getString(1);
                matter = rs.getString(2);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM officer WHERE agency_id = '" + agency
                    + "' ORDER BY certificate_number")) {
                while (rs.next()) {
                    officers.add(rs.getString(1));
                }
            }
            PreparedStatement file = c.prepareStatement("INSERT INTO case_file (id, agency_id, number, act_type,"
                    + " procedure_kind, matter_id, matter_code, matter_name, source, facts, occurred_on, continuing_until,"
                    + " serious_harm, filed_on, place, illegal_income, illegal_turnover, stage, decided_on, decision_type,"
                    + " fine_amount, closed_on, archived_on, evaluation_score, created_at, created_by, updated_at, version)"
                    + " VALUES (?, ?, ?, 'ADMINISTRATIVE_PENALTY', 'GENERAL', ?, 'MZ-CF-SHTT-30', ?, 'COMPLAINT', ?, ?, NULL,"
                    + " false, ?, ?, 5000, NULL, 'ARCHIVED', ?, 'PENALTY', 15000, ?, ?, 100, ?, 'floor', ?, 6)");
            PreparedStatement party = c.prepareStatement("INSERT INTO case_party (case_id, position, role, party_type,"
                    + " name, id_number, credit_code, legal_representative, birth_date, phone, address, bank_account)"
                    + " VALUES (?, ?, 'PARTY', 'NATURAL_PERSON', ?, '411202198503150017', NULL, NULL, ?, '13903981234',"
                    + " ?, NULL)");
            PreparedStatement officer = c.prepareStatement(
                    "INSERT INTO case_officer (case_id, officer_id, position) VALUES (?, ?, ?)");
            PreparedStatement step = c.prepareStatement("INSERT INTO case_step (id, case_id, seq, kind, stage,"
                    + " occurred_on, data, recorded_at, recorded_by) VALUES (?, ?, ?, 'RECORD', 'INVESTIGATION', ?, ?, ?,"
                    + " 'floor')");
            PreparedStatement deadline = c.prepareStatement(
                    "INSERT INTO case_deadline (case_id, code, due, satisfied_on) VALUES (?, ?, ?, ?)");
            PreparedStatement document = c.prepareStatement("INSERT INTO case_document (id, case_id, kind, number,"
                    + " title, step_id, issued_on, created_at) VALUES (?, ?, 'INQUIRY_RECORD', NULL, ?, NULL, ?, ?)");
            String facts = "\u6848\u4ef6\u4e8b\u5b9e".repeat(36);
            String data = "{\"content\":\"" + "\u8be2\u95ee\u7b14\u5f55".repeat(35) + "\"}";
            String place = "\u6e56\u6ee8\u533a\u5d24\u5c71\u8def\u5341\u516b\u53f7";
            OffsetDateTime now = OffsetDateTime.now();
            long rows = 0;
            for (int lo = 1; lo <= CASES; lo += 1000) {
                for (int i = lo; i < lo + 1000; i++) {
                    Date day = day(i);
                    file.setString(1, id(0, i));
                    file.setString(2, agency);
                    file.setString(3, "\u6e56\u6c11\u7acb\u30149999\u3015" + i + "\u53f7");
                    file.setString(4, matter);
                    file.setString(5, "\u5bf9\u793e\u4f1a\u56e2\u4f53\u8fdd\u53cd\u767b\u8bb0\u7ba1\u7406\u89c4\u5b9a");
                    file.setString(6, facts);
                    file.setDate(7, day);
                    file.setDate(8, day);
                    file.setString(9, place);
                    file.setDate(10, day);
                    file.setDate(11, day);
                    file.setDate(12, day);
                    file.setObject(13, now);
                    file.setObject(14, now);
                    rows += add(file);
                }
                rows += execute(file);
                for (int k = 0; k <= 1; k++) {
                    for (int i = lo; i < lo + 1000 && k * CASES + i <= 124_863; i++) {
                        party.setString(1, id(0, i));
                        party.setInt(2, k);
                        party.setString(3, "\u738b\u5efa\u56fd");
                        party.setDate(4, Date.valueOf("1985-03-15"));
                        party.setString(5, place);
                        rows += add(party);
                    }
                }
                rows += execute(party);
                for (int k = 0; k <= 2; k++) {
                    for (int i = lo; i < lo + 1000 && k * CASES + i <= 209_287; i++) {
                        officer.setString(1, id(0, i));
                        officer.setString(2, officers.get(k));
                        officer.setInt(3, k);
                        rows += add(officer);
                    }
                }
                rows += execute(officer);
                for (int k = 0; k <= 7; k++) {
                    for (int i = lo; i < lo + 1000 && k * CASES + i <= 734_302; i++) {
                        step.setString(1, id(1, k * CASES + i));
                        step.setString(2, id(0, i));
                        step.setInt(3, k + 1);
                        step.setDate(4, day(i));
                        step.setString(5, data);
                        step.setObject(6, now);
                        rows += add(step);
                    }
                }
                rows += execute(step);
                for (int k = 0; k <= 3; k++) {
                    for (int i = lo; i < lo + 1000 && k * CASES + i <= 300_758; i++) {
                        deadline.setString(1, id(0, i));
                        deadline.setString(2, "RULE_" + k);
                        deadline.setDate(3, day(i));
                        deadline.setDate(4, day(i));
                        rows += add(deadline);
                    }
                }
                rows += execute(deadline);
                for (int k = 0; k <= 7; k++) {
                    for (int i = lo; i < lo + 1000 && k * CASES + i <= 774_344; i++) {
                        document.setString(1, id(2, k * CASES + i));
                        document.setString(2, id(0, i));
                        document.setString(3, "\u8be2\u95ee\u7b14\u5f55");
                        document.setDate(4, day(i));
                        document.setObject(5, now);
                        rows += add(document);
                    }
                }
                rows += execute(document);
                c.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("JDBC floor: %d rows in %.1f s (%.0f rows/s)%n", rows, seconds, rows / seconds);
        }
    }

    static final java.util.Map<PreparedStatement, Integer> PENDING = new java.util.HashMap<>();

    /** Adds the row to the statement's batch, and sends the batch when it holds 1,000 rows. */
    static long add(PreparedStatement ps) throws SQLException {
        ps.addBatch();
        if (PENDING.merge(ps, 1, Integer::sum) < 1000) {
            return 0;
        }
        PENDING.put(ps, 0);
        return execute(ps);
    }

    /** Sends the rows of the statement's batch. */
    static long execute(PreparedStatement ps) throws SQLException {
        PENDING.put(ps, 0);
        long n = 0;
        for (int count : ps.executeBatch()) {
            n += count < 0 ? 1 : count;
        }
        return n;
    }

    static Date day(int i) {
        return Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i % 1000));
    }

    static String id(int table, long n) {
        return String.format("00000000-0000-700%d-8000-%012d", table, n);
    }
}
