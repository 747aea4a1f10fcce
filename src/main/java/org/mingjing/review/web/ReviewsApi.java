package org.mingjing.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mingjing.cases.CaseDocument;
import org.mingjing.review.Review;
import org.mingjing.review.ReviewStatus;
import org.mingjing.review.Reviews;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/** The Legal review section of the API contract, and the flags, escalation, coordination and settings around it. */
@RestController
class ReviewsApi {

    private final Reviews reviews;
    private final ReviewViews views;

    ReviewsApi(Reviews reviews, ReviewViews views) {
        this.reviews = reviews;
        this.views = views;
    }

    @GetMapping("/api/cases/{id}/review-requirement")
    ReviewViews.RequirementView requirement(@PathVariable String id) {
        return views.requirement(reviews.requirement(Caller.require(), id), LocaleContextHolder.getLocale());
    }

    record Created(String id) {
    }

    @PostMapping("/api/cases/{id}/major-flags")
    @ResponseStatus(HttpStatus.CREATED)
    Created flag(@PathVariable String id, @RequestBody Reviews.FlagDraft d) {
        return new Created(reviews.flag(Caller.require(), id, d).id());
    }

    /** Withdraws an officer's flag (the head, with {@code reason}); the withdrawal is itself a step of the case. */
    @DeleteMapping("/api/cases/{id}/major-flags/{flagId}")
    Created withdrawFlag(@PathVariable String id, @PathVariable String flagId,
            @RequestParam(required = false) String reason) {
        return new Created(reviews.withdrawFlag(Caller.require(), id, flagId, reason).id());
    }

    @GetMapping("/api/cases/{id}/reviews")
    List<ReviewViews.ReviewSummary> ofCase(@PathVariable String id) {
        Locale locale = LocaleContextHolder.getLocale();
        return reviews.ofCase(Caller.require(), id).stream().map(r -> views.summary(r, locale)).toList();
    }

    record Acted(String id, String status, int round, LocalDate dueOn, String stepId, String documentId,
            String number) {

        static Acted of(Reviews.Outcome o) {
            Review r = o.review();
            CaseDocument d = o.document();
            return new Acted(r.id(), r.status().name(), r.round(), r.dueOn(), o.step().id(),
                    d == null ? null : d.id(), d == null ? null : d.number());
        }
    }

    @PostMapping("/api/cases/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Acted submit(@PathVariable String id, @RequestBody Reviews.SubmissionDraft d) {
        return Acted.of(reviews.submit(Caller.require(), id, d));
    }

    @GetMapping("/api/reviews")
    Paged<ReviewViews.ReviewSummary> search(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ReviewStatus s = ReviewViews.status(status);
        Locale locale = LocaleContextHolder.getLocale();
        return reviews.search(Caller.require(), s, page, size).map(r -> views.summary(r, locale));
    }

    @GetMapping("/api/reviews/{id}")
    ReviewViews.ReviewDetail get(@PathVariable String id) {
        Caller caller = Caller.require();
        return views.detail(caller, reviews.requireVisible(caller, id), LocaleContextHolder.getLocale());
    }

    @PostMapping("/api/reviews/{id}/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    Acted opinion(@PathVariable String id, @RequestBody Reviews.OpinionDraft d) {
        return Acted.of(reviews.opine(Caller.require(), id, d));
    }

    @PostMapping("/api/reviews/{id}/resubmissions")
    @ResponseStatus(HttpStatus.CREATED)
    Acted resubmit(@PathVariable String id, @RequestBody Reviews.ResubmissionDraft d) {
        return Acted.of(reviews.resubmit(Caller.require(), id, d));
    }

    @PostMapping("/api/reviews/{id}/escalations")
    @ResponseStatus(HttpStatus.CREATED)
    Acted escalate(@PathVariable String id, @RequestBody Reviews.EscalationDraft d) {
        return Acted.of(reviews.escalate(Caller.require(), id, d));
    }

    @PostMapping("/api/reviews/{id}/coordinations")
    @ResponseStatus(HttpStatus.CREATED)
    Acted coordinate(@PathVariable String id, @RequestBody Reviews.CoordinationDraft d) {
        return Acted.of(reviews.coordinate(Caller.require(), id, d));
    }

    record RecusalDraft(String reason) {
    }

    @PostMapping("/api/reviews/{id}/recusals")
    @ResponseStatus(HttpStatus.CREATED)
    Acted recuse(@PathVariable String id, @RequestBody RecusalDraft d) {
        return Acted.of(reviews.recuse(Caller.require(), id, d.reason()));
    }

    record Settings(String agencyId, Integer timeLimitDays) {
    }

    @GetMapping("/api/agencies/{id}/review-settings")
    Settings settings(@PathVariable String id) {
        Caller caller = Caller.require();
        views.requireAgency(caller, id);
        return new Settings(id, reviews.timeLimitDays(id));
    }

    @PutMapping("/api/agencies/{id}/review-settings")
    Settings saveSettings(@PathVariable String id, @RequestBody Settings d) {
        return new Settings(id, reviews.setTimeLimit(Caller.require(), id, d.timeLimitDays()));
    }
}
