package org.mingjing.cases;

import java.time.LocalDate;

/** A statutory deadline of the case, by its calendar rule code, until the act that meets it. */
public record CaseDeadline(String code, LocalDate due, LocalDate satisfiedOn) {

    public boolean open() {
        return satisfiedOn == null;
    }
}
