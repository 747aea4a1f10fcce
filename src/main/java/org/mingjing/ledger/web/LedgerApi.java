package org.mingjing.ledger.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.mingjing.ledger.Checkpoint;
import org.mingjing.ledger.Finding;
import org.mingjing.ledger.Ledger;
import org.mingjing.ledger.LogVerifications;
import org.mingjing.ledger.Signatures;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger over HTTP: signed checkpoints (published without login, for anyone to keep), inclusion and
 * consistency proofs, and the whole-log verification job for administrators and auditors.
 */
@RestController
class LedgerApi {

    private final Ledger ledger;
    private final LogVerifications verifications;
    private final MessageSource messages;

    LedgerApi(Ledger ledger, LogVerifications verifications, MessageSource messages) {
        this.ledger = ledger;
        this.verifications = verifications;
        this.messages = messages;
    }

    record CheckpointView(long size, String rootHash, OffsetDateTime issuedAt, String algorithm, String signature,
            String publicKey, String publicKeyFingerprint) {

        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(c.size(), c.rootHash(), c.issuedAt(), c.algorithm(), c.signature(),
                    c.publicKey(), Signatures.fingerprint(c.publicKey()));
        }
    }

    /** The log's current checkpoint, signed now if the log has grown since the last one (on demand). */
    @GetMapping("/api/ledger/checkpoint")
    CheckpointView checkpoint() {
        Caller.require();
        return CheckpointView.of(ledger.checkpoint());
    }

    @GetMapping("/api/public/ledger/checkpoint")
    CheckpointView latest() {
        return ledger.latestCheckpoint().map(CheckpointView::of)
                .orElseThrow(() -> ProblemException.notFound("ledger.problem.no-checkpoint"));
    }

    @GetMapping("/api/public/ledger/checkpoints")
    Paged<CheckpointView> checkpoints(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paged.checkBounds(page, size);
        return new Paged<>(ledger.checkpoints(page, size).stream().map(CheckpointView::of).toList(),
                ledger.checkpointCount());
    }

    record InclusionView(long index, long size, String rootHash, List<String> path) {
    }

    @GetMapping("/api/public/ledger/proofs/inclusion")
    InclusionView inclusion(@RequestParam long index, @RequestParam long size) {
        List<String> path = ledger.inclusionProof(index, size);
        return new InclusionView(index, size, ledger.rootAt(size), path);
    }

    record ConsistencyView(long first, long second, String firstRoot, String secondRoot, List<String> proof) {
    }

    @GetMapping("/api/public/ledger/proofs/consistency")
    ConsistencyView consistency(@RequestParam long first, @RequestParam long second) {
        List<String> proof = ledger.consistencyProof(first, second);
        return new ConsistencyView(first, second, ledger.rootAt(first), ledger.rootAt(second), proof);
    }

    record FindingView(String code, String message, String entryId, Long index) {
    }

    record VerificationView(String id, String state, long processed, long total, int percent, Boolean valid,
            List<FindingView> problems, OffsetDateTime startedAt, OffsetDateTime finishedAt, String requestedBy) {
    }

    @PostMapping("/api/ledger/verifications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    VerificationView start() {
        Caller caller = requireAdministrator();
        return view(verifications.start(caller.username()));
    }

    @GetMapping("/api/ledger/verifications/{id}")
    VerificationView verification(@PathVariable String id) {
        requireAdministrator();
        return view(verifications.find(id)
                .orElseThrow(() -> ProblemException.notFound("ledger.problem.verification-not-found")));
    }

    @GetMapping("/api/ledger/verifications")
    List<VerificationView> recent() {
        requireAdministrator();
        return verifications.recent(20).stream().map(this::view).toList();
    }

    /** The administrators of 三员分立 and the auditor check the whole log; business roles check their cases. */
    static Caller requireAdministrator() {
        Caller caller = Caller.require();
        if (!caller.has(Role.SYSADMIN) && !caller.has(Role.SECADMIN) && !caller.has(Role.AUDITOR)) {
            throw ProblemException.forbidden("ledger.problem.administrators-only");
        }
        return caller;
    }

    VerificationView view(LogVerifications.Verification v) {
        Locale locale = LocaleContextHolder.getLocale();
        return new VerificationView(v.id(), v.state(), v.processed(), v.total(), v.percent(), v.valid(),
                v.findings().stream().map(f -> finding(f, locale)).toList(), v.startedAt(), v.finishedAt(),
                v.requestedBy());
    }

    FindingView finding(Finding f, Locale locale) {
        return new FindingView(f.code(), f.message(messages, locale), f.entryId(), f.index());
    }
}
