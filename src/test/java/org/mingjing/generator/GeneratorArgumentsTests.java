package org.mingjing.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The arguments of {@code generate}: what is accepted, what passes through to Spring, and what is refused. */
class GeneratorArgumentsTests {

    @Test
    void readsTheCountSeedAndAgencyInBothForms() {
        GeneratorArguments a = GeneratorArguments.parse("--cases", "100000", "--seed=7", "--agency", "湖滨区民政局");
        assertThat(a.cases()).isEqualTo(100_000);
        assertThat(a.seed()).isEqualTo(7);
        assertThat(a.agency()).isEqualTo("湖滨区民政局");
        assertThat(GeneratorArguments.parse("--cases=0").cases()).isZero();
    }

    @Test
    void usesTheFixedDefaultSeedSoRunsAreReproducible() {
        assertThat(GeneratorArguments.parse("--cases", "5").seed()).isEqualTo(GeneratorArguments.DEFAULT_SEED);
    }

    @Test
    void passesSpringPropertiesThroughAndAddsItsOwnAsProperties() {
        GeneratorArguments a = GeneratorArguments.parse("--spring.datasource.url=jdbc:postgresql://h/db", "--cases",
                "3", "--mingjing.data-dir=/tmp/x");
        assertThat(a.springArguments()).containsExactly("--spring.datasource.url=jdbc:postgresql://h/db",
                "--mingjing.data-dir=/tmp/x", "--mingjing.generate.cases=3",
                "--mingjing.generate.seed=" + GeneratorArguments.DEFAULT_SEED);
    }

    @Test
    @DisplayName("refuses a missing, negative, non-numeric or too large count with a Chinese usage message")
    void refusesBadCounts() {
        refused(new String[] {}, "generator.error.cases-missing");
        refused(new String[] { "--cases" }, "generator.error.cases-missing");
        refused(new String[] { "--cases", "--seed", "1" }, "generator.error.cases-missing");
        refused(new String[] { "--cases", "-5" }, "generator.error.cases-range");
        refused(new String[] { "--cases", "abc" }, "generator.error.cases-invalid");
        refused(new String[] { "--cases", "1.5" }, "generator.error.cases-invalid");
        refused(new String[] { "--cases", "10000001" }, "generator.error.cases-range");
        refused(new String[] { "--cases", "99999999999999999999" }, "generator.error.cases-invalid");
        refused(new String[] { "--cases", "1", "--seed", "x" }, "generator.error.seed-invalid");
        refused(new String[] { "--cases", "1", "--agency" }, "generator.error.agency-missing");
        refused(new String[] { "--cases", "1", "stray" }, "generator.error.unexpected");
        assertThatThrownBy(() -> GeneratorArguments.parse("--cases", "abc")).hasMessageContaining("案件数")
                .hasMessageContaining("abc").hasMessageContaining("用法");
    }

    @Test
    void wrongArgumentsEndWithExitCodeTwoBeforeAnythingStarts() {
        assertThat(org.mingjing.MingjingApplication.generate("--cases", "-1")).isEqualTo(2);
    }

    private static void refused(String[] args, String key) {
        assertThatThrownBy(() -> GeneratorArguments.parse(args)).isInstanceOf(GeneratorArguments.Invalid.class)
                .satisfies(e -> assertThat(((GeneratorArguments.Invalid) e).messageKey()).isEqualTo(key));
    }
}
