package org.mingjing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mingjing.shared.CreditCode;
import org.mingjing.shared.PhoneNumber;
import org.mingjing.shared.ResidentIdNumber;

class DemoStartupTests {

    @Test
    void loadsDemoDataByDefaultOnlyIntoTheEmbeddedDatabase() {
        assertThat(DemoData.wanted(null, "jdbc:h2:file:./mingjing-data/mingjing")).isTrue();
        assertThat(DemoData.wanted(null, "jdbc:postgresql://db:5432/mingjing")).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(DemoData.wanted(false, "jdbc:h2:file:./x")).isFalse();
        assertThat(DemoData.wanted(true, "jdbc:postgresql://db:5432/training")).isTrue();
    }

    @Test
    void demoIdentifiersPassTheProductsOwnValidation() {
        for (int i = 1; i < 60; i++) {
            assertThat(ResidentIdNumber.isValid(DemoPeople.idNumber("411202", LocalDate.of(1980, 2, 29), i, i % 2 == 0)))
                    .isTrue();
            assertThat(CreditCode.isValid(DemoPeople.agencyCreditCode("411202", i))).isTrue();
            assertThat(PhoneNumber.isValid(DemoPeople.mobile(i))).isTrue();
        }
    }
}
