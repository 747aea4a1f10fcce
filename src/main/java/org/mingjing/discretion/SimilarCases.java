package org.mingjing.discretion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Steps;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Similar decided cases pushed to whoever handles or reviews a case (类案推送, seed §二(四)2; LAW.md §7): the decided
 * cases of the same matter in the agencies the user may see (their own; a supervisor's, the subordinates' too), most
 * similar first, and where the case's proposed fine stands among theirs.
 */
@Service
public class SimilarCases {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final Cases cases;
    private final Organization organization;
    private final SimilarCaseIndexing indexing;

    SimilarCases(Cases cases, Organization organization, SimilarCaseIndexing indexing) {
        this.cases = cases;
        this.organization = organization;
        this.indexing = indexing;
    }

    /**
     * The cases like {@code caseId} (404 when the caller may not read it), compared by the circumstances given, or
     * by those its decision records when none are given.
     */
    public List<SimilarCase> of(Caller caller, String caseId, List<String> circumstances, Integer limit) {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "discretion.validation.limit", MAX_LIMIT);
        }
        CaseFile c = cases.requireVisible(caller, caseId);
        List<String> codes = circumstances != null && !circumstances.isEmpty() ? circumstances
                : cases.lastOf(cases.steps(c), Steps.DECISION, Steps.Decision.class)
                        .map(Steps.Decision::circumstances).orElse(List.of());
        Set<String> normal = new LinkedHashSet<>();
        codes.stream().map(LevelPolicy::normal).filter(x -> !x.isEmpty()).limit(Recommendations.MAX_CIRCUMSTANCES)
                .forEach(normal::add);
        SimilarCaseIndex.Search search = new SimilarCaseIndex.Search(c.matterCode(), SimilarCaseIndex.words(c.facts()),
                normal, organization.visibleAgencyIds(caller), c.id(), n);
        List<SimilarCase> found = new ArrayList<>();
        for (SimilarCaseIndex.Hit h : indexing.index().search(search)) {
            SimilarCaseIndex.Entry e = h.entry();
            found.add(new SimilarCase(e.id(), e.number(), e.decidedOn(), e.decisionType(),
                    SimilarCaseIndexing.penalties(e.penalties()).stream()
                            .map(p -> new Steps.Penalty(p.kind(), FineRange.yuan(p.amount()))).toList(),
                    FineRange.yuan(e.fine()), FineRange.yuan(e.illegalIncome()),
                    List.copyOf(e.circumstances()), round(h.score().value()), round(h.score().circumstances()),
                    round(h.score().facts())));
        }
        return found;
    }

    /**
     * Where a proposed fine stands among the similar cases' fines: {@code BELOW} their lowest, {@code ABOVE} their
     * highest, otherwise {@code WITHIN}; with their lowest, median and highest fine. Empty without a fine among them.
     */
    public static Optional<Comparison> compare(List<SimilarCase> similar, BigDecimal proposed) {
        List<BigDecimal> fines = similar.stream().map(SimilarCase::fine).filter(f -> f != null && f.signum() > 0)
                .sorted().toList();
        if (fines.isEmpty()) {
            return Optional.empty();
        }
        int n = fines.size();
        BigDecimal median = n % 2 == 1 ? fines.get(n / 2)
                : fines.get(n / 2 - 1).add(fines.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        String position = proposed == null ? null
                : proposed.compareTo(fines.get(0)) < 0 ? "BELOW"
                        : proposed.compareTo(fines.get(n - 1)) > 0 ? "ABOVE" : "WITHIN";
        return Optional.of(new Comparison(n, FineRange.yuan(fines.get(0)), FineRange.yuan(median),
                FineRange.yuan(fines.get(n - 1)), proposed == null ? null : FineRange.yuan(proposed), position));
    }

    /** The similar cases' fines and where the proposed one stands. */
    public record Comparison(int cases, BigDecimal lowest, BigDecimal median, BigDecimal highest, BigDecimal proposed,
            String position) {
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
