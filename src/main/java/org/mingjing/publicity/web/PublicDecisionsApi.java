package org.mingjing.publicity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.mingjing.publicity.DecisionDetail;
import org.mingjing.publicity.DecisionSearch;
import org.mingjing.publicity.PublicDecision;
import org.mingjing.publicity.PublicDecisions;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public side of the Publicity section of the API contract (事后公开, seed §二(一)4; 行政处罚法第四十八条): the
 * search over the decisions in publicity, a decision with its masked text, and the open-data CSV and Atom feeds; no
 * login. A withdrawn or expired decision answers 410 with the published reason; one never released is 404.
 */
@RestController
class PublicDecisionsApi {

    static final int DEFAULT_SIZE = 20;
    /** Entries of the Atom feed at most: the latest public changes. */
    static final int FEED_LIMIT = 500;

    private final PublicDecisions decisions;
    private final PublicLinks links;
    private final MessageSource messages;
    private final Clock clock;

    PublicDecisionsApi(PublicDecisions decisions, PublicLinks links, MessageSource messages, Clock clock) {
        this.decisions = decisions;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Decisions in publicity, newest decision first: {@code q} words each found as written anywhere in the title,
     * party, agency, number or text; {@code from}/{@code to} bound the decision date, both included.
     */
    @GetMapping("/api/public/decisions")
    Paged<PublicDecision> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String agencyId, @RequestParam(required = false) String actType,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        List<FieldProblem> problems = new ArrayList<>();
        DecisionSearch search = new DecisionFilters(q, agencyId, actType, from, to).read(problems);
        DecisionFilters.checkPage(page, size, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return decisions.search(search, page, size);
    }

    /** A decision in publicity as the public reads it: the list's fields, the masked text, and its corrections. */
    record DecisionView(String id, String title, String agencyId, String agencyName, String partyName,
            String number, LocalDate decidedOn, LocalDate publishedOn, String actType, String decisionType,
            int revision, String text, List<DecisionDetail.Correction> corrections) {

        static DecisionView of(DecisionDetail.Published d) {
            return new DecisionView(d.id(), d.title(), d.agencyId(), d.agencyName(), d.partyName(), d.number(),
                    d.decidedOn(), d.publishedOn(), d.actType(), d.decisionType(), d.revision(), d.text(),
                    d.corrections());
        }
    }

    @GetMapping("/api/public/decisions/{id}")
    DecisionView detail(@PathVariable String id) {
        DecisionDetail found = decisions.detail(id)
                .orElseThrow(() -> ProblemException.notFound("decisions.problem.not-found"));
        if (found instanceof DecisionDetail.Removed removed) {
            throw new NoLongerPublished(removed);
        }
        return DecisionView.of((DecisionDetail.Published) found);
    }

    /** A decision withdrawn or expired: answered 410 with its notice. */
    static final class NoLongerPublished extends RuntimeException {

        private final transient DecisionDetail.Removed removed;

        NoLongerPublished(DecisionDetail.Removed removed) {
            super(removed.status().code(), null, false, false);
            this.removed = removed;
        }
    }

    /** 410 with {@code type} ending {@code /withdrawn} or {@code /expired} and the published reason in its detail. */
    @ExceptionHandler(NoLongerPublished.class)
    ResponseEntity<ProblemDetail> gone(NoLongerPublished e) {
        DecisionDetail.Removed r = e.removed;
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = Problems.of(messages, HttpStatus.GONE, r.status().code(),
                DecisionPages.notice(messages, r, locale));
        problem.setProperty("reason", r.reason());
        problem.setProperty("removedOn", r.removedOn() == null ? null : r.removedOn().toString());
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Every decision in publicity that the filters find, as CSV (UTF-8 with BOM), newest decision first. */
    @GetMapping("/api/public/decisions.csv")
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String actType, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        DecisionSearch search = new DecisionFilters(q, agencyId, actType, from, to).search();
        String base = links.base();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decisions.csv\"");
        try (DecisionCsv csv = new DecisionCsv(response.getOutputStream())) {
            IOException[] failed = new IOException[1];
            decisions.forEach(search, d -> {
                if (failed[0] == null) {
                    try {
                        csv.row(d, PublicLinks.decision(base, d.id()));
                    } catch (IOException ex) {
                        failed[0] = ex;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
    }

    /** The Atom 1.0 feed of the decisions in publicity that the filters find, latest public change first. */
    @GetMapping("/api/public/decisions.atom")
    void atom(@RequestParam(required = false) String q, @RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String actType, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        DecisionSearch search = new DecisionFilters(q, agencyId, actType, from, to).search();
        List<DecisionDetail.Published> entries = decisions.feed(search, FEED_LIMIT);
        Locale locale = LocaleContextHolder.getLocale();
        String base = links.base();
        String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
        if (!self.startsWith(base)) {
            String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
            self = base + "/api/public/decisions.atom" + (query == null ? "" : "?" + query);
        }
        DecisionAtom.Heading heading = new DecisionAtom.Heading(
                messages.getMessage("decisions.feed.title", null, locale),
                messages.getMessage("decisions.feed.author", null, locale),
                "en".equals(locale.getLanguage()) ? "en" : "zh-CN", self, base + "/portal/decisions");
        response.setContentType("application/atom+xml;charset=UTF-8");
        try {
            DecisionAtom.write(response.getOutputStream(), heading, base, entries, clock.instant());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
