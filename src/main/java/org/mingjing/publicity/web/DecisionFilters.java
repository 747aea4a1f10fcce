package org.mingjing.publicity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.publicity.DecisionSearch;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search a client asked for, as typed (every value a string, so nothing it sends fails before it is read), and
 * its reading: dates as YYYY-MM-DD with {@code from} not after {@code to}, words of at most {@value #MAX_Q}
 * characters, pages from 0 of 1 to {@value #MAX_SIZE} items. An unknown agency or act type is not an error: it
 * finds nothing.
 */
record DecisionFilters(String q, String agencyId, String actType, String from, String to) {

    static final int MAX_Q = 100;
    static final int MAX_SIZE = 100;

    /** The search, or a 400 naming every field at fault. */
    DecisionSearch search() {
        List<FieldProblem> problems = new ArrayList<>();
        DecisionSearch search = read(problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return search;
    }

    /** The search with every problem added to {@code problems} (the criteria at fault left out). */
    DecisionSearch read(List<FieldProblem> problems) {
        if (q != null && q.length() > MAX_Q) {
            problems.add(FieldProblem.of("q", "validation.too-long", MAX_Q));
        }
        LocalDate fromDay = date("from", from, problems);
        LocalDate toDay = date("to", to, problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add(FieldProblem.of("to", "decisions.validation.range"));
        }
        return new DecisionSearch(q != null && q.length() > MAX_Q ? q.substring(0, MAX_Q) : q, agencyId, actType,
                fromDay, toDay);
    }

    static void checkPage(int page, int size, List<FieldProblem> problems) {
        if (page < 0) {
            problems.add(FieldProblem.of("page", "validation.page"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "decisions.validation.size", MAX_SIZE));
        }
    }

    /**
     * The address of page {@code page} of this search on {@code path} (the portal's list, the CSV, the feed), the
     * criteria as typed. Built here rather than with Thymeleaf's {@code @{…}}, which asks the static-resource chain
     * about every link it writes: for a page of twenty results that was most of its rendering time.
     */
    public String link(String path, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (page != null) {
            b.queryParam("page", page);
        }
        for (String[] p : new String[][] { { "q", q }, { "agencyId", agencyId }, { "actType", actType },
                { "from", from }, { "to", to } }) {
            if (p[1] != null && !p[1].isBlank()) {
                b.queryParam(p[0], p[1]);
            }
        }
        return b.encode().build().toUriString();
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "validation.date", value));
            return null;
        }
    }
}
