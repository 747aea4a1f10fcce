package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.PenaltyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the annual statistics report (统计年报, seed §二(一)6, LAW.md §5) reads of the cases of some agencies in a
 * period: the decisions with their penalties, the cases filed and closed, and the remedies sought against
 * decisions. The caller checks who may see which agency; this reads the tables in one query per figure.
 */
@Component
public class CaseStatistics {

    /**
     * A decision of the period: its type, its penalties, and whether it is a reduced penalty (减轻处罚: a fine below
     * the statute's minimum, which 行政处罚法第三十二条 allows only with mitigating circumstances stated).
     */
    public record DecidedCase(String caseId, String agencyId, LocalDate decidedOn, DecisionType type,
            List<Steps.Penalty> penalties, boolean reduced) {
    }

    /** A 行政复议 or 行政诉讼 against a decision, by the day it was brought. */
    public record RemedySought(String caseId, String agencyId, String kind, LocalDate from) {
    }

    /** How a remedy ended, by the day of the ruling. */
    public record RemedyConcluded(String caseId, String agencyId, String kind, CaseEnums.RemedyOutcome outcome,
            LocalDate concludedOn) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final JsonMapper json = JsonMapper.builder().build();

    CaseStatistics(JdbcClient jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    private static Map<String, Object> params(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        return Map.of("a", agencyIds, "from", from, "to", to);
    }

    /** Ids of the decision steps' cases read at a time: an IN list both databases look up in the step index. */
    static final int CHUNK = 500;

    /** What a decided case's row holds for counting it. */
    private record DecidedRow(String id, String agencyId, String matterCode, LocalDate decidedOn, DecisionType type,
            BigDecimal income, BigDecimal turnover) {
    }

    /**
     * The decisions made in the period, both days included. The cases first, by agency and day of decision (an
     * index); then their decision steps by case id, a chunk at a time: a join let the embedded database's planner
     * read every decision step of every agency first (a second for 30,000 cases, docs/performance.md).
     */
    @Transactional(readOnly = true)
    public List<DecidedCase> decided(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        List<DecidedRow> rows = jdbc.sql("SELECT id, agency_id, matter_code, decided_on, decision_type, "
                + "illegal_income, illegal_turnover FROM case_file WHERE agency_id IN (:a) "
                + "AND decided_on BETWEEN :from AND :to").params(params(agencyIds, from, to))
                .query((rs, n) -> new DecidedRow(rs.getString("id"), rs.getString("agency_id"),
                        rs.getString("matter_code"), rs.getObject("decided_on", LocalDate.class),
                        DecisionType.valueOf(rs.getString("decision_type")), rs.getBigDecimal("illegal_income"),
                        rs.getBigDecimal("illegal_turnover"))).list();
        Map<String, String> decisions = new HashMap<>();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            List<String> ids = rows.subList(i, Math.min(rows.size(), i + CHUNK)).stream().map(DecidedRow::id)
                    .toList();
            jdbc.sql("SELECT case_id, data FROM case_step WHERE case_id IN (:ids) AND kind = 'DECISION'")
                    .param("ids", ids).query(rs -> {
                        decisions.put(rs.getString("case_id"), rs.getString("data"));
                    });
        }
        Map<String, Optional<Matter>> matters = new HashMap<>();
        List<DecidedCase> decided = new java.util.ArrayList<>(rows.size());
        for (DecidedRow r : rows) {
            String data = decisions.get(r.id());
            Steps.Decision d = data == null ? null : json.readValue(data, Steps.Decision.class);
            List<Steps.Penalty> penalties = d == null || d.penalties() == null ? List.of() : d.penalties();
            BigDecimal fine = PenaltyRules.total(penalties, PenaltyKind.FINE);
            boolean reduced = false;
            if (fine.signum() > 0) {
                Optional<Matter> matter = matters.computeIfAbsent(r.agencyId() + "\n" + r.matterCode(),
                        k -> catalogue.matterOfAgency(r.agencyId(), r.matterCode()));
                reduced = matter.map(m -> PenaltyRules.checkFine(m, fine, r.income(), r.turnover()).outcome()
                        == PenaltyRules.FineCheck.Outcome.BELOW).orElse(false);
            }
            decided.add(new DecidedCase(r.id(), r.agencyId(), r.decidedOn(), r.type(), penalties, reduced));
        }
        return decided;
    }

    /** How many cases were filed (立案) in the period. */
    @Transactional(readOnly = true)
    public long filed(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        return agencyIds.isEmpty() ? 0 : jdbc.sql("SELECT COUNT(*) FROM case_file WHERE agency_id IN (:a) "
                + "AND filed_on BETWEEN :from AND :to").params(params(agencyIds, from, to)).query(Long.class).single();
    }

    /** How many cases were closed (结案) in the period. */
    @Transactional(readOnly = true)
    public long closed(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        return agencyIds.isEmpty() ? 0 : jdbc.sql("SELECT COUNT(*) FROM case_file WHERE agency_id IN (:a) "
                + "AND closed_on BETWEEN :from AND :to").params(params(agencyIds, from, to)).query(Long.class).single();
    }

    /** The remedies brought in the period against the agencies' decisions. */
    @Transactional(readOnly = true)
    public List<RemedySought> remedies(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id, c.agency_id, s.data FROM case_step s JOIN case_file c ON c.id = s.case_id "
                + "WHERE s.kind = 'REMEDY' AND c.agency_id IN (:a) AND s.occurred_on BETWEEN :from AND :to")
                .params(params(agencyIds, from, to)).query((rs, n) -> {
                    Steps.Remedy r = json.readValue(rs.getString("data"), Steps.Remedy.class);
                    return new RemedySought(rs.getString("id"), rs.getString("agency_id"), r.kind(), r.from());
                }).list();
    }

    /** The remedies against the agencies' decisions that ended in the period. */
    @Transactional(readOnly = true)
    public List<RemedyConcluded> remediesConcluded(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id, c.agency_id, s.data FROM case_step s JOIN case_file c ON c.id = s.case_id "
                + "WHERE s.kind = 'REMEDY_OUTCOME' AND c.agency_id IN (:a) AND s.occurred_on BETWEEN :from AND :to")
                .params(params(agencyIds, from, to)).query((rs, n) -> {
                    Steps.RemedyOutcome o = json.readValue(rs.getString("data"), Steps.RemedyOutcome.class);
                    return new RemedyConcluded(rs.getString("id"), rs.getString("agency_id"), o.kind(), o.outcome(),
                            o.concludedOn());
                }).list();
    }
}
