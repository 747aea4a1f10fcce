package org.mingjing.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.RecordKind;
import org.mingjing.cases.CaseEnums.ServiceMethod;
import org.mingjing.cases.Drafts;
import org.mingjing.cases.Steps;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.web.FormFields;

/**
 * The forms of the case page, one per act, as typed. Each turns into the facade's draft, reporting what is not
 * a date, number or choice against its field, and maps the draft's field names back to its own.
 */
final class StepForms {

    private static final Pattern PENALTY_FIELD =
            Pattern.compile("(?:proposedDecision\\.)?penalties\\[(\\d+)]\\.(\\w+)");

    private StepForms() {
    }

    /**
     * Penalties as a form shows them: a checkbox per kind the matter's statute provides, with the amount beside
     * fines and confiscations. {@code kinds} are the checked codes, in the order the draft lists them.
     */
    record Penalties(List<String> kinds, String fineAmount, String confiscationAmount) {

        static Penalties of(List<Steps.Penalty> penalties) {
            List<String> kinds = penalties.stream().map(p -> p.kind().name()).toList();
            String fine = penalties.stream().filter(p -> p.kind() == PenaltyKind.FINE)
                    .map(p -> FormFields.plain(p.amount())).findFirst().orElse("");
            String confiscation = penalties.stream().filter(p -> p.kind() == PenaltyKind.CONFISCATION)
                    .map(p -> FormFields.plain(p.amount())).findFirst().orElse("");
            return new Penalties(kinds, fine, confiscation);
        }

        public boolean has(String kind) {
            return kinds != null && kinds.contains(kind);
        }

        List<PenaltyKind> checked(List<FieldProblem> typing) {
            List<PenaltyKind> checked = new ArrayList<>();
            for (String k : kinds == null ? List.<String>of() : kinds) {
                PenaltyKind kind = FormFields.choice("penalties", k, PenaltyKind.class, typing);
                if (kind != null && !checked.contains(kind)) {
                    checked.add(kind);
                }
            }
            return checked;
        }

        List<Drafts.PenaltyDraft> drafts(List<FieldProblem> typing) {
            List<Drafts.PenaltyDraft> drafts = new ArrayList<>();
            for (PenaltyKind kind : checked(typing)) {
                BigDecimal amount = switch (kind) {
                    case FINE -> FormFields.decimal("fineAmount", fineAmount, typing);
                    case CONFISCATION -> FormFields.decimal("confiscationAmount", confiscationAmount, typing);
                    default -> null;
                };
                drafts.add(new Drafts.PenaltyDraft(kind, amount));
            }
            return drafts;
        }

        /** {@code penalties[1].amount} → {@code fineAmount} when the second checked kind is the fine. */
        String formField(String field) {
            Matcher m = PENALTY_FIELD.matcher(field);
            if (!m.matches()) {
                return field.replaceFirst("^proposedDecision\\.", "");
            }
            List<PenaltyKind> checked = checked(new ArrayList<>());
            int i = Integer.parseInt(m.group(1));
            if (m.group(2).equals("amount") && i < checked.size()) {
                return checked.get(i) == PenaltyKind.CONFISCATION ? "confiscationAmount" : "fineAmount";
            }
            return "penalties";
        }
    }

    record RecordForm(String kind, String occurredOn, List<String> officerIds, String certificateShown,
            String person, String place, String content) {

        static RecordForm empty(LocalDate today, List<String> caseOfficers) {
            return new RecordForm(RecordKind.INQUIRY.name(), today.toString(), caseOfficers, "true", "", "", "");
        }

        public List<String> officers() {
            return officerIds == null ? List.of() : officerIds;
        }

        Drafts.RecordDraft draft(List<FieldProblem> typing) {
            return new Drafts.RecordDraft(FormFields.choice("kind", kind, RecordKind.class, typing),
                    FormFields.date("occurredOn", occurredOn, typing), officers(),
                    FormFields.checked(certificateShown), person, place, content);
        }

        static String formField(String field) {
            return field.startsWith("officerIds") ? "officerIds" : field;
        }
    }

    record NoticeForm(String servedOn, List<String> penalties, String fineAmount, String confiscationAmount,
            String basis) {

        static NoticeForm empty(LocalDate today, String basis) {
            return new NoticeForm(today.toString(), List.of(), "", "", basis);
        }

        public Penalties penaltyInputs() {
            return new Penalties(penalties, fineAmount, confiscationAmount);
        }

        Drafts.NoticeDraft draft(List<FieldProblem> typing) {
            return new Drafts.NoticeDraft(FormFields.date("servedOn", servedOn, typing),
                    new Drafts.ProposedDecision(penaltyInputs().drafts(typing), basis));
        }
    }

    record StatementForm(String receivedOn, String waived, String hearingRequested, String content) {

        static StatementForm empty(LocalDate today) {
            return new StatementForm(today.toString(), null, null, "");
        }

        Drafts.StatementDraft draft(List<FieldProblem> typing) {
            return new Drafts.StatementDraft(FormFields.date("receivedOn", receivedOn, typing),
                    FormFields.orNull(content), FormFields.checked(waived), FormFields.checked(hearingRequested));
        }
    }

    record HearingForm(String noticeServedOn, String heldOn, String place, String presidingOfficerId,
            String record) {

        static HearingForm empty() {
            return new HearingForm("", "", "", "", "");
        }

        Drafts.HearingDraft draft(List<FieldProblem> typing) {
            return new Drafts.HearingDraft(FormFields.date("noticeServedOn", noticeServedOn, typing),
                    FormFields.date("heldOn", heldOn, typing), place, FormFields.orNull(presidingOfficerId), record);
        }
    }

    record DeliberationForm(String heldOn, String participants, String conclusion) {

        static DeliberationForm empty(LocalDate today) {
            return new DeliberationForm(today.toString(), "", "");
        }

        Drafts.DeliberationDraft draft(List<FieldProblem> typing) {
            return new Drafts.DeliberationDraft(FormFields.date("heldOn", heldOn, typing), participants, conclusion);
        }
    }

    record DecisionForm(String decidedOn, String type, List<String> penalties, String fineAmount,
            String confiscationAmount, String basis, String circumstances, String discretionNote) {

        static DecisionForm empty(LocalDate today, Penalties proposed, String basis) {
            return new DecisionForm(today.toString(), DecisionType.PENALTY.name(), proposed.kinds(),
                    proposed.fineAmount(), proposed.confiscationAmount(), basis, "", "");
        }

        public Penalties penaltyInputs() {
            return new Penalties(penalties, fineAmount, confiscationAmount);
        }

        Drafts.DecisionDraft draft(List<FieldProblem> typing) {
            DecisionType t = FormFields.choice("type", type, DecisionType.class, typing);
            List<Drafts.PenaltyDraft> drafts = t == null || t == DecisionType.PENALTY ? penaltyInputs().drafts(typing)
                    : List.of();
            List<String> codes = circumstances == null ? List.of()
                    : Arrays.stream(circumstances.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
            return new Drafts.DecisionDraft(FormFields.date("decidedOn", decidedOn, typing), t, drafts, basis, codes,
                    FormFields.orNull(discretionNote));
        }
    }

    record ServiceForm(String method, String servedOn, String recipient, String consentRecorded,
            String witnesses) {

        static ServiceForm empty(LocalDate today, String recipient) {
            return new ServiceForm(ServiceMethod.DIRECT.name(), today.toString(), recipient, null, "");
        }

        Drafts.ServiceDraft draft(List<FieldProblem> typing) {
            return new Drafts.ServiceDraft(FormFields.choice("method", method, ServiceMethod.class, typing),
                    FormFields.date("servedOn", servedOn, typing), recipient, FormFields.checked(consentRecorded),
                    FormFields.orNull(witnesses));
        }
    }

    record PaymentForm(String amount, String paidOn) {

        static PaymentForm empty(LocalDate today, BigDecimal outstanding) {
            return new PaymentForm(FormFields.plain(outstanding), today.toString());
        }

        Drafts.PaymentDraft draft(List<FieldProblem> typing) {
            return new Drafts.PaymentDraft(FormFields.decimal("amount", amount, typing),
                    FormFields.date("paidOn", paidOn, typing));
        }
    }
}
