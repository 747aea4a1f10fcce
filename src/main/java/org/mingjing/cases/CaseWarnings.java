package org.mingjing.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Warns heads and supervisors of the statutory deadlines of open cases in their reach that have lapsed (danger) or
 * fall due within three days (LAW.md §1; the "warned about before it lapses"): the 90 days to decide
 * (行政处罚法 Art. 60), the seven working days to serve an absent party (Art. 61) and the fifteen days to pay
 * (Art. 67). The party's own five days to ask for a hearing (Art. 64) are not the agency's to meet. A closed case
 * has no other deadline open: deciding, serving and paying in full meet them, and closing needs all three.
 */
@Component
class CaseWarnings implements WorkbenchWarnings {

    static final int SOON_DAYS = 3;
    static final int MAX_WARNINGS = 50;

    private final Cases cases;
    private final MessageSource messages;
    private final Clock clock;

    CaseWarnings(Cases cases, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Warning> warningsFor(Caller caller) {
        if (!caller.has(Role.HEAD) && !caller.has(Role.SUPERVISOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Warning> warnings = new ArrayList<>();
        int more = 0;
        for (CaseTasks.OpenDeadline d : CaseTasks.OpenDeadline.of(
                cases.openDeadlines(caller, false, today.plusDays(SOON_DAYS)))) {
            if (d.code().equals(PeriodRule.HEARING_REQUEST.code())) {
                continue;
            }
            if (warnings.size() == MAX_WARNINGS) {
                more++;
                continue;
            }
            boolean lapsed = d.due().isBefore(today);
            warnings.add(new Warning(lapsed ? "danger" : "warning",
                    lapsed ? "cases.warning.lapsed" : "cases.warning.due-soon", new Object[] { d.number(),
                            d.matterName(), ruleName(d.code()), d.due().toString() }, "/cases/" + d.caseId()));
        }
        if (more > 0) {
            warnings.add(new Warning("warning", "cases.warning.more", new Object[] { more }, "/cases"));
        }
        return warnings;
    }

    private String ruleName(String code) {
        return messages.getMessage("calendar.rule." + code + ".name", null, code, LocaleContextHolder.getLocale());
    }
}
