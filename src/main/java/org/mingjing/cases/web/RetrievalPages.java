package org.mingjing.cases.web;

import java.time.ZoneId;

import org.mingjing.cases.Retrievals;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision page of retrievals (调阅监督, seed §二(二)6): every opening of case records in the caller's reach,
 * newest first, filtered by user, case, period and flags, unusual ones highlighted with the reason they stand out.
 * For heads, supervisors and the auditor; others are refused (403).
 */
@Controller
class RetrievalPages {

    static final int PAGE_SIZE = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Retrievals retrievals;
    private final RetrievalsApi.RetrievalText text;

    RetrievalPages(Retrievals retrievals, RetrievalsApi.RetrievalText text) {
        this.retrievals = retrievals;
        this.text = text;
    }

    @GetMapping("/supervision/retrievals")
    String list(@RequestParam(required = false) String username, @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String flagged, @RequestParam(defaultValue = "0") int page, Model model) {
        Retrievals.Filter filter = RetrievalsApi.RetrievalText.filter(username, caseId, from, to, flagged);
        int shown = Math.max(0, page);
        Paged<RetrievalsApi.RetrievalView> result = retrievals.search(Caller.require(), filter, shown, PAGE_SIZE)
                .map(text::view);
        model.addAttribute("result", result);
        model.addAttribute("username", filter.username());
        model.addAttribute("caseId", filter.caseId());
        model.addAttribute("from", filter.from());
        model.addAttribute("to", filter.to());
        model.addAttribute("flagged", filter.flagged() == null ? "" : filter.flagged().toString());
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("zone", CHINA);
        return "cases/retrievals";
    }
}
