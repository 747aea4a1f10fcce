package org.mingjing.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseDocuments;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.DocumentModels;
import org.mingjing.cases.Steps;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The model of the 法制审核意见书 (seed §二(三)3: 书面审核意见), one per opinion: the proposal reviewed in that round,
 * the five areas with their findings, the verdict and the numbered problems. Text is Chinese in either locale, as
 * the documents are official texts.
 */
@Component
class ReviewDocuments implements DocumentModels {

    static final String KIND = "LEGAL_REVIEW_OPINION";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final Cases cases;
    private final MessageSource messages;

    ReviewDocuments(Cases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public void contribute(CaseFile caseFile, CaseDocument document, CaseStep own, List<CaseStep> steps,
            Map<String, Object> model) {
        if (!document.kind().equals(KIND) || own == null || !own.kind().equals(ReviewSteps.OPINION)) {
            return;
        }
        ReviewSteps.Opinion opinion = cases.stepsOf(List.of(own), ReviewSteps.OPINION, ReviewSteps.Opinion.class)
                .get(0);
        Steps.Decision proposal = null;
        LocalDate submittedOn = null;
        for (CaseStep s : steps) {
            if (s.seq() > own.seq()) {
                break;
            }
            if (s.kind().equals(ReviewSteps.SUBMISSION)) {
                ReviewSteps.Submission x = cases.stepsOf(List.of(s), s.kind(), ReviewSteps.Submission.class).get(0);
                if (x.reviewId().equals(opinion.reviewId())) {
                    proposal = x.proposal();
                    submittedOn = s.occurredOn();
                }
            } else if (s.kind().equals(ReviewSteps.RESUBMISSION)) {
                ReviewSteps.Resubmission x = cases.stepsOf(List.of(s), s.kind(), ReviewSteps.Resubmission.class)
                        .get(0);
                if (x.reviewId().equals(opinion.reviewId())) {
                    proposal = x.proposal();
                    submittedOn = s.occurredOn();
                }
            }
        }
        List<Map<String, Object>> checks = new ArrayList<>();
        for (ReviewSteps.Check c : opinion.checks()) {
            checks.add(map("area", label(c.area().messageKey()), "result",
                    label(c.ok() ? "review.check.ok" : "review.check.problem"), "note", c.note()));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < opinion.problems().size(); i++) {
            problems.add((i + 1) + "\uff0e" + opinion.problems().get(i));
        }
        boolean approved = opinion.verdict() == Verdict.APPROVED;
        model.put("review", map("round", String.valueOf(opinion.round()), "submittedOn", date(submittedOn), "proposal",
                proposal == null ? null : describe(proposal), "basis", proposal == null ? null : proposal.basis(),
                "checks", checks, "verdict", label(approved ? "review.document.approved"
                        : "review.document.problems"), "approved", approved, "problems", problems, "reviewer",
                opinion.reviewerName()));
    }

    /** 警告；罚款人民币30000.00元 — or the decision type where it is no penalty. */
    String describe(Steps.Decision d) {
        if (d.penalties() == null || d.penalties().isEmpty()) {
            return label(d.type().messageKey());
        }
        return CaseDocuments.penaltiesText(messages, d.penalties());
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, ZH);
    }

    private static String date(LocalDate d) {
        return CaseDocuments.date(d);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
