package org.mingjing.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalBasisTests {

    @ParameterizedTest
    @CsvSource({ "1,一", "10,十", "12,十二", "20,二十", "30,三十", "105,一百零五", "110,一百一十", "1000,一千",
            "2021,二千零二十一" })
    void numbersAreWrittenAsStatutesNumberTheirArticles(int n, String chinese) {
        assertThat(ChineseNumerals.format(n)).isEqualTo(chinese);
        assertThat(ChineseNumerals.parse(chinese)).hasValue(n);
        assertThat(ChineseNumerals.parse(String.valueOf(n))).hasValue(n);
    }

    @Test
    void everyNumberRoundTrips() {
        for (int n = 1; n <= 9999; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).as("%d", n).hasValue(n);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "零", "十十", "三四", "百", "0", "12345", "x" })
    void nonsenseIsNotANumber(String text) {
        assertThat(ChineseNumerals.parse(text)).isEmpty();
    }

    @Test
    void aCitationIsWrittenInTheOfficialStyleAndReadBack() {
        LegalBasis basis = new LegalBasis("社会团体登记管理条例", 30, 1, 8);
        assertThat(basis.citation()).isEqualTo("《社会团体登记管理条例》第三十条第一款第（八）项");
        assertThat(LegalBasis.parse(basis.citation())).contains(basis);
        assertThat(LegalBasis.parse("《殡葬管理条例》第18条")).contains(new LegalBasis("殡葬管理条例", 18, null, null));
        assertThat(LegalBasis.parse("《慈善法》第一百零五条第2款第(3)项"))
                .contains(new LegalBasis("慈善法", 105, 2, 3));
        assertThat(LegalBasis.parse("《社会团体登记管理条例》第三十条第（二）项"))
                .contains(new LegalBasis("社会团体登记管理条例", 30, null, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = { "社会团体条例30", "《》第三十条", "《社会团体登记管理条例》", "《社会团体登记管理条例》第条",
            "《社会团体登记管理条例》第三十条第零款", "第三十条" })
    void aCitationWithoutLawOrArticleIsRefused(String text) {
        assertThat(LegalBasis.parse(text)).isEmpty();
    }
}
