package org.mingjing.review;

import java.util.List;
import java.util.Optional;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.DecisionGate;
import org.mingjing.cases.Steps;
import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * No major decision without a passed review (seed §二(三)1, 行政处罚法第五十八条): the case's decision asks this gate
 * after its own, and a refusal is a 409 {@code review-required}.
 */
@Component
class ReviewGate implements DecisionGate {

    private final Reviews reviews;

    ReviewGate(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<ProblemException> check(CaseFile caseFile, Steps.Decision decision, List<CaseStep> steps) {
        return reviews.refusal(caseFile, decision, steps);
    }
}
