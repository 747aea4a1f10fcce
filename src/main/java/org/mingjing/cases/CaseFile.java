package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.catalogue.MatterCategory;

/**
 * A case as stored: who handles it, against which matter of the agency's catalogue, what happened, and where it
 * stands. Its acts are {@link CaseStep}s; its deadlines {@link CaseDeadline}s.
 */
public record CaseFile(String id, String agencyId, String number, MatterCategory actType, ProcedureKind procedure,
        String matterId, String matterCode, String matterName, Source source, String facts, LocalDate occurredOn,
        LocalDate continuingUntil, boolean seriousHarm, LocalDate filedOn, String place, BigDecimal illegalIncome,
        BigDecimal illegalTurnover, CaseStage stage, LocalDate decidedOn, DecisionType decisionType,
        BigDecimal fineAmount, LocalDate closedOn, LocalDate archivedOn, Integer evaluationScore,
        List<Party> parties, List<String> officerIds, int version) {

    /** The penalised party: the first person in the role PARTY. */
    public Optional<Party> party() {
        return parties.stream().filter(p -> p.role() == PartyRole.PARTY).findFirst();
    }
}
