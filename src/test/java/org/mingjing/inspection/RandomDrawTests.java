package org.mingjing.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.inspection.RandomDraw.Assignment;
import org.mingjing.inspection.RandomDraw.Candidate;
import org.mingjing.inspection.RandomDraw.Inspector;
import org.mingjing.inspection.RandomDraw.Recusal;

/**
 * The draw of 双随机 (LAW.md §6) on an example small enough to check by hand. The hashes below were computed with
 * {@code printf '%s' 'seed|S2' | sha256sum} and so on, not with the code under test:
 *
 * <pre>
 * seed|S1 7f3ab2d6…   seed|S2 1f2ec338…   seed|S3 5b79c642…      → order S2, S3, S1
 * seed|S2|C1 96b37357…  seed|S2|C2 0110d3b9…  seed|S2|C3 e2d1ed16…  → C2, C1, C3
 * seed|S3|C1 721bf9f1…  seed|S3|C2 39b674eb…  seed|S3|C3 dac44fe8…  → C2, C1, C3
 * seed 19b25856…
 * </pre>
 */
class RandomDrawTests {

    static final List<Candidate> REGISTER = List.of(new Candidate("Alpha", "S1"), new Candidate("Beta", "S2"),
            new Candidate("Gamma", "S3"));
    static final List<Inspector> INSPECTORS = List.of(new Inspector("One", "C1"), new Inspector("Two", "C2"),
            new Inspector("Three", "C3"));

    @Test
    void theCommitmentIsTheLowercaseHexSha256OfTheSeed() {
        assertThat(RandomDraw.sha256("seed"))
                .isEqualTo("19b25856e1c150ca834cffc8b59b23adbd0ec0389e58eb22b3b64768098d002b");
        assertThat(RandomDraw.sha256("seed|S2"))
                .isEqualTo("1f2ec3385092a0086e5e029ae45bdedfbf1bb2594d63b3d4249480ebc352a1d5");
        assertThat(RandomDraw.sha256("seed|S3|C2"))
                .isEqualTo("39b674ebe9a3ac91191067333344ba6c02acca1e6c55ba86344157cd9a333ebe");
    }

    @Test
    void drawsTheSubjectsWithTheLowestHashesAndForEachTheInspectorsWithTheLowestHashesLeavingOutRecusals() {
        List<Assignment> drawn = RandomDraw.draw("seed", REGISTER, INSPECTORS, List.of(new Recusal("S2", "C2")),
                new BigDecimal("0.5"), 2);

        assertThat(drawn).containsExactly(
                new Assignment("Beta", "S2", List.of(new Inspector("One", "C1"), new Inspector("Three", "C3"))),
                new Assignment("Gamma", "S3", List.of(new Inspector("Two", "C2"), new Inspector("One", "C1"))));
    }

    @Test
    void withoutTheRecusalTheRecusedInspectorIsDrawnFirst() {
        List<Assignment> drawn = RandomDraw.draw("seed", REGISTER, INSPECTORS, List.of(), new BigDecimal("0.5"), 2);

        assertThat(drawn.get(0).inspectors()).extracting(Inspector::certificateNumber).containsExactly("C2", "C1");
    }

    @Test
    void theOrderOfTheRegistersAsGivenDoesNotMatter() {
        List<Assignment> drawn = RandomDraw.draw("seed", List.of(REGISTER.get(2), REGISTER.get(0), REGISTER.get(1)),
                List.of(INSPECTORS.get(2), INSPECTORS.get(1), INSPECTORS.get(0)), List.of(),
                new BigDecimal("0.5"), 2);

        assertThat(drawn).extracting(Assignment::creditCode).containsExactly("S2", "S3");
    }

    @Test
    void refusesASubjectLeftWithTooFewInspectorsAfterRecusalsAndNamesIt() {
        assertThatThrownBy(() -> RandomDraw.draw("seed", REGISTER, INSPECTORS,
                List.of(new Recusal("S3", "C1"), new Recusal("S3", "C2")), new BigDecimal("0.5"), 2))
                .isInstanceOfSatisfying(RandomDraw.NotEnoughInspectors.class, e -> {
                    assertThat(e.subject().creditCode()).isEqualTo("S3");
                    assertThat(e.available()).isEqualTo(1);
                });
    }

    @Test
    void theSampleIsTheRatioOfTheRegisterRoundedUpInExactDecimals() {
        assertThat(RandomDraw.sampleSize(new BigDecimal("0.05"), 30)).isEqualTo(2);
        // 0.07 * 100 is 7.000000000000001 in binary floating point, whose ceiling would be 8.
        assertThat(RandomDraw.sampleSize(new BigDecimal("0.07"), 100)).isEqualTo(7);
        assertThat(RandomDraw.sampleSize(new BigDecimal("0.1"), 30)).isEqualTo(3);
        assertThat(RandomDraw.sampleSize(BigDecimal.ONE, 5)).isEqualTo(5);
        assertThat(RandomDraw.sampleSize(new BigDecimal("0.000001"), 1)).isEqualTo(1);
        assertThat(RandomDraw.draw("seed", REGISTER, INSPECTORS, List.of(), BigDecimal.ONE, 3)).hasSize(3);
    }
}
