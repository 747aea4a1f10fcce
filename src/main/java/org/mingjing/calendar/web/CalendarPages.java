package org.mingjing.calendar.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mingjing.calendar.Deadline;
import org.mingjing.calendar.PeriodDirection;
import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.PeriodUnit;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The calendar's pages: the month view and the deadline calculator for everyone, the yearly notice editor for the
 * system administrator.
 */
@Controller
class CalendarPages {

    private final StatutoryCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPages(StatutoryCalendar calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** A rule as the calculator's select and the rules table show it. */
    record RuleOption(String code, String name, String lengthText, String citation) {
    }

    @ModelAttribute("calendarAdmin")
    boolean calendarAdmin() {
        return Caller.current().map(caller -> caller.has(Role.SYSADMIN)).orElse(false);
    }

    // ------------------------------------------------------------------ month view

    @GetMapping("/calendar")
    String month(@RequestParam(required = false) String month, Model model) {
        YearMonth shown = month == null || month.isBlank() ? YearMonth.now(clock) : month(month);
        model.addAttribute("view", MonthView.of(shown, calendar));
        model.addAttribute("years", calendar.loadedYears());
        return "calendar/month";
    }

    private static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 1 || month.getYear() > 9999) {
                throw ProblemException.invalid("month", "calendar.validation.month-format", text.strip());
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "calendar.validation.month-format", text.strip());
        }
    }

    // ------------------------------------------------------------------ deadline calculator

    @GetMapping("/calendar/deadline")
    String deadlinePage(@RequestParam(required = false) String from, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String days, @RequestParam(required = false) String unit, Model model) {
        model.addAttribute("form", new DeadlineRequest(from, days, unit == null ? PeriodUnit.WORKING_DAYS.name() : unit,
                rule));
        model.addAttribute("rules", ruleOptions());
        model.addAttribute("units", List.of(PeriodUnit.WORKING_DAYS, PeriodUnit.CALENDAR_DAYS));
        if (from != null || rule != null || days != null) {
            compute(from, rule, days, unit, model);
        }
        return "calendar/deadline";
    }

    /** The result alone, for htmx; the address the browser shows is the full page's. */
    @GetMapping("/calendar/fragments/deadline-result")
    String deadlineResult(@RequestParam(required = false) String from, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String days, @RequestParam(required = false) String unit, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        compute(from, rule, days, unit, model);
        String query = request.getQueryString();
        response.setHeader("HX-Push-Url", "/calendar/deadline" + (query == null ? "" : "?" + query));
        return "calendar/fragments/deadline-result :: result";
    }

    /** The form sends days and unit even when a rule is chosen; the rule wins then. */
    private void compute(String from, String rule, String days, String unit, Model model) {
        boolean byRule = rule != null && !rule.isBlank();
        DeadlineRequest request = byRule ? new DeadlineRequest(from, null, null, rule)
                : new DeadlineRequest(from, days, unit, null);
        try {
            model.addAttribute("result", result(request.computeWith(calendar)));
        } catch (ProblemException e) {
            model.addAttribute("errors", describe(e.fieldProblems()));
        }
    }

    private DeadlineResult result(Deadline deadline) {
        String ruleName = deadline.appliedRule().map(rule -> message(rule.nameKey())).orElse(null);
        String citation = deadline.appliedRule().map(rule -> message(rule.citationKey())).orElse(null);
        return new DeadlineResult(deadline, "calendar.weekday." + deadline.deadline().getDayOfWeek().getValue(),
                lengthText(deadline.length(), deadline.unit(), deadline.appliedRule()
                        .map(rule -> rule.direction() == PeriodDirection.BEFORE).orElse(false)),
                ruleName, citation, calendar.holidaysWithin(deadline));
    }

    private List<RuleOption> ruleOptions() {
        return Arrays.stream(PeriodRule.values())
                .map(rule -> new RuleOption(rule.code(), message(rule.nameKey()),
                        lengthText(rule.length(), rule.unit(), rule.direction() == PeriodDirection.BEFORE),
                        message(rule.citationKey())))
                .toList();
    }

    private String lengthText(int length, PeriodUnit unit, boolean before) {
        String text = messages.getMessage("calendar.rule.length." + unit.name(),
                new Object[] { String.valueOf(length) }, locale());
        return before ? text + messages.getMessage("calendar.rule.length.before", null, locale()) : text;
    }

    // ------------------------------------------------------------------ yearly notice editor

    @GetMapping("/calendar/years/{year}")
    @PreAuthorize("hasRole('SYSADMIN')")
    String yearEditor(@PathVariable String year, Model model) {
        int number = editableYear(year);
        StringBuilder lines = new StringBuilder();
        calendar.notice(number).forEach(day -> lines.append(day.date()).append(',').append(day.kind().name())
                .append(',').append(day.name()).append('\n'));
        model.addAttribute("year", String.valueOf(number));
        model.addAttribute("notice", calendar.loadedYear(number).map(loaded -> loaded.notice()).orElse(""));
        model.addAttribute("lines", lines.toString());
        return "calendar/year";
    }

    @PostMapping("/calendar/years/{year}")
    @PreAuthorize("hasRole('SYSADMIN')")
    String saveYear(@PathVariable String year, @RequestParam(required = false) String notice,
            @RequestParam(required = false) String lines, Model model, RedirectAttributes redirect) {
        int number = editableYear(year);
        NoticeLines parsed = NoticeLines.parse(lines);
        List<String> errors = new ArrayList<>(describe(parsed.problems()));
        if (errors.isEmpty()) {
            try {
                var loaded = calendar.replaceYear(number, notice, parsed.drafts());
                redirect.addFlashAttribute("saved", messages.getMessage("calendar.editor.saved",
                        new Object[] { String.valueOf(loaded.year()), String.valueOf(loaded.days()) }, locale()));
                return "redirect:/calendar/years/" + number;
            } catch (ProblemException e) {
                errors.addAll(describe(parsed.atLines(e.fieldProblems())));
            }
        } else {
            errors.addAll(describe(parsed.atLines(calendar.problemsIn(number, parsed.drafts()))));
        }
        model.addAttribute("year", String.valueOf(number));
        model.addAttribute("notice", notice == null ? "" : notice);
        model.addAttribute("lines", lines == null ? "" : lines);
        model.addAttribute("errors", errors);
        return "calendar/year";
    }

    private static int editableYear(String text) {
        int year = CalendarApi.year(text);
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "calendar.validation.year-range", "2000", "2100");
        }
        return year;
    }

    // ------------------------------------------------------------------ errors

    /** A page's bad input is answered with the error page and the status the API would give. */
    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(e.status());
        page.addObject("status", e.status().value());
        List<String> details = describe(e.fieldProblems());
        page.addObject("detail", details.isEmpty() ? message(e.messageKey())
                : message("problem.invalid-input.detail") + String.join(" ", details));
        return page;
    }

    private List<String> describe(List<FieldProblem> problems) {
        return problems.stream().map(problem -> {
            String field = messages.getMessage("calendar.field." + problem.field(), null, problem.field(), locale());
            String where = problem.row() == null ? field
                    : messages.getMessage("calendar.editor.line", new Object[] { String.valueOf(problem.row()) },
                            locale()) + " " + field;
            return where + ": "
                    + messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale());
        }).toList();
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
