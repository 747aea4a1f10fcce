package org.mingjing.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mingjing.cases.CaseDocuments;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Party;
import org.mingjing.cases.Steps;
import org.mingjing.organization.Agency;
import org.mingjing.shared.ResidentIdNumber;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a decision's publication, made from its case (LAW.md §4, 事后公开: agency, party, act type, facts in
 * brief, basis, result, date, number), and what the case knows to be private in it. Published text is Chinese
 * whatever the reader's language: it is the agency's official notice.
 */
@Component
class PublicationText {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    PublicationText(MessageSource messages) {
        this.messages = messages;
    }

    /** The title, e.g. 关于某某协会的行政处罚决定书. */
    String title(CaseFile c, String documentTitle) {
        return label("publicity.text.title", partyName(c), documentTitle);
    }

    /** The public name of the party the decision is about: a person's or an organisation's name as filed. */
    static String partyName(CaseFile c) {
        return c.party().map(Party::name).orElse("-");
    }

    /** The original text, before masking: one line per item, as the agency's notice reads. */
    String original(CaseFile c, Agency agency, Steps.Decision decision, String number) {
        List<String> lines = new ArrayList<>();
        lines.add(label("publicity.text.number", number));
        c.party().ifPresent(p -> {
            lines.add(label("publicity.text.party", p.name()));
            if (p.type() != PartyType.NATURAL_PERSON && p.creditCode() != null && !p.creditCode().isBlank()) {
                lines.add(label("publicity.text.credit-code", p.creditCode()));
            }
        });
        lines.add(label("publicity.text.act-type", label(c.actType().messageKey())));
        lines.add(label("publicity.text.matter", c.matterName()));
        lines.add(label("publicity.text.facts", c.facts().strip()));
        lines.add(label("publicity.text.basis", decision.basis()));
        lines.add(label("publicity.text.decision", label(decision.type().messageKey())));
        if (decision.type() == DecisionType.PENALTY && !decision.penalties().isEmpty()) {
            lines.add(label("publicity.text.result", CaseDocuments.penaltiesText(messages, decision.penalties())));
        }
        lines.add(label("publicity.text.decided-on", CaseDocuments.date(decision.decidedOn())));
        lines.add(label("publicity.text.agency", agency.name()));
        return String.join("\n", lines);
    }

    /**
     * What the case itself knows to be private (LAW.md §4): every party's and person's ID number, phone, address and
     * bank account, and the names of natural persons other than the penalised party — witnesses, others, the legal
     * representative of an organisation. A legal person's name and credit code are public and not listed.
     */
    static List<Masking.Known> known(CaseFile c) {
        List<Masking.Known> known = new ArrayList<>();
        Party penalised = c.party().orElse(null);
        for (Party p : c.parties()) {
            add(known, Masking.Type.ID_NUMBER, p.idNumber());
            add(known, Masking.Type.PHONE, p.phone());
            add(known, Masking.Type.ADDRESS, p.address());
            add(known, Masking.Type.BANK_ACCOUNT, p.bankAccount());
            if (p.type() == PartyType.NATURAL_PERSON && p != penalised && !samePerson(p, penalised)) {
                add(known, Masking.Type.PERSON_NAME, p.name());
            }
            if (p.type() != PartyType.NATURAL_PERSON) {
                add(known, Masking.Type.PERSON_NAME, p.legalRepresentative());
            }
        }
        return known;
    }

    private static boolean samePerson(Party p, Party penalised) {
        return penalised != null && penalised.type() == PartyType.NATURAL_PERSON && p.name().equals(penalised.name());
    }

    /**
     * Whether the decision is about a minor, who is never published (LAW.md §4; 未成年人保护法第一百零三条): a natural
     * person among the parties under 18 on the decision's day, by the birth date filed or the one the resident ID
     * number encodes.
     */
    static boolean aboutMinor(CaseFile c, LocalDate decidedOn) {
        for (Party p : c.parties()) {
            if (p.role() != PartyRole.PARTY || p.type() != PartyType.NATURAL_PERSON) {
                continue;
            }
            if (p.minorOn(decidedOn)) {
                return true;
            }
            if (p.idNumber() != null && ResidentIdNumber.isValid(p.idNumber())) {
                LocalDate born = ResidentIdNumber.birthDate(p.idNumber());
                if (born != null && born.plusYears(18).isAfter(decidedOn)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(List<Masking.Known> known, Masking.Type type, String value) {
        if (value != null && !value.isBlank()) {
            known.add(new Masking.Known(type, value.strip()));
        }
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
