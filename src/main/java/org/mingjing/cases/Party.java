package org.mingjing.cases;

import java.time.LocalDate;

import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;

/** A party of the case (当事人) or another person in it (a witness). Private fields stay inside the agency. */
public record Party(PartyRole role, PartyType type, String name, String idNumber, String creditCode,
        String legalRepresentative, LocalDate birthDate, String phone, String address, String bankAccount) {

    /** A natural person under 18 on the given day (a decision about a minor is never published, LAW.md §4). */
    public boolean minorOn(LocalDate day) {
        return type == PartyType.NATURAL_PERSON && birthDate != null && birthDate.plusYears(18).isAfter(day);
    }
}
