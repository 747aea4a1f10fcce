package org.mingjing.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mingjing.cases.Cases;
import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Legal reviews waiting for the reviewer's opinion (seed §二(三)4: the agency sets the review's 时限; 行政处罚法第五十八条:
 * no major decision before the review has passed). A pending review past the last day of its round
 * ({@link Review#overdue}) is {@code REVIEW_OVERDUE}, HIGH; one whose last day is within {@value #SOON_DAYS} days is
 * {@code REVIEW_DUE}, MEDIUM — two codes, as the certificates have, since the first is a rule broken and the second a
 * reminder. Due: the round's last day. Reviews returned to the handling unit or in coordination wait on others, not on
 * the reviewer, and are left out. Read through the reviewers' queue, earliest due first, up to {@value #LIMIT}.
 */
@Component
class ReviewEarlyWarnings implements EarlyWarnings {

    static final int SOON_DAYS = 3;
    static final int LIMIT = 1000;

    private final ReviewRepository repository;
    private final Cases cases;
    private final MessageSource messages;

    ReviewEarlyWarnings(ReviewRepository repository, Cases cases, MessageSource messages) {
        this.repository = repository;
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        LocalDate soon = today.plusDays(SOON_DAYS);
        List<Review> due = repository.inStatus(agencyIds, ReviewStatus.PENDING, LIMIT).stream()
                .filter(r -> !r.dueOn().isAfter(soon)).toList();
        Map<String, String> numbers = cases.numbersOfChecked(due.stream().map(Review::caseId).distinct().toList());
        List<EarlyWarning> warnings = new ArrayList<>();
        for (Review r : due) {
            boolean overdue = r.overdue(today);
            warnings.add(new EarlyWarning(overdue ? "REVIEW_OVERDUE" : "REVIEW_DUE",
                    overdue ? Severity.HIGH : Severity.MEDIUM, numbers.getOrDefault(r.caseId(), r.caseId()),
                    messages.getMessage(overdue ? "review.early-warning.overdue" : "review.early-warning.due",
                            new Object[] { String.valueOf(r.round()), r.dueOn().toString() }, locale),
                    r.dueOn(), r.agencyId(), "/reviews/" + r.id()));
        }
        return warnings;
    }
}
