package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.calendar.PeriodRule;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.Party;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.publicity.Publication.ChangeKind;

/**
 * The rules of publicity that are pure functions, each against the article it encodes: which period a publication
 * and a change of it run under (LAW.md §1), what is a small penalty for retention (LAW.md §4), who is a minor, and
 * what the re-scan does not count.
 */
class PublicationRulesTests {

    @Test
    void penaltyAndLicensingDecisionsArePublishedWithinSevenWorkingDaysOthersWithinTwenty() {
        assertThat(Publications.releaseRule(MatterCategory.ADMINISTRATIVE_PENALTY))
                .isEqualTo(PeriodRule.PUBLISH_PENALTY_DECISION);
        assertThat(Publications.releaseRule(MatterCategory.ADMINISTRATIVE_LICENSING))
                .isEqualTo(PeriodRule.PUBLISH_LICENSING_DECISION);
        assertThat(Publications.releaseRule(MatterCategory.ADMINISTRATIVE_INSPECTION))
                .isEqualTo(PeriodRule.PUBLISH_ENFORCEMENT_DECISION);
        assertThat(Publications.releaseRule(MatterCategory.ADMINISTRATIVE_COERCION))
                .isEqualTo(PeriodRule.PUBLISH_ENFORCEMENT_DECISION);
        assertThat(PeriodRule.PUBLISH_PENALTY_DECISION.length()).isEqualTo(7);
        assertThat(PeriodRule.PUBLISH_ENFORCEMENT_DECISION.length()).isEqualTo(20);
    }

    @Test
    void aPenaltyDecisionIsWithdrawnWithinThreeWorkingDaysOthersWithinTwentyAndCorrectionsWithinTwenty() {
        assertThat(Publications.changeRule("ADMINISTRATIVE_PENALTY", ChangeKind.WITHDRAW))
                .isEqualTo(PeriodRule.WITHDRAW_PENALTY_PUBLICATION);
        assertThat(PeriodRule.WITHDRAW_PENALTY_PUBLICATION.length()).isEqualTo(3);
        assertThat(Publications.changeRule("ADMINISTRATIVE_LICENSING", ChangeKind.WITHDRAW))
                .isEqualTo(PeriodRule.WITHDRAW_PUBLICATION);
        assertThat(Publications.changeRule("ADMINISTRATIVE_PENALTY", ChangeKind.CORRECT))
                .isEqualTo(PeriodRule.CORRECT_PUBLICATION);
        assertThat(PeriodRule.CORRECT_PUBLICATION.length()).isEqualTo(20);
    }

    @Test
    void onlyAWarningACriticismOrAFineBelowTheLimitIsASmallPenaltyWithTheShortRetention() {
        PublicationSetting s = PublicationSetting.defaults("a", "ADMINISTRATIVE_PENALTY");
        assertThat(small("PENALTY", "WARNING", null, s)).isTrue();
        assertThat(small("PENALTY", "CRITICISM", null, s)).isTrue();
        assertThat(small("PENALTY", "WARNING,FINE", "9999.99", s)).isTrue();
        assertThat(small("PENALTY", "FINE", "10000", s)).isFalse();
        assertThat(small("PENALTY", "WARNING,CONFISCATION", null, s)).isFalse();
        assertThat(small("PENALTY", "REVOCATION", null, s)).isFalse();
        assertThat(small("NO_PENALTY_MINOR", "", null, s)).isTrue();
    }

    @Test
    void aPartyIsAMinorUntilTheEighteenthBirthdayByTheBirthDateOrTheIdNumber() {
        LocalDate decided = LocalDate.of(2026, 9, 24);
        assertThat(PublicationText.aboutMinor(caseOf(person(LocalDate.of(2008, 9, 25), null)), decided)).isTrue();
        assertThat(PublicationText.aboutMinor(caseOf(person(LocalDate.of(2008, 9, 24), null)), decided)).isFalse();
        assertThat(PublicationText.aboutMinor(caseOf(person(null, PublicityCases.idBornOn("2010-03-15"))), decided))
                .isTrue();
        assertThat(PublicationText.aboutMinor(caseOf(person(null, PublicityCases.idBornOn("1990-03-15"))), decided))
                .isFalse();
        // A young witness does not make the decision about a minor.
        Party witness = new Party(PartyRole.WITNESS, PartyType.NATURAL_PERSON, "小李", null, null, null,
                LocalDate.of(2012, 1, 1), null, null, null);
        assertThat(PublicationText.aboutMinor(caseOf(person(LocalDate.of(1980, 1, 1), null), witness), decided))
                .isFalse();
    }

    @Test
    void theCaseKnowsWitnessesAndRepresentativesNamesAsPrivateButNotThePenalisedPersonsOrAnOrganisations() {
        Party org = new Party(PartyRole.PARTY, PartyType.LEGAL_PERSON, "三门峡市某某协会", null, "51411202MJ1234567M",
                "赵立新", null, "0398-2812345", "湖滨区黄河路18号", "6222021234567890128");
        Party witness = new Party(PartyRole.WITNESS, PartyType.NATURAL_PERSON, "李秀英", null, null, null, null,
                "13703981234", null, null);
        List<Masking.Known> known = PublicationText.known(caseOf(org, witness));
        assertThat(known).extracting(Masking.Known::text).contains("赵立新", "李秀英", "0398-2812345",
                "湖滨区黄河路18号", "6222021234567890128").doesNotContain("三门峡市某某协会", "51411202MJ1234567M");
        List<Masking.Known> person = PublicationText.known(caseOf(person(LocalDate.of(1980, 1, 1), null)));
        assertThat(person).extracting(Masking.Known::text).doesNotContain("王建国");
    }

    @Test
    void whatMaskingLeftIsNoHitForTheReScan() {
        assertThat(Publications.alreadyMasked("*********")).isTrue();
        assertThat(Publications.alreadyMasked("李某")).isTrue();
        assertThat(Publications.alreadyMasked("欧阳某某")).isFalse();
        assertThat(Publications.alreadyMasked("李秀英")).isFalse();
        assertThat(Publications.alreadyMasked("13598761234")).isFalse();
    }

    private static boolean small(String type, String kinds, String fine, PublicationSetting s) {
        Publication p = new Publication("p", "c", "d", "a", "A", "ADMINISTRATIVE_PENALTY", type, kinds,
                PublicationStatus.PENDING, null, null, LocalDate.now(), LocalDate.now(), "t", "x", "n", "o", "m", "[]",
                List.of(), 0, "u", null, null, null, null, null, null, null, null, null, null, null, 0);
        return Publications.small(p, caseOf(fine == null ? null : new BigDecimal(fine)), s);
    }

    private static Party person(LocalDate born, String idNumber) {
        return new Party(PartyRole.PARTY, PartyType.NATURAL_PERSON, "王建国", idNumber, null, null, born, null, null,
                null);
    }

    private static CaseFile caseOf(BigDecimal fine) {
        return new CaseFile("c", "a", "n", MatterCategory.ADMINISTRATIVE_PENALTY, null, "m", "MZ", "matter", null,
                "facts", null, null, false, null, "place", null, null, CaseStage.DECISION, null, DecisionType.PENALTY,
                fine, null, null, null, List.of(), List.of(), 0);
    }

    private static CaseFile caseOf(Party... parties) {
        return new CaseFile("c", "a", "n", MatterCategory.ADMINISTRATIVE_PENALTY, null, "m", "MZ", "matter", null,
                "facts", null, null, false, null, "place", null, null, CaseStage.DECISION, null, DecisionType.PENALTY,
                null, null, null, null, List.of(parties), List.of(), 0);
    }
}
