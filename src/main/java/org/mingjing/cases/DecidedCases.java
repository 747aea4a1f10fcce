package org.mingjing.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The decided cases as another module keeps a copy of them (the similar-case index of the discretion module): what
 * each was decided on and why, read in bulk, by id, or counted, without any caller's scope. The reader of the copy
 * answers for showing a user only the cases of the agencies the user may see.
 */
@Component
public class DecidedCases {

    /** Cases read per query when all are read. */
    static final int CHUNK = 2000;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    DecidedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decided case: the columns and the decision's content (its latest decision step). */
    public record DecidedCase(String id, String agencyId, String number, String matterCode, String facts,
            LocalDate decidedOn, DecisionType type, List<Steps.Penalty> penalties, List<String> circumstances,
            BigDecimal illegalIncome, BigDecimal illegalTurnover, BigDecimal fineAmount) {
    }

    /** How many cases are decided. */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE decided_on IS NOT NULL").query(Long.class).single();
    }

    /** The ids of every decided case. */
    public Set<String> ids() {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM case_file WHERE decided_on IS NOT NULL")
                .query(String.class).list());
    }

    /** Every decided case, in chunks of {@value #CHUNK}, by id. */
    public void forEach(Consumer<DecidedCase> each) {
        String after = "";
        while (true) {
            List<String> ids = jdbc.sql("SELECT id FROM case_file WHERE decided_on IS NOT NULL AND id > :after"
                    + " ORDER BY id LIMIT " + CHUNK).param("after", after).query(String.class).list();
            if (ids.isEmpty()) {
                return;
            }
            byIds(ids).forEach(each);
            after = ids.get(ids.size() - 1);
        }
    }

    /** The decided cases among {@code ids} (at most a few thousand); the others are left out. */
    public List<DecidedCase> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.id, c.agency_id, c.number, c.matter_code, c.facts, c.decided_on, c.decision_type,
                       c.illegal_income, c.illegal_turnover, c.fine_amount, s.data
                  FROM case_file c JOIN case_step s ON s.case_id = c.id AND s.kind = 'DECISION'
                 WHERE c.id IN (:ids) AND c.decided_on IS NOT NULL
                 ORDER BY c.id, s.seq""").param("ids", ids).query((ResultSet rs, int n) -> row(rs)).list()
                .forEach(r -> rows.put(r.id(), r));
        List<DecidedCase> found = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            Steps.Decision d = json.readValue(r.data(), Steps.Decision.class);
            found.add(new DecidedCase(r.id(), r.agencyId(), r.number(), r.matterCode(), r.facts(), r.decidedOn(),
                    r.type(), d.penalties() == null ? List.of() : d.penalties(),
                    d.circumstances() == null ? List.of() : d.circumstances(), r.income(), r.turnover(), r.fine()));
        }
        return found;
    }

    private record Row(String id, String agencyId, String number, String matterCode, String facts,
            LocalDate decidedOn, DecisionType type, BigDecimal income, BigDecimal turnover, BigDecimal fine,
            String data) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        String type = rs.getString("decision_type");
        return new Row(rs.getString("id"), rs.getString("agency_id"), rs.getString("number"),
                rs.getString("matter_code"), rs.getString("facts"), rs.getDate("decided_on").toLocalDate(),
                type == null ? null : DecisionType.valueOf(type), rs.getBigDecimal("illegal_income"),
                rs.getBigDecimal("illegal_turnover"), rs.getBigDecimal("fine_amount"), rs.getString("data"));
    }
}
