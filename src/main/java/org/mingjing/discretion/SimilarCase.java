package org.mingjing.discretion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.mingjing.cases.Steps;

/**
 * A decided case like the one at hand (类案): its number, decision day and type, penalties and fine, the circumstances
 * its decision records, and how similar it is (0 to 1, {@link Similarity}) with the two parts of that figure.
 */
public record SimilarCase(String caseId, String caseNumber, LocalDate decidedOn, String decisionType,
        List<Steps.Penalty> penalties, BigDecimal fine, BigDecimal illegalIncome, List<String> circumstances,
        double similarity, double circumstanceSimilarity, double factSimilarity) {
}
