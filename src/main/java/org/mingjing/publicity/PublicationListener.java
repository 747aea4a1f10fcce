package org.mingjing.publicity;

import org.mingjing.cases.CaseDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Creates the publication of each decision after the decision commits (through the event publication registry, so a
 * crash before it ran is made good on restart). Reading a case's publications makes it too if it has not run yet.
 */
@Component
class PublicationListener {

    private final Publications publications;

    PublicationListener(Publications publications) {
        this.publications = publications;
    }

    @ApplicationModuleListener
    void on(CaseDecided event) {
        publications.createFor(event.caseId(), event.documentId());
    }
}
