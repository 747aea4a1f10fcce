package org.mingjing.cases;

import java.util.List;
import java.util.Optional;

import org.mingjing.shared.ProblemException;

/**
 * A rule another module adds to the decision of a case (the legal-review module: no major decision without a
 * passed review, 行政处罚法 Art. 58). Asked after the procedure's own gates; a refusal stops the decision.
 */
public interface DecisionGate {

    Optional<ProblemException> check(CaseFile caseFile, Steps.Decision decision, List<CaseStep> steps);
}
