package org.mingjing.cases;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The thresholds the province sets for the penalty procedure (LAW.md §2): what counts as a "large" fine or
 * confiscation that gives the party a right to a hearing (行政处罚法 Art. 63), and from what fine the agency
 * requires collective deliberation by its heads (Art. 57). The summary-procedure limits are the statute's own
 * (Art. 51) and are not settings.
 */
@Component
public class PenaltySettings {

    /** 简易程序: a fine of at most 200 yuan on a citizen (Art. 51). */
    public static final BigDecimal SUMMARY_LIMIT_NATURAL = new BigDecimal("200");
    /** 简易程序: a fine of at most 3,000 yuan on a legal person or other organisation (Art. 51). */
    public static final BigDecimal SUMMARY_LIMIT_ORGANISATION = new BigDecimal("3000");

    private final BigDecimal hearingFineNatural;
    private final BigDecimal hearingFineOrganisation;
    private final BigDecimal deliberationFine;

    PenaltySettings(@Value("${mingjing.cases.hearing.large-fine-natural:5000}") BigDecimal hearingFineNatural,
            @Value("${mingjing.cases.hearing.large-fine-organisation:50000}") BigDecimal hearingFineOrganisation,
            @Value("${mingjing.cases.deliberation.min-fine:50000}") BigDecimal deliberationFine) {
        this.hearingFineNatural = hearingFineNatural;
        this.hearingFineOrganisation = hearingFineOrganisation;
        this.deliberationFine = deliberationFine;
    }

    public BigDecimal hearingFineNatural() {
        return hearingFineNatural;
    }

    public BigDecimal hearingFineOrganisation() {
        return hearingFineOrganisation;
    }

    public BigDecimal deliberationFine() {
        return deliberationFine;
    }
}
