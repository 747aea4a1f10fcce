package org.mingjing.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A module's early warnings (预警, seed §二(四)2; issue 8): what needs attention in some agencies, each with a code,
 * a severity, its subject, a sentence of detail in the reader's language, and the day it is due (or was). The
 * statistics module gathers them for the agencies a caller may see; a module never widens the set it is given.
 */
public interface EarlyWarnings {

    List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale);

    /** HIGH: lapsed or out of rule now; MEDIUM: due within days; LOW: worth a look. */
    enum Severity {
        HIGH, MEDIUM, LOW
    }

    /** One warning, with the agency it concerns and the page that deals with it. */
    record EarlyWarning(String code, Severity severity, String subject, String detail, LocalDate due,
            String agencyId, String link) {
    }
}
