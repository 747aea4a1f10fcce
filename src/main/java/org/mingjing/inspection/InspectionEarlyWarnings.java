package org.mingjing.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mingjing.calendar.PeriodUnit;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The early warnings of random inspection: a recorded result not yet published whose 20-working-day period (LAW.md
 * §6) ends within {@value #DUE_WORKING_DAYS} working days ({@code INSPECTION_RESULT_DUE}, MEDIUM) or has ended
 * ({@code INSPECTION_RESULT_LAPSED}, HIGH).
 */
@Component
class InspectionEarlyWarnings implements EarlyWarnings {

    static final int DUE_WORKING_DAYS = 5;

    private final InspectionTasks tasks;
    private final StatutoryCalendar calendar;
    private final MessageSource messages;

    InspectionEarlyWarnings(InspectionTasks tasks, StatutoryCalendar calendar, MessageSource messages) {
        this.tasks = tasks;
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        List<EarlyWarning> out = new ArrayList<>();
        LocalDate soon = calendar.deadline(today, DUE_WORKING_DAYS, PeriodUnit.WORKING_DAYS).deadline();
        for (InspectionTasks.Task t : tasks.awaitingPublication(agencyIds)) {
            boolean lapsed = t.publishDue().isBefore(today);
            if (!lapsed && t.publishDue().isAfter(soon)) {
                continue;
            }
            out.add(new EarlyWarning(lapsed ? "INSPECTION_RESULT_LAPSED" : "INSPECTION_RESULT_DUE",
                    lapsed ? Severity.HIGH : Severity.MEDIUM, t.subjectName(),
                    messages.getMessage(lapsed ? "inspection.early-warning.lapsed" : "inspection.early-warning.due",
                            new Object[] { t.itemName(), t.publishDue().toString() }, locale),
                    t.publishDue(), t.agencyId(), "/inspection/tasks/" + t.id()));
        }
        return out;
    }
}
