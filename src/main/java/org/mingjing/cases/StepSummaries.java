package org.mingjing.cases;

import java.util.Locale;
import java.util.Optional;

/**
 * How the case page summarises, in one line, a step another module records on the case (the legal review's
 * submissions and opinions). Steps of the case's own kinds are summarised by the case page itself.
 */
public interface StepSummaries {

    /** The one-line summary of the step, if the step is of a kind this module records. */
    Optional<String> summarize(CaseStep step, Locale locale);
}
