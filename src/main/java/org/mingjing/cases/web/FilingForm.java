package org.mingjing.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.cases.Drafts;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.web.FormFields;

/**
 * The filing form (立案) as typed: the case, the party (当事人) and at most one witness, and the officers who will
 * handle it. Field names of the draft's problems ({@code parties[0].creditCode}) are mapped back to the form's
 * ({@code partyCreditCode}) so each error shows beside its input.
 */
record FilingForm(String matterCode, String procedure, String source, String facts, String occurredOn,
        String filedOn, String place, String illegalIncome, String illegalTurnover, String seriousHarm,
        String continuingUntil, String partyType, String partyName, String partyIdNumber, String partyCreditCode,
        String partyLegalRepresentative, String partyPhone, String partyAddress, String partyBirthDate,
        String witnessName, String witnessIdNumber, String witnessPhone, String witnessAddress,
        List<String> officerIds) {

    private static final Pattern PARTY_FIELD = Pattern.compile("parties\\[(\\d+)]\\.(\\w+)");
    private static final Pattern OFFICER_FIELD = Pattern.compile("officerIds\\[\\d+]");

    static FilingForm empty(LocalDate today, String callerOfficerId) {
        return new FilingForm("", ProcedureKind.GENERAL.name(), Source.COMPLAINT.name(), "", "", today.toString(), "",
                "", "", null, "", PartyType.NATURAL_PERSON.name(), "", "", "", "", "", "", "", "", "", "", "",
                callerOfficerId == null ? List.of() : List.of(callerOfficerId));
    }

    public List<String> officers() {
        return officerIds == null ? List.of() : officerIds;
    }

    public boolean legalEntity() {
        return partyType != null && !PartyType.NATURAL_PERSON.name().equals(partyType);
    }

    Drafts.Filing draft(List<FieldProblem> typing) {
        List<Drafts.PartyDraft> parties = new ArrayList<>();
        PartyType type = FormFields.choice("partyType", partyType, PartyType.class, typing);
        boolean person = type == null || type == PartyType.NATURAL_PERSON;
        parties.add(new Drafts.PartyDraft(PartyRole.PARTY, type, FormFields.orNull(partyName),
                person ? FormFields.orNull(partyIdNumber) : null, person ? null : FormFields.orNull(partyCreditCode),
                person ? null : FormFields.orNull(partyLegalRepresentative),
                person ? FormFields.date("partyBirthDate", partyBirthDate, typing) : null, FormFields.orNull(partyPhone),
                FormFields.orNull(partyAddress), null));
        if (!FormFields.blank(witnessName) || !FormFields.blank(witnessIdNumber) || !FormFields.blank(witnessPhone)
                || !FormFields.blank(witnessAddress)) {
            parties.add(new Drafts.PartyDraft(PartyRole.WITNESS, PartyType.NATURAL_PERSON,
                    FormFields.orNull(witnessName), FormFields.orNull(witnessIdNumber), null, null, null,
                    FormFields.orNull(witnessPhone), FormFields.orNull(witnessAddress), null));
        }
        return new Drafts.Filing(FormFields.orNull(matterCode),
                FormFields.choice("procedure", procedure, ProcedureKind.class, typing),
                FormFields.choice("source", source, Source.class, typing), facts,
                FormFields.date("occurredOn", occurredOn, typing), FormFields.date("filedOn", filedOn, typing), place,
                FormFields.decimal("illegalIncome", illegalIncome, typing),
                FormFields.decimal("illegalTurnover", illegalTurnover, typing), parties, officers(),
                FormFields.date("continuingUntil", continuingUntil, typing), FormFields.checked(seriousHarm));
    }

    /** The form's field for a field the filing's checks name. */
    static String formField(String field) {
        Matcher party = PARTY_FIELD.matcher(field);
        if (party.matches()) {
            String name = party.group(2);
            String prefix = party.group(1).equals("0") ? "party" : "witness";
            return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        if (field.equals("parties") || field.matches("parties\\[0]")) {
            return "partyName";
        }
        if (field.matches("parties\\[\\d+]")) {
            return "witnessName";
        }
        if (OFFICER_FIELD.matcher(field).matches()) {
            return "officerIds";
        }
        return field;
    }
}
