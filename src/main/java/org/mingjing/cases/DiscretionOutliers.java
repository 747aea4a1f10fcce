package org.mingjing.cases;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.Matter;
import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fines out of line (畸轻畸重、类案不同罚; 行政处罚法第五条 过罚相当, 第三十四条 裁量基准; LAW.md §7, 国办发〔2022〕27号). Every
 * penalty decision with a fine of the agencies given, decided in the last {@value #DECISION_DAYS} days (today
 * included), is checked three ways, and warned about once ({@code DISCRETION_OUTLIER}) at the severity of the worst:
 *
 * <ol>
 * <li>HIGH: the fine is above the statute's maximum for the matter ({@link PenaltyRules#checkFine}, LAW.md §2). Below
 * the minimum is 减轻处罚, lawful with the circumstances of Art. 32, and counts under 2.</li>
 * <li>MEDIUM: outside the discretion standard. The circumstances the decision records (their codes in the matter's
 * standard) name the levels that apply; the fine must lie within the fine range of one of them, in yuan for the
 * case's illegal income or turnover where the range is a multiple. A level without a fine range allows no fine. No
 * circumstances recorded, no standard, or a multiple without the figure it multiplies: not checked.</li>
 * <li>LOW: far from similar cases. The similar cases are the other penalty decisions with a fine of the same matter
 * decided in the 12 months to today: those of the same agency if there are at least {@value #MIN_PEERS}, otherwise
 * those of every agency (the province). Fines are compared in the unit of the statute's first bound for the matter —
 * yuan, or the multiple of the case's illegal income or turnover (cases without the figure are left out) — and the
 * fine is far when it is below a third of the similar cases' median or above three times it. Fewer than
 * {@value #MIN_PEERS} similar cases: not checked.</li>
 * </ol>
 * Due: the day of the decision. Only figures of cases outside the agencies given are read (for the province's
 * median), never their cases.
 */
@Component
class DiscretionOutliers implements EarlyWarnings {

    static final int DECISION_DAYS = 90;
    static final int MIN_PEERS = 5;
    static final BigDecimal FAR = BigDecimal.valueOf(3);

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    DiscretionOutliers(JdbcClient jdbc, Catalogue catalogue, MessageSource messages) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** A decided case's figures. */
    record Decided(String id, String agencyId, String number, String matterCode, String matterName,
            LocalDate decidedOn, BigDecimal fine, BigDecimal income, BigDecimal turnover) {

        /** The fine in the unit of the bound's basis: yuan, or a multiple of the income or turnover (null: none). */
        BigDecimal measure(FineBasis basis) {
            BigDecimal base = switch (basis) {
                case FIXED -> BigDecimal.ONE;
                case ILLEGAL_INCOME -> income;
                case ILLEGAL_TURNOVER -> turnover;
            };
            return base == null || base.signum() <= 0 ? null : fine.divide(base, MathContext.DECIMAL64);
        }
    }

    /** What one check found: its severity and its sentence. */
    record Finding(Severity severity, String detail) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        List<Decided> recent = jdbc.sql(SELECT + " WHERE agency_id IN (:a) AND decided_on BETWEEN :from AND :today"
                + " AND decision_type = 'PENALTY' AND fine_amount > 0").param("a", agencyIds)
                .param("from", today.minusDays(DECISION_DAYS - 1)).param("today", today).query(DiscretionOutliers::map)
                .list();
        if (recent.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> circumstances = circumstances(recent.stream().map(Decided::id).toList());
        List<String> codes = recent.stream().map(Decided::matterCode).distinct().toList();
        Map<String, List<Decided>> peersByMatter = new HashMap<>();
        jdbc.sql("SELECT id, agency_id, matter_code, fine_amount, illegal_income, illegal_turnover FROM case_file"
                + " WHERE matter_code IN (:codes) AND decided_on BETWEEN :from AND :today"
                + " AND decision_type = 'PENALTY' AND fine_amount > 0").param("codes", codes)
                .param("from", today.minusMonths(12).plusDays(1)).param("today", today).query(rs -> {
                    Decided d = new Decided(rs.getString("id"), rs.getString("agency_id"), null,
                            rs.getString("matter_code"), null, null, rs.getBigDecimal("fine_amount"),
                            rs.getBigDecimal("illegal_income"), rs.getBigDecimal("illegal_turnover"));
                    peersByMatter.computeIfAbsent(d.matterCode(), k -> new ArrayList<>()).add(d);
                });
        // the agencies' matters and standards, a query per agency and one for the standards
        Map<String, Matter> matters = new HashMap<>();
        Set<String> used = new java.util.HashSet<>();
        recent.forEach(d -> used.add(d.agencyId() + "\n" + d.matterCode()));
        for (String agencyId : recent.stream().map(Decided::agencyId).distinct().toList()) {
            for (Matter m : catalogue.mattersOf(agencyId)) {
                if (used.contains(agencyId + "\n" + m.code())) {
                    matters.put(agencyId + "\n" + m.code(), m);
                }
            }
        }
        Map<String, List<DiscretionLevel>> standards = catalogue.discretionOf(matters.values());
        Map<String, Similar> similars = new HashMap<>();
        List<EarlyWarning> warnings = new ArrayList<>();
        for (Decided d : recent) {
            Optional<Matter> matter = Optional.ofNullable(matters.get(d.agencyId() + "\n" + d.matterCode()));
            if (matter.isEmpty()) {
                continue;
            }
            List<DiscretionLevel> levels = standards.getOrDefault(matter.get().id(), List.of());
            List<Finding> findings = new ArrayList<>();
            statute(matter.get(), d, locale).ifPresent(findings::add);
            standard(levels, circumstances.getOrDefault(d.id(), List.of()), d, locale).ifPresent(findings::add);
            if (!matter.get().fineBounds().isEmpty()) {
                FineBasis basis = matter.get().fineBounds().get(0).basis();
                Similar similar = similars.computeIfAbsent(d.matterCode() + "\n" + basis,
                        k -> Similar.of(peersByMatter.getOrDefault(d.matterCode(), List.of()), basis));
                peers(d, similar, locale).ifPresent(findings::add);
            }
            if (findings.isEmpty()) {
                continue;
            }
            findings.sort(java.util.Comparator.comparing(Finding::severity));
            String detail = findings.get(0).detail();
            for (int i = 1; i < findings.size(); i++) {
                detail = messages.getMessage("cases.early-warning.discretion.and",
                        new Object[] { detail, findings.get(i).detail() }, locale);
            }
            warnings.add(new EarlyWarning("DISCRETION_OUTLIER", findings.get(0).severity(),
                    d.number() + " " + d.matterName(), detail, d.decidedOn(), d.agencyId(), "/cases/" + d.id()));
        }
        return warnings;
    }

    private static final String SELECT = "SELECT id, agency_id, number, matter_code, matter_name, decided_on,"
            + " fine_amount, illegal_income, illegal_turnover FROM case_file";

    private static Decided map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Decided(rs.getString("id"), rs.getString("agency_id"), rs.getString("number"),
                rs.getString("matter_code"), rs.getString("matter_name"), rs.getObject("decided_on", LocalDate.class),
                rs.getBigDecimal("fine_amount"), rs.getBigDecimal("illegal_income"),
                rs.getBigDecimal("illegal_turnover"));
    }

    /** The circumstances each decision records, read {@value CaseRepository#CHUNK} cases at a time. */
    private Map<String, List<String>> circumstances(List<String> ids) {
        Map<String, List<String>> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CaseRepository.CHUNK) {
            jdbc.sql("SELECT case_id, data FROM case_step WHERE case_id IN (:ids) AND kind = 'DECISION'")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CaseRepository.CHUNK))).query(rs -> {
                        Steps.Decision d = json.readValue(rs.getString("data"), Steps.Decision.class);
                        found.put(rs.getString("case_id"), d.circumstances() == null ? List.of() : d.circumstances());
                    });
        }
        return found;
    }

    /** 1: above the statute's maximum. */
    Optional<Finding> statute(Matter matter, Decided d, Locale locale) {
        PenaltyRules.FineCheck check = PenaltyRules.checkFine(matter, d.fine(), d.income(), d.turnover());
        if (check.outcome() != PenaltyRules.FineCheck.Outcome.ABOVE) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Severity.HIGH, messages.getMessage("cases.early-warning.discretion.statute",
                new Object[] { yuan(d.fine()), yuan(check.min()), yuan(check.max()) }, locale)));
    }

    /** 2: outside the range of every level the recorded circumstances name. */
    Optional<Finding> standard(List<DiscretionLevel> levels, List<String> circumstances, Decided d, Locale locale) {
        List<DiscretionLevel> named = levels.stream().filter(l -> l.circumstances().stream()
                .anyMatch(c -> circumstances.contains(c.code()))).toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<String> ranges = new ArrayList<>();
        for (DiscretionLevel l : named) {
            if (l.fine() == null) {
                ranges.add(messages.getMessage("cases.early-warning.discretion.no-fine", new Object[] { l.label() },
                        locale));
                continue;
            }
            BigDecimal base = switch (l.fine().basis()) {
                case FIXED -> BigDecimal.ONE;
                case ILLEGAL_INCOME -> d.income();
                case ILLEGAL_TURNOVER -> d.turnover();
            };
            if (base == null) {
                return Optional.empty();
            }
            FineBound yuan = l.fine().inYuan(base);
            if (d.fine().compareTo(yuan.min()) >= 0 && d.fine().compareTo(yuan.max()) <= 0) {
                return Optional.empty();
            }
            ranges.add(messages.getMessage("cases.early-warning.discretion.range", new Object[] { l.label(),
                    yuan(yuan.min()), yuan(yuan.max()) }, locale));
        }
        return Optional.of(new Finding(Severity.MEDIUM, messages.getMessage("cases.early-warning.discretion.level",
                new Object[] { yuan(d.fine()), String.join(", ", ranges) }, locale)));
    }

    /** 3: below a third or above three times the median of the similar cases. */
    Optional<Finding> peers(Matter matter, Decided d, List<Decided> sameMatter, Locale locale) {
        return matter.fineBounds().isEmpty() ? Optional.empty()
                : peers(d, Similar.of(sameMatter, matter.fineBounds().get(0).basis()), locale);
    }

    private Optional<Finding> peers(Decided d, Similar similar, Locale locale) {
        BigDecimal value = d.measure(similar.basis);
        if (value == null) {
            return Optional.empty();
        }
        BigDecimal own = similar.measures.get(d.id());
        BigDecimal[] agency = similar.byAgency.getOrDefault(d.agencyId(), new BigDecimal[0]);
        boolean ofAgency = agency.length - (own == null ? 0 : 1) >= MIN_PEERS;
        BigDecimal[] group = ofAgency ? agency : similar.province;
        int count = group.length - (own == null ? 0 : 1);
        if (count < MIN_PEERS) {
            return Optional.empty();
        }
        BigDecimal median = medianWithout(group, own);
        if (value.multiply(FAR).compareTo(median) >= 0 && value.compareTo(median.multiply(FAR)) <= 0) {
            return Optional.empty();
        }
        boolean yuan = similar.basis == FineBasis.FIXED;
        return Optional.of(new Finding(Severity.LOW, messages.getMessage(yuan ? "cases.early-warning.discretion.peers"
                : "cases.early-warning.discretion.peers-multiple", new Object[] {
                        yuan ? yuan(value) : multiple(value), yuan ? yuan(median) : multiple(median),
                        String.valueOf(count), messages.getMessage(ofAgency ? "cases.early-warning.discretion.peers.agency"
                                : "cases.early-warning.discretion.peers.province", null, locale) }, locale)));
    }

    /**
     * The similar cases of one matter, measured once in the unit of the statute's first bound: sorted for the province
     * and for each agency, so that each decision's median is found without sorting again.
     */
    static final class Similar {

        final FineBasis basis;
        final BigDecimal[] province;
        final Map<String, BigDecimal[]> byAgency = new HashMap<>();
        final Map<String, BigDecimal> measures = new HashMap<>();

        private Similar(FineBasis basis, BigDecimal[] province) {
            this.basis = basis;
            this.province = province;
        }

        static Similar of(List<Decided> sameMatter, FineBasis basis) {
            Map<String, List<BigDecimal>> agencies = new HashMap<>();
            List<BigDecimal> all = new ArrayList<>();
            Map<String, BigDecimal> measures = new HashMap<>();
            for (Decided p : sameMatter) {
                BigDecimal v = p.measure(basis);
                if (v != null) {
                    all.add(v);
                    agencies.computeIfAbsent(p.agencyId(), k -> new ArrayList<>()).add(v);
                    measures.put(p.id(), v);
                }
            }
            Similar similar = new Similar(basis, sorted(all));
            agencies.forEach((a, values) -> similar.byAgency.put(a, sorted(values)));
            similar.measures.putAll(measures);
            return similar;
        }

        private static BigDecimal[] sorted(List<BigDecimal> values) {
            BigDecimal[] array = values.toArray(new BigDecimal[0]);
            java.util.Arrays.sort(array);
            return array;
        }
    }

    /**
     * The median of the sorted values without one occurrence of {@code excluded} (none if null): the middle value, or
     * the mean of the two middle values of an even count.
     */
    static BigDecimal medianWithout(BigDecimal[] sorted, BigDecimal excluded) {
        int skip = excluded == null ? sorted.length : java.util.Arrays.binarySearch(sorted, excluded);
        int n = sorted.length - (excluded == null ? 0 : 1);
        java.util.function.IntFunction<BigDecimal> at = k -> sorted[k < skip ? k : k + 1];
        return n % 2 == 1 ? at.apply(n / 2)
                : at.apply(n / 2 - 1).add(at.apply(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static String yuan(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String multiple(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
