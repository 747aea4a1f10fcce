package org.mingjing.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.StepSummaries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The case page's one line for each act of the legal review: the round, the verdict, the number of problems. */
@Component
class ReviewStepSummaries implements StepSummaries {

    private static final int EXCERPT = 80;

    private final Cases cases;
    private final MessageSource messages;

    ReviewStepSummaries(Cases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public Optional<String> summarize(CaseStep s, Locale locale) {
        return Optional.ofNullable(switch (s.kind()) {
            case ReviewSteps.MAJOR_FLAG -> {
                ReviewSteps.MajorFlag f = data(s, ReviewSteps.MajorFlag.class);
                yield text("review.summary.flag", locale, label(f.trigger().messageKey(), locale), excerpt(f.reason()));
            }
            case ReviewSteps.MAJOR_FLAG_WITHDRAWN -> text("review.summary.withdrawn", locale,
                    excerpt(data(s, ReviewSteps.FlagWithdrawal.class).reason()));
            case ReviewSteps.SUBMISSION -> text("review.summary.submission", locale,
                    data(s, ReviewSteps.Submission.class).dueOn());
            case ReviewSteps.RESUBMISSION -> {
                ReviewSteps.Resubmission r = data(s, ReviewSteps.Resubmission.class);
                yield text("review.summary.resubmission", locale, r.round(), r.dueOn());
            }
            case ReviewSteps.OPINION -> {
                ReviewSteps.Opinion o = data(s, ReviewSteps.Opinion.class);
                yield text("review.summary.opinion", locale, o.round(), label(o.verdict().messageKey(), locale),
                        o.problems().size(), o.reviewerName());
            }
            case ReviewSteps.ESCALATION -> text("review.summary.escalation", locale,
                    excerpt(data(s, ReviewSteps.Escalation.class).reason()));
            case ReviewSteps.COORDINATION -> {
                ReviewSteps.Coordination c = data(s, ReviewSteps.Coordination.class);
                yield text("review.summary.coordination", locale,
                        label("review.coordination.method." + c.method(), locale),
                        label("review.coordination.outcome." + c.outcome(), locale));
            }
            case ReviewSteps.RECUSAL -> text("review.summary.recusal", locale,
                    excerpt(data(s, ReviewSteps.Recusal.class).reason()));
            default -> null;
        });
    }

    private <T> T data(CaseStep s, Class<T> type) {
        return cases.stepsOf(List.of(s), s.kind(), type).get(0);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String excerpt(String s) {
        return s == null || s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "\u2026";
    }
}
