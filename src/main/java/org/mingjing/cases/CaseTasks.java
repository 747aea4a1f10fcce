package org.mingjing.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchTasks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The officer's to-do list of cases (LAW.md §1: every statutory deadline of a case is shown to those who must
 * meet it): one task per open deadline of the caller's own cases due within 30 days or already lapsed, and for
 * each of the caller's open cases the act the procedure expects next. The agency's head also gets the cases
 * waiting for its approval to close or archive.
 */
@Component
class CaseTasks implements WorkbenchTasks {

    static final int HORIZON_DAYS = 30;
    /** The most recent cases whose next step is listed; older ones still show their deadlines. */
    private static final int MAX_CASES = 100;

    private final Cases cases;
    private final CaseProgress progress;
    private final MessageSource messages;
    private final Clock clock;

    CaseTasks(Cases cases, CaseProgress progress, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.progress = progress;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(Caller caller) {
        if (!caller.has(Role.OFFICER) && !caller.has(Role.HEAD)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Task> tasks = new ArrayList<>();
        Map<String, CaseFile> open = new LinkedHashMap<>();
        for (CaseFile c : cases.search(caller, null, null, true, 0, MAX_CASES).items()) {
            if (!c.stage().atOrAfter(CaseStage.CLOSED)) {
                open.put(c.id(), c);
            }
        }
        for (OpenDeadline d : OpenDeadline.of(cases.openDeadlines(caller, true, today.plusDays(HORIZON_DAYS)))) {
            if (!d.partysPeriodOver(today)) {
                tasks.add(new Task("cases.task.deadline", new Object[] { d.number(), d.matterName(),
                        ruleName(d.code()), d.due().toString() }, "/cases/" + d.caseId(), d.due()));
            }
        }
        Map<String, CaseFile> awaiting = new LinkedHashMap<>(open);
        if (caller.has(Role.HEAD)) {
            for (CaseStage stage : new CaseStage[] { CaseStage.EXECUTION, CaseStage.CLOSED }) {
                cases.search(caller, stage, null, false, 0, MAX_CASES).items().stream()
                        .filter(c -> c.agencyId().equals(caller.agencyId()))
                        .forEach(c -> awaiting.putIfAbsent(c.id(), c));
            }
        }
        for (CaseFile c : awaiting.values()) {
            CaseProgress.Progress p = progress.of(c);
            Optional<CaseProgress.Action> next = p.next();
            if (next.isEmpty() || !open.containsKey(c.id()) && !next.get().byHead()) {
                continue;
            }
            tasks.add(new Task("cases.task.next", new Object[] { c.number(), c.matterName(),
                    text(next.get().messageKey()) }, "/cases/" + c.id(), p.due()));
        }
        return tasks;
    }

    private String ruleName(String code) {
        return messages.getMessage("calendar.rule." + code + ".name", null, code, LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** One row of {@link Cases#openDeadlines}, typed. */
    record OpenDeadline(String caseId, String number, String matterName, String code, LocalDate due) {

        static List<OpenDeadline> of(List<Map<String, Object>> rows) {
            return rows.stream().map(r -> new OpenDeadline(String.valueOf(r.get("id")), String.valueOf(r.get("number")),
                    String.valueOf(r.get("matter_name")), String.valueOf(r.get("code")), date(r.get("due")))).toList();
        }

        /**
         * The party's five working days to state its case or ask for a hearing (Art. 64) are the party's period,
         * not the agency's: once over, the agency decides, and the lapse is nothing to warn about.
         */
        boolean partysPeriodOver(LocalDate today) {
            return code.equals(PeriodRule.HEARING_REQUEST.code()) && due.isBefore(today);
        }

        private static LocalDate date(Object value) {
            return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l
                    : LocalDate.parse(String.valueOf(value).substring(0, 10));
        }
    }
}
