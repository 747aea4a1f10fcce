package org.mingjing.cases.web;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseRecord;
import org.mingjing.cases.Cases;
import org.mingjing.cases.EvidenceService;
import org.mingjing.shared.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The verify button of the case page's full-process record: the outcome as a fragment that htmx puts in place. */
@Controller
class CaseRecordPages {

    private final Cases cases;
    private final CaseRecord record;
    private final EvidenceService evidence;
    private final MessageSource messages;

    CaseRecordPages(Cases cases, CaseRecord record, EvidenceService evidence, MessageSource messages) {
        this.cases = cases;
        this.record = record;
        this.evidence = evidence;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/record/verify")
    String verify(@PathVariable String id, Model model) {
        CaseFile c = cases.requireVisible(Caller.require(), id);
        CaseRecord.Verification v = record.verify(c, cases.steps(c), cases.documents(c), evidence.ofCase(c));
        model.addAttribute("result", CaseLedgerApi.view(v, messages, LocaleContextHolder.getLocale()));
        model.addAttribute("ledger", record.entries(c));
        model.addAttribute("c", c);
        return "cases/fragments/record :: card";
    }
}
