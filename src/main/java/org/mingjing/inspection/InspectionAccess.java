package org.mingjing.inspection;

import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;

/**
 * Who reads random inspection's internal data: the agencies' staff and supervisors (and the auditor, as for cases);
 * the system and security administrators are kept out of business data (三员分立) and refused, not told it does not
 * exist. Who writes is the agency's own officers and head ({@link Registers#requireWriter}).
 */
final class InspectionAccess {

    private InspectionAccess() {
    }

    static void requireReader(Caller caller) {
        if (!caller.has(Role.OFFICER) && !caller.has(Role.REVIEWER) && !caller.has(Role.HEAD)
                && !caller.has(Role.SUPERVISOR) && !caller.has(Role.AUDITOR)) {
            throw ProblemException.forbidden("inspection.problem.not-reader");
        }
    }
}
