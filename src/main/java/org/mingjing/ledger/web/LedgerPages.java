package org.mingjing.ledger.web;

import org.mingjing.ledger.Ledger;
import org.mingjing.ledger.LogVerifications;
import org.mingjing.ledger.Signatures;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ledger's pages: on the portal, the signed checkpoints and the key that signs them, for anyone to keep and
 * check against later; for administrators and auditors, the state of the log and the whole-log verification with
 * a progress bar.
 */
@Controller
class LedgerPages {

    private final Ledger ledger;
    private final LogVerifications verifications;
    private final LedgerApi api;

    LedgerPages(Ledger ledger, LogVerifications verifications, LedgerApi api) {
        this.ledger = ledger;
        this.verifications = verifications;
        this.api = api;
    }

    @GetMapping("/portal/ledger")
    String portal(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        model.addAttribute("checkpoints", ledger.checkpoints(p, 20));
        model.addAttribute("total", ledger.checkpointCount());
        model.addAttribute("page", p);
        model.addAttribute("algorithm", ledger.algorithm());
        model.addAttribute("publicKey", ledger.publicKey());
        model.addAttribute("fingerprint", Signatures.fingerprint(ledger.publicKey()));
        return "ledger/portal";
    }

    @GetMapping("/ledger")
    String admin(@RequestParam(required = false) String verification, Model model) {
        LedgerApi.requireAdministrator();
        model.addAttribute("head", ledger.head());
        model.addAttribute("pending", ledger.pending());
        model.addAttribute("latest", ledger.latestCheckpoint().orElse(null));
        model.addAttribute("fingerprint", Signatures.fingerprint(ledger.publicKey()));
        model.addAttribute("recent", verifications.recent(10).stream().map(api::view).toList());
        model.addAttribute("current", verification == null ? null
                : verifications.find(verification).map(api::view).orElse(null));
        return "ledger/admin";
    }

    @PostMapping("/ledger/verifications")
    String start() {
        Caller caller = LedgerApi.requireAdministrator();
        return "redirect:/ledger?verification=" + verifications.start(caller.username()).id();
    }

    @GetMapping("/ledger/verifications/{id}")
    String progress(@PathVariable String id, Model model) {
        LedgerApi.requireAdministrator();
        model.addAttribute("current", verifications.find(id).map(api::view)
                .orElseThrow(() -> ProblemException.notFound("ledger.problem.verification-not-found")));
        return "ledger/admin :: progress";
    }
}
