package org.mingjing.publicity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mingjing.cases.CaseStep;
import org.mingjing.cases.StepSummaries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps publicity records on a case (seed §二(二): every step of the process on record), and their one-line
 * summaries on the case page: created (pending or blocked), marked, released, a change reported, withdrawn,
 * corrected, expired, and a re-scan's alert.
 */
@Component
class PublicationSteps implements StepSummaries {

    static final String CREATED = "PUBLICATION_CREATED";
    static final String MARKED = "PUBLICATION_MARKED";
    static final String RELEASED = "PUBLICATION_RELEASED";
    static final String CHANGE_REPORTED = "PUBLICATION_CHANGE_REPORTED";
    static final String WITHDRAWN = "PUBLICATION_WITHDRAWN";
    static final String CORRECTED = "PUBLICATION_CORRECTED";
    static final String EXPIRED = "PUBLICATION_EXPIRED";
    static final String ALERT = "PUBLICATION_ALERT";

    static final Set<String> KINDS = Set.of(CREATED, MARKED, RELEASED, CHANGE_REPORTED, WITHDRAWN, CORRECTED, EXPIRED,
            ALERT);

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicationSteps(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> summarize(CaseStep step, Locale locale) {
        if (!KINDS.contains(step.kind())) {
            return Optional.empty();
        }
        JsonNode d = json.readTree(step.data());
        Object[] args = { d.path("number").asString(""), d.path("status").asString(""),
                d.path("dueBy").asString(""), d.path("releasedBy").asString(""), d.path("reason").asString(""),
                d.path("note").asString(""), d.path("findings").asString(""), d.path("kind").asString(""),
                d.path("enteredBy").asString(""), d.path("reviewedBy").asString(""), d.path("marks").asString("") };
        String key = "publicity.step." + step.kind();
        if (CREATED.equals(step.kind()) && "BLOCKED".equals(d.path("status").asString(""))) {
            key += ".blocked";
        }
        return Optional.of(messages.getMessage(key, args, step.kind(), locale));
    }
}
