package org.mingjing.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The check digits of LAW.md §9: GB 11643 resident IDs, GB 32100 credit codes, and phone formats. */
class IdentifierTests {

    @Test
    @DisplayName("GB 11643: 11010519491231002X is valid, with X as the check for sum mod 11 = 2")
    void acceptsTheStandardResidentIdExampleWithItsXCheckCharacter() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void refusesAResidentIdWhoseCheckCharacterIsWrong() {
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumber.isValid("440308199901010013")).isFalse();
        assertThat(ResidentIdNumber.isValid("440308199901010012")).isTrue();
    }

    @Test
    void refusesAResidentIdWithAnImpossibleOrFutureBirthDate() {
        String feb30 = "11010519490230002";
        assertThat(ResidentIdNumber.isValid(feb30 + ResidentIdNumber.checkCharacter(feb30))).isFalse();
        String future = "110105" + LocalDate.now().plusYears(1).toString().replace("-", "") + "002";
        assertThat(ResidentIdNumber.isValid(future + ResidentIdNumber.checkCharacter(future))).isFalse();
    }

    @Test
    void refusesResidentIdsOfTheWrongShape() {
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
        assertThat(ResidentIdNumber.isValid("1101051949123100")).isFalse();
        assertThat(ResidentIdNumber.isValid("1101051949123100２X")).isFalse();
        assertThat(ResidentIdNumber.isValid("A1010519491231002X")).isFalse();
    }

    @Test
    void masksAllButTheFirstAndLastFourCharactersOfAResidentId() {
        assertThat(ResidentIdNumber.masked("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    @DisplayName("GB 32100: check = (31 − Σ symbol×weight mod 31) mod 31 over 0-9A-Z without I O S V Z")
    void acceptsCreditCodesWithTheRightCheckCharacter() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91110000802100433B")).isTrue();
        assertThat(CreditCode.checkCharacter("91310000MA1FL4CT3")).isEqualTo('U');
    }

    @Test
    void refusesCreditCodesWithAWrongCheckOrAForbiddenSymbol() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M0001O0Y43")).isFalse();
        assertThat(CreditCode.isValid("91350100m000100Y43")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void acceptsMobileAndLandlineNumbersAndRefusesOthers() {
        assertThat(PhoneNumber.isValid("13912345678")).isTrue();
        assertThat(PhoneNumber.isValid("0398-2821000")).isTrue();
        assertThat(PhoneNumber.isValid("03982821000")).isTrue();
        assertThat(PhoneNumber.isValid("010-12345678-123")).isTrue();
        assertThat(PhoneNumber.isValid("12912345678")).isFalse();
        assertThat(PhoneNumber.isValid("1391234567")).isFalse();
        assertThat(PhoneNumber.isValid("2821000")).isFalse();
        assertThat(PhoneNumber.isValid("139 1234 5678")).isFalse();
    }

    @Test
    void masksTheMiddleOfAMobileNumber() {
        assertThat(PhoneNumber.masked("13912345678")).isEqualTo("139****5678");
    }
}
