package org.mingjing.review.web;

import static org.mingjing.shared.web.FormFields.orNull;
import static org.mingjing.shared.web.FormFields.plain;
import static org.mingjing.shared.web.FormFields.decimal;
import static org.mingjing.shared.web.FormFields.date;
import static org.mingjing.shared.web.FormFields.choice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.Drafts;
import org.mingjing.cases.Steps;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.review.ReviewArea;
import org.mingjing.review.ReviewSteps.CoordinationMethod;
import org.mingjing.review.ReviewSteps.CoordinationOutcome;
import org.mingjing.review.Reviews;
import org.mingjing.review.Verdict;
import org.mingjing.shared.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The forms of the review pages as typed. Each turns into the service's draft, reporting what is not a date,
 * number or choice against its own field (so the form comes back as typed instead of failing), and maps the
 * draft's field names back to the form's.
 */
final class ReviewForms {

    private static final Pattern PENALTY_FIELD = Pattern.compile("(?:proposedDecision\\.)?penalties\\[(\\d+)]\\.(\\w+)");
    private static final Pattern CHECK_FIELD = Pattern.compile("checks\\[(\\d+)]\\.(\\w+)");
    private static final Pattern PROBLEM_FIELD = Pattern.compile("problems\\[(\\d+)]");

    private ReviewForms() {
    }

    /**
     * A proposed decision (拟作出的决定) as typed: its type, a checkbox per penalty kind with the amount beside it
     * (amounts are read for fines and confiscations), the basis, the circumstance codes of the discretion standard
     * and the note on discretion.
     */
    record ProposalForm(String type, List<String> kinds, Map<String, String> amounts, String basis,
            String circumstances, String discretionNote) {

        static ProposalForm of(Steps.Decision d) {
            Map<String, String> amounts = new LinkedHashMap<>();
            List<String> kinds = new ArrayList<>();
            for (Steps.Penalty p : d.penalties() == null ? List.<Steps.Penalty>of() : d.penalties()) {
                kinds.add(p.kind().name());
                amounts.put(p.kind().name(), plain(p.amount()));
            }
            return new ProposalForm(d.type().name(), kinds, amounts, d.basis(),
                    d.circumstances() == null ? "" : String.join(", ", d.circumstances()),
                    d.discretionNote() == null ? "" : d.discretionNote());
        }

        /** The prior notice's penalties and basis (what the decision is heading for), or the statute's basis. */
        static ProposalForm ofNotice(Optional<Steps.Notice> notice, String basis) {
            Map<String, String> amounts = new LinkedHashMap<>();
            List<String> kinds = new ArrayList<>();
            notice.ifPresent(n -> n.penalties().forEach(p -> {
                kinds.add(p.kind().name());
                amounts.put(p.kind().name(), plain(p.amount()));
            }));
            return new ProposalForm(DecisionType.PENALTY.name(), kinds, amounts,
                    notice.map(Steps.Notice::basis).orElse(basis), "", "");
        }

        static ProposalForm read(MultiValueMap<String, String> params) {
            Map<String, String> amounts = new LinkedHashMap<>();
            for (PenaltyKind k : PenaltyKind.values()) {
                String a = params.getFirst("amount." + k.name());
                if (a != null) {
                    amounts.put(k.name(), a);
                }
            }
            List<String> kinds = params.getOrDefault("penalties", List.of());
            return new ProposalForm(params.getFirst("type"), kinds, amounts, params.getFirst("basis"),
                    params.getFirst("circumstances"), params.getFirst("discretionNote"));
        }

        public boolean has(String kind) {
            return kinds != null && kinds.contains(kind);
        }

        public String amount(String kind) {
            return amounts == null ? "" : amounts.getOrDefault(kind, "");
        }

        List<PenaltyKind> checked(List<FieldProblem> typing) {
            List<PenaltyKind> checked = new ArrayList<>();
            for (String k : kinds == null ? List.<String>of() : kinds) {
                PenaltyKind kind = choice("penalties", k, PenaltyKind.class, typing);
                if (kind != null && !checked.contains(kind)) {
                    checked.add(kind);
                }
            }
            return checked;
        }

        Drafts.DecisionDraft draft(List<FieldProblem> typing) {
            DecisionType t = choice("type", type, DecisionType.class, typing);
            List<Drafts.PenaltyDraft> penalties = new ArrayList<>();
            if (t == null || t == DecisionType.PENALTY) {
                for (PenaltyKind kind : checked(typing)) {
                    BigDecimal amount = kind == PenaltyKind.FINE || kind == PenaltyKind.CONFISCATION
                            ? decimal("amount." + kind.name(), amount(kind.name()), typing) : null;
                    penalties.add(new Drafts.PenaltyDraft(kind, amount));
                }
            }
            List<String> codes = circumstances == null ? List.of()
                    : Arrays.stream(circumstances.split("[,\\uff0c\\u3001;\\uff1b\\s]+")).filter(s -> !s.isBlank())
                            .toList();
            return new Drafts.DecisionDraft(null, t, penalties, basis, codes, orNull(discretionNote));
        }

        /** {@code proposedDecision.penalties[1].amount} → {@code amount.FINE} when the second kind checked is the fine. */
        String formField(String field) {
            Matcher m = PENALTY_FIELD.matcher(field);
            if (!m.matches()) {
                return field.equals("proposedDecision") ? "_" : field.replaceFirst("^proposedDecision\\.", "");
            }
            List<PenaltyKind> checked = checked(new ArrayList<>());
            int i = Integer.parseInt(m.group(1));
            if (m.group(2).equals("amount") && i < checked.size()) {
                return "amount." + checked.get(i).name();
            }
            return "penalties";
        }
    }

    /** The submission (送审) on the case page: the unit's explanation and the proposed decision. */
    record SubmissionForm(String explanation, ProposalForm proposal) {

        static SubmissionForm read(MultiValueMap<String, String> params) {
            return new SubmissionForm(params.getFirst("explanation"), ProposalForm.read(params));
        }

        Reviews.SubmissionDraft draft(List<FieldProblem> typing) {
            return new Reviews.SubmissionDraft(explanation, proposal.draft(typing));
        }
    }

    /** A flag of the case as major (重大执法决定) by one of the statutory triggers, with the reason. */
    record FlagForm(String trigger, String reason) {

        Reviews.FlagDraft draft(List<FieldProblem> typing) {
            return new Reviews.FlagDraft(choice("trigger", trigger, org.mingjing.review.MajorTrigger.class, typing),
                    reason);
        }
    }

    /**
     * The written opinion: for each of the five areas whether it passes ({@code ok.AREA} = true or false) and a
     * note ({@code note.AREA}); the verdict; the problems, one a line.
     */
    record OpinionForm(String verdict, Map<String, String> ok, Map<String, String> notes, String problems) {

        static OpinionForm empty() {
            return new OpinionForm("", Map.of(), Map.of(), "");
        }

        static OpinionForm read(MultiValueMap<String, String> params) {
            Map<String, String> ok = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            for (ReviewArea a : ReviewArea.values()) {
                String v = params.getFirst("ok." + a.name());
                if (v != null) {
                    ok.put(a.name(), v);
                }
                String n = params.getFirst("note." + a.name());
                if (n != null) {
                    notes.put(a.name(), n);
                }
            }
            return new OpinionForm(params.getFirst("verdict"), ok, notes, params.getFirst("problems"));
        }

        public String ok(String area) {
            return ok.getOrDefault(area, "");
        }

        public String note(String area) {
            return notes.getOrDefault(area, "");
        }

        List<String> problemLines() {
            return problems == null ? List.of()
                    : problems.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        Reviews.OpinionDraft draft(List<FieldProblem> typing) {
            List<Reviews.CheckDraft> checks = new ArrayList<>();
            for (ReviewArea a : ReviewArea.values()) {
                String v = ok(a.name());
                Boolean passed = "true".equals(v) ? Boolean.TRUE : "false".equals(v) ? Boolean.FALSE : null;
                checks.add(new Reviews.CheckDraft(a, passed, orNull(note(a.name()))));
            }
            return new Reviews.OpinionDraft(choice("verdict", verdict, Verdict.class, typing), checks,
                    List.copyOf(problemLines()));
        }

        /** {@code checks[1].note} → {@code note.FACTS_EVIDENCE}: the checks are sent in the areas' order. */
        static String formField(String field) {
            Matcher m = CHECK_FIELD.matcher(field);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                ReviewArea[] areas = ReviewArea.values();
                String area = i < areas.length ? areas[i].name() : "";
                return m.group(2).equals("note") ? "note." + area : "ok." + area;
            }
            return PROBLEM_FIELD.matcher(field).matches() ? "problems" : field;
        }
    }

    /** The answer to a returned review: an answer per problem, the overall response and the amended proposal. */
    record AnswerForm(String response, List<String> answers, ProposalForm proposal) {

        static AnswerForm read(MultiValueMap<String, String> params) {
            return new AnswerForm(params.getFirst("response"), params.getOrDefault("answers", List.of()),
                    ProposalForm.read(params));
        }

        public String answer(int i) {
            return answers != null && i < answers.size() ? answers.get(i) : "";
        }

        Reviews.ResubmissionDraft draft(List<FieldProblem> typing) {
            return new Reviews.ResubmissionDraft(response, answers == null ? List.of() : answers,
                    proposal.draft(typing));
        }
    }

    /** The coordination's record: method, outcome, the day it was held, who took part, the conclusion. */
    record CoordinationForm(String method, String outcome, String heldOn, String participants, String conclusion) {

        static CoordinationForm empty(LocalDate today) {
            return new CoordinationForm(CoordinationMethod.HEAD.name(), "", today.toString(), "", "");
        }

        Reviews.CoordinationDraft draft(List<FieldProblem> typing) {
            return new Reviews.CoordinationDraft(choice("method", method, CoordinationMethod.class, typing),
                    choice("outcome", outcome, CoordinationOutcome.class, typing), date("heldOn", heldOn, typing),
                    participants, conclusion);
        }
    }
}
