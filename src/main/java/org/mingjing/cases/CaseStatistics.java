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

    /** The decisions made in the period, both days included. */
    @Transactional(readOnly = true)
    public List<DecidedCase> decided(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        Map<String, Optional<Matter>> matters = new HashMap<>();
        return jdbc.sql("SELECT c.id, c.agency_id, c.matter_code, c.decided_on, c.decision_type, c.illegal_income, "
                + "c.illegal_turnover, s.data FROM case_file c JOIN case_step s ON s.case_id = c.id "
                + "AND s.kind = 'DECISION' WHERE c.agency_id IN (:a) AND c.decided_on BETWEEN :from AND :to")
                .params(params(agencyIds, from, to)).query((rs, n) -> {
                    Steps.Decision d = json.readValue(rs.getString("data"), Steps.Decision.class);
                    List<Steps.Penalty> penalties = d.penalties() == null ? List.of() : d.penalties();
                    String agencyId = rs.getString("agency_id");
                    BigDecimal fine = PenaltyRules.total(penalties, PenaltyKind.FINE);
                    boolean reduced = false;
                    if (fine.signum() > 0) {
                        String code = rs.getString("matter_code");
                        BigDecimal income = rs.getBigDecimal("illegal_income");
                        BigDecimal turnover = rs.getBigDecimal("illegal_turnover");
                        Optional<Matter> matter = matters.computeIfAbsent(agencyId + "\n" + code,
                                k -> catalogue.matterOfAgency(agencyId, code));
                        reduced = matter.map(m -> PenaltyRules.checkFine(m, fine, income, turnover).outcome()
                                == PenaltyRules.FineCheck.Outcome.BELOW).orElse(false);
                    }
                    return new DecidedCase(rs.getString("id"), agencyId, rs.getObject("decided_on", LocalDate.class),
                            DecisionType.valueOf(rs.getString("decision_type")), penalties, reduced);
                }).list();
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
