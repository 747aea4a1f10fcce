package org.mingjing.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Steps;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.LegalBasis;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.catalogue.ReviewRule;
import org.springframework.stereotype.Component;

/**
 * Whether a decision of a case must pass legal review before it is made, and why (seed §二(三)2, 行政处罚法第五十八条
 * 第一款; LAW.md §3):
 * <ul>
 * <li>decided after a hearing (第五十八条第一款第（三）项) — read from the case: a hearing was held;</li>
 * <li>major public interest, major social impact or risk, major rights of the party or a third party, complex facts
 * or several legal relationships (第（一）（二）（四）项) — the handling officer's judgement, flagged with a reason,
 * until the head withdraws the flag;</li>
 * <li>any line of the agency's review catalogue (目录清单: act type, field, penalty kind, amount, hearing) that the
 * proposed decision matches. A catalogue line with a penalty kind and an amount compares the amount of that kind;
 * one with an amount and no kind compares the larger of the fine and the confiscation.</li>
 * <li>a proposed penalty outside the range the agency's discretion standard recommends for the circumstances it
 * records ({@link #DISCRETION_DEVIATION}, 行政处罚法第三十四条).</li>
 * </ul>
 * Reasons read from the case, the catalogue or the standard cannot be withdrawn by anyone: they follow from the facts.
 */
@Component
class ReviewRequirements {

    /** Words of a matter's name or statute that place it in a field the catalogue names. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        for (String w : List.of("\u793e\u4f1a\u56e2\u4f53", "\u6c11\u529e\u975e\u4f01\u4e1a",
                "\u793e\u4f1a\u670d\u52a1\u673a\u6784", "\u57fa\u91d1\u4f1a", "\u6148\u5584")) {
            FIELDS.put(w, "\u793e\u4f1a\u7ec4\u7ec7");
        }
        FIELDS.put("\u6ba1\u846c", "\u6ba1\u846c");
        FIELDS.put("\u5a5a\u59fb", "\u5a5a\u59fb");
        FIELDS.put("\u6536\u517b", "\u6536\u517b");
        FIELDS.put("\u517b\u8001", "\u517b\u8001\u670d\u52a1");
        FIELDS.put("\u5730\u540d", "\u5730\u540d");
        FIELDS.put("\u6551\u52a9", "\u793e\u4f1a\u6551\u52a9");
        FIELDS.put("\u5f69\u7968", "\u798f\u5229\u5f69\u7968");
    }

    /**
     * A decision outside the range the agency's discretion standard recommends for its circumstances (行政处罚法第三十四条;
     * LAW.md §7): lawful inside the statute, but reviewed before it is made, as the standard is departed from only
     * with a reason someone independent has checked (国办发〔2022〕27号). Read from the proposal; nobody withdraws it.
     */
    static final String DISCRETION_DEVIATION = "DISCRETION_DEVIATION";

    private final Cases cases;
    private final Catalogue catalogue;

    ReviewRequirements(Cases cases, Catalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    /**
     * The requirement for a decision of the case as {@code proposal} proposes it (null: only the reasons that do
     * not depend on the decision).
     */
    ReviewRequirement of(CaseFile c, List<CaseStep> steps, Steps.Decision proposal) {
        List<ReviewRequirement.Reason> reasons = new ArrayList<>();
        if (!cases.stepsOf(steps, Steps.HEARING, Steps.Hearing.class).isEmpty()) {
            reasons.add(new ReviewRequirement.Reason(MajorTrigger.AFTER_HEARING.name(), "STATUTE", null, null, null, null));
        }
        for (Flag flag : flags(steps)) {
            reasons.add(new ReviewRequirement.Reason(flag.trigger().name(), "OFFICER", flag.reason(), null, flag.stepId(),
                    flag.flaggedBy()));
        }
        if (proposal != null) {
            for (ReviewRule rule : matchingRules(c, steps, proposal)) {
                reasons.add(new ReviewRequirement.Reason("CATALOGUE", "CATALOGUE", rule.description(), rule.id(), null, null));
            }
            cases.discretionDeviation(c, proposal).ifPresent(departure -> reasons.add(new ReviewRequirement.Reason(
                    DISCRETION_DEVIATION, "DISCRETION", departure, null, null, null)));
        }
        return new ReviewRequirement(!reasons.isEmpty(), reasons);
    }

    /** The decision the case is heading for before one is proposed for review: the prior notice's. */
    Steps.Decision expected(List<CaseStep> steps) {
        return cases.lastOf(steps, Steps.NOTICE, Steps.Notice.class)
                .map(n -> new Steps.Decision(null, DecisionType.PENALTY, n.penalties(), n.basis(), List.of(), null))
                .orElse(null);
    }

    record Flag(String stepId, MajorTrigger trigger, String reason, String flaggedBy) {
    }

    /** The officers' flags that stand: raised and not withdrawn. */
    List<Flag> flags(List<CaseStep> steps) {
        Set<String> withdrawn = new HashSet<>();
        cases.stepsOf(steps, ReviewSteps.MAJOR_FLAG_WITHDRAWN, ReviewSteps.FlagWithdrawal.class)
                .forEach(w -> withdrawn.add(w.flagStepId()));
        List<Flag> flags = new ArrayList<>();
        for (CaseStep s : steps) {
            if (s.kind().equals(ReviewSteps.MAJOR_FLAG) && !withdrawn.contains(s.id())) {
                ReviewSteps.MajorFlag f = cases.stepsOf(List.of(s), s.kind(), ReviewSteps.MajorFlag.class).get(0);
                flags.add(new Flag(s.id(), f.trigger(), f.reason(), s.recordedBy()));
            }
        }
        return flags;
    }

    List<ReviewRule> matchingRules(CaseFile c, List<CaseStep> steps, Steps.Decision proposal) {
        boolean hearing = !cases.stepsOf(steps, Steps.HEARING, Steps.Hearing.class).isEmpty();
        String field = catalogue.matterOfAgency(c.agencyId(), c.matterCode()).map(ReviewRequirements::fieldText)
                .orElse(c.matterName());
        return matching(catalogue.reviewRules(c.agencyId()), c.actType(), field,
                proposal.penalties() == null ? List.of() : proposal.penalties(), hearing);
    }

    /** The lines of {@code rules} that cover a decision of these penalties (amounts of one kind added up). */
    static List<ReviewRule> matching(List<ReviewRule> rules, MatterCategory actType, String fieldText,
            List<Steps.Penalty> penalties, boolean hearing) {
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        Map<PenaltyKind, BigDecimal> amounts = new LinkedHashMap<>();
        for (Steps.Penalty p : penalties) {
            kinds.add(p.kind());
            if (p.amount() != null) {
                amounts.merge(p.kind(), p.amount(), BigDecimal::add);
            }
        }
        return rules.stream().filter(r -> matches(r, actType, fieldText, kinds, amounts, hearing)).toList();
    }

    /**
     * Whether a line of the review catalogue covers a decision: the same act type, the field named among the
     * matter's words, the penalty kind among the decision's, the amount reached, the hearing as the line says.
     * Filters the line leaves empty match anything.
     */
    static boolean matches(ReviewRule r, MatterCategory actType, String fieldText, Set<PenaltyKind> kinds,
            Map<PenaltyKind, BigDecimal> amounts, boolean hearing) {
        return r.actType() == actType
                && (r.field() == null || r.field().isBlank() || fieldText.contains(r.field().strip()))
                && (r.penaltyKind() == null || kinds.contains(r.penaltyKind()))
                && (r.minAmount() == null || amountFor(r, amounts).compareTo(r.minAmount()) >= 0)
                && (r.hearingHeld() == null || r.hearingHeld() == hearing);
    }

    private static BigDecimal amountFor(ReviewRule rule, Map<PenaltyKind, BigDecimal> amounts) {
        if (rule.penaltyKind() != null) {
            return amounts.getOrDefault(rule.penaltyKind(), BigDecimal.ZERO);
        }
        return amounts.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** The matter's name and statutes, and the fields their words place it in: what a catalogue's field matches. */
    static String fieldText(Matter m) {
        StringBuilder text = new StringBuilder(m.name());
        for (LegalBasis b : m.basis()) {
            text.append(' ').append(b.law());
        }
        String words = text.toString();
        FIELDS.forEach((word, field) -> {
            if (words.contains(word) && text.indexOf(" " + field + " ") < 0) {
                text.append(' ').append(field).append(' ');
            }
        });
        return text.toString();
    }
}
