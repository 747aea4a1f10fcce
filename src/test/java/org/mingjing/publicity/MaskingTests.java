package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.publicity.Masking.Known;
import org.mingjing.publicity.Masking.Type;

/**
 * Masking before publication (脱密脱敏, LAW.md §4 and §9): each kind of personal data found beside Chinese text, with
 * no word boundary before it; what must stay (a legal person's name and credit code, dates, amounts, case numbers)
 * stays.
 */
class MaskingTests {

    static Masking.Result mask(String text) {
        return Masking.mask(text, List.of(), List.of());
    }

    static List<Type> types(Masking.Result r) {
        return r.findings().stream().map(Masking.Finding::type).toList();
    }

    @Test
    void residentIdNumbersBesideChineseText() {
        Masking.Result r = mask("当事人身份证号11010519491231002X，住所不详");
        assertThat(r.masked()).doesNotContain("11010519491231002X").contains("身份证号******************，");
        assertThat(types(r)).contains(Type.ID_NUMBER);
        assertThat(mask("号码411202198503150017。").masked()).doesNotContain("411202198503150017");
        assertThat(mask("旧证号411202850315001。").masked()).doesNotContain("411202850315001");
    }

    @Test
    void phonesOfEveryShape() {
        for (String phone : List.of("13803980000", "138-0398-0000", "138 0398 0000", "+86 13803980000",
                "0398-2861234", "（0398）2861234", "03982861234", "0398-1234567", "0398 12345678")) {
            Masking.Result r = mask("联系电话" + phone + "，请核实。");
            assertThat(r.masked()).as(phone).doesNotContain(phone).startsWith("联系电话*");
        }
    }

    @Test
    void bankCardsEmailsPlatesAndPropertyCertificates() {
        Masking.Result r = mask("开户行账号6222021234567890123，邮箱li.mou@example.com，车牌豫M12345，"
                + "新能源车牌豫MD12345，房屋为豫(2021)三门峡市不动产权第0001234号。");
        assertThat(r.masked()).doesNotContain("6222021234567890123", "li.mou@example.com", "豫M12345", "MD12345",
                "0001234");
        assertThat(types(r)).contains(Type.BANK_ACCOUNT, Type.EMAIL, Type.PLATE, Type.PROPERTY_CERTIFICATE);
    }

    @Test
    void addressesAndNamesAfterTheWordsThatIntroduceThem() {
        Masking.Result r = mask("被询问人张三丰，男，住址：河南省三门峡市湖滨区崤山路6号院3单元。证人李四称其看到培训现场。");
        assertThat(r.masked()).doesNotContain("崤山路6号", "张三丰", "李四").contains("张某", "李某");
        assertThat(types(r)).contains(Type.ADDRESS, Type.PERSON_NAME);
    }

    @Test
    void whatTheCaseKnowsIsMaskedWhereverItStands() {
        Masking.Result r = Masking.mask("王小明与其邻居在村口争执，王小明的电话为本人所留。", List.of(
                new Known(Type.PERSON_NAME, "王小明"), new Known(Type.ADDRESS, "村口")), List.of());
        assertThat(r.masked()).doesNotContain("王小明", "村口").contains("王某");
        assertThat(r.findings()).hasSize(3);
    }

    @Test
    void theOfficerMarksWhatNoRuleFinds() {
        Masking.Result r = Masking.mask("当事人患有抑郁症，经治疗好转。", List.of(), List.of("患有抑郁症"));
        assertThat(r.masked()).isEqualTo("当事人*****，经治疗好转。");
        assertThat(types(r)).containsExactly(Type.MANUAL);
    }

    @Test
    void aLegalPersonsNameAndCreditCodeDatesAmountsAndNumbersStay() {
        String text = "三门峡市湖滨区晨光文化交流协会（统一社会信用代码51411202MJ1234567M）于2026年9月10日违法所得"
                + "人民币10000.00元，处罚款30000元，湖民罚〔2026〕3号，案号20260925。";
        Masking.Result r = mask(text);
        assertThat(r.masked()).isEqualTo(text);
        assertThat(r.findings()).isEmpty();
        String numeric = "统一社会信用代码914112027474510000。";
        assertThat(org.mingjing.shared.CreditCode.isValid("91411202747451000" + org.mingjing.shared.CreditCode
                .checkCharacter("91411202747451000"))).isTrue();
        String valid = "91411202747451000" + org.mingjing.shared.CreditCode.checkCharacter("91411202747451000");
        assertThat(mask(numeric.replace("914112027474510000", valid)).masked()).contains(valid);
    }

    @Test
    void overlappingFindingsAreMaskedOnceAndTheOriginalIsKept() {
        Masking.Result r = Masking.mask("身份证411202198503150017", List.of(new Known(Type.ID_NUMBER,
                "411202198503150017")), List.of("198503"));
        assertThat(r.findings()).hasSize(1);
        assertThat(r.findings().get(0).text()).isEqualTo("411202198503150017");
        assertThat(r.original()).isEqualTo("身份证411202198503150017");
        assertThat(r.masked()).isEqualTo("身份证" + "*".repeat(18));
    }

    @Test
    void atTheEdgesOfTheTextAndInLongTextAlike() {
        assertThat(mask("411202198503150017").masked()).isEqualTo("*".repeat(18));
        assertThat(mask("豫M12345").masked()).isEqualTo("*".repeat(7));
        assertThat(mask("电话13803980000").masked()).isEqualTo("电话" + "*".repeat(11));
        String prose = "经查，该协会于2026年9月10日举办收费培训。".repeat(2000);
        String planted = prose + "证人李四称，其手机13803980000，身份证411202198503150017，住址：湖滨区崤山路6号院。" + prose;
        Masking.Result r = mask(planted);
        for (String secret : List.of("13803980000", "411202198503150017", "崤山路6号", "李四")) {
            assertThat(r.masked().contains(secret)).as(secret).isFalse();
        }
        assertThat(r.masked().length()).as("every finding masked in place, 李四 as 李某").isEqualTo(planted.length());
        assertThat(r.findings()).hasSize(4);
    }
}
