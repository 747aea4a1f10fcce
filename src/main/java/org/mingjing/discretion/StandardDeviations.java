package org.mingjing.discretion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.DiscretionCheck;
import org.mingjing.cases.Steps;
import org.mingjing.shared.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Answers the cases module's {@link DiscretionCheck}: a penalty departs from the recommendation for the circumstances
 * a decision records (行政处罚法第三十四条; LAW.md §7) when it holds a kind the chosen level does not list (a penalty at
 * all for the {@code MINOR} level, 行政处罚法第三十三条), a fine where the level gives none, or a fine outside the
 * level's range in yuan (computed from the case's illegal income or turnover). A range that cannot be computed (the
 * figure it multiplies is missing) is not checked here: the statute's own check refuses such a fine. No circumstance
 * recorded is the standard's {@code GENERAL} (一般) level, as the recommendation shows it ({@link LevelPolicy}): a
 * violation with nothing heavier or lighter about it is still bound by the standard (行政处罚法第三十四条; LAW.md §7),
 * so recording none does not take a penalty outside that level's range past the reason and the review. An unknown
 * circumstance code is a 400 naming it.
 */
@Component
class StandardDeviations implements DiscretionCheck {

    private final Recommendations recommendations;

    StandardDeviations(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public Optional<String> deviation(CaseFile c, List<String> circumstances, List<Steps.Penalty> penalties) {
        Locale locale = LocaleContextHolder.getLocale();
        Optional<Recommendations.Chosen> chosen = recommendations.outcome(c.agencyId(), c.matterCode(), circumstances);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        if (!chosen.get().outcome().unknown().isEmpty()) {
            throw ProblemException.invalid("circumstances", "discretion.validation.unknown-circumstances",
                    String.join(", ", chosen.get().outcome().unknown()), c.matterCode(), "");
        }
        Recommendation r = recommendations.recommendation(chosen.get().matter(), chosen.get().outcome(),
                c.illegalIncome(), c.illegalTurnover(), locale);
        return recommendations.departure(r, penalties, locale);
    }
}
