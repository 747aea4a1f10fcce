package org.mingjing.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/discretion/recommendation} of the API contract on the demo catalogue of 湖滨区民政局
 * (行政处罚法第三十四条; LAW.md §7): the level, range, penalties, explanation and citation, and every input refused.
 */
@IntegrationTest
class DiscretionApiIntegrationTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    Api.Response recommend(String user, String body) {
        return api.post("/api/discretion/recommendation", user, body);
    }

    static void refused(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("detail")).isNotBlank();
        if (field != null) {
            assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .contains(field);
        }
    }

    @Test
    void recommendsTheGeneralLevelOfTheSocialOrganisationStandardWithItsRangeInYuan() {
        Api.Response r = recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": ["C2"], "illegalIncome": 10000}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("level").asString()).isEqualTo("GENERAL");
        // 3–3.5 × 10,000
        assertThat(j.get("range").get("min").decimalValue()).isEqualByComparingTo("30000");
        assertThat(j.get("range").get("max").decimalValue()).isEqualByComparingTo("35000");
        assertThat(j.get("penalties").valueStream().map(JsonNode::asString).toList())
                .containsExactly("WARNING", "CONFISCATION", "FINE");
        assertThat(j.get("explanation").asString()).contains("C2").contains("一般").contains("30000")
                .contains("35000");
        assertThat(j.get("citation").asString()).contains("《社会团体登记管理条例》第三十条").contains("湖滨区民政局")
                .contains("裁量基准");
    }

    @Test
    void aggravatingAndMitigatingCircumstancesTogetherTakeTheHeavierLevelAndNameTheLighter() {
        Api.Response r = recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "circumstances": ["C1", "C3"], "illegalIncome": 20000}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("level").asString()).isEqualTo("SERIOUS");
        // 1–2 × 20,000, inside the statute's 1–3 ×
        assertThat(j.get("range").get("min").decimalValue()).isEqualByComparingTo("20000");
        assertThat(j.get("range").get("max").decimalValue()).isEqualByComparingTo("40000");
        assertThat(j.get("explanation").asString()).contains("C3").contains("C1").contains("较重");
        assertThat(j.get("citation").asString()).startsWith("《殡葬管理条例》第十八条");
        assertThat(j.get("circumstances").valueStream().map(c -> c.get("role").asString()).toList())
                .containsExactly("DECISIVE", "LIGHTER");
    }

    @Test
    void aLevelWithoutAFineOrWithoutTheIncomeGivesNoRangeInYuanAndSaysWhy() {
        JsonNode general = recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "circumstances": ["C1"]}""").json();
        assertThat(general.get("level").asString()).isEqualTo("GENERAL");
        assertThat(general.get("range").isNull()).isTrue();
        assertThat(general.get("penalties").valueStream().map(JsonNode::asString).toList()).containsExactly("OTHER");
        JsonNode severe = recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "circumstances": ["C5"]}""").json();
        assertThat(severe.get("range").isNull()).isTrue();
        assertThat(severe.get("fine").get("min").decimalValue()).isEqualByComparingTo("2");
        assertThat(severe.get("explanation").asString()).contains("违法所得");
    }

    @Test
    void noCircumstanceRecommendsTheGeneralLevel() {
        JsonNode j = recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": [], "illegalIncome": 2000}""").json();
        assertThat(j.get("level").asString()).isEqualTo("GENERAL");
        assertThat(j.get("range").get("min").decimalValue()).isEqualByComparingTo("6000");
    }

    @Test
    void refusesWhatCannotBeRecommended() {
        refused(recommend("hubin.officer1", """
                {"matterCode": "MZ-NOPE-1", "circumstances": []}"""), 404, null);
        Api.Response unknown = recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": ["C2", "C99"]}""");
        refused(unknown, 400, "circumstances");
        assertThat(unknown.body()).contains("C99");
        refused(recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": ["C2"], "illegalIncome": -1}"""), 400,
                "illegalIncome");
        refused(recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": ["C2"], "illegalIncome": 1e300}"""), 400,
                "illegalIncome");
        refused(recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "illegalIncome": 0.001}"""), 400, "illegalIncome");
        refused(recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "illegalIncome": "abc"}"""), 400, null);
        refused(recommend("hubin.officer1", "{\"matterCode\": "), 400, null);
        refused(recommend("hubin.officer1", "{\"circumstances\": [\"C2\"]}"), 400, "matterCode");
        refused(recommend("hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": "C2"}"""), 400, null);
        assertThat(recommend(null, """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": ["C2"]}""").status()).isEqualTo(401);
    }

    @Test
    void aCountyAnswersWithItsOwnStandard() {
        Api.Response r = recommend("lingbao.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "circumstances": ["C2"], "illegalIncome": 10000}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.text("citation")).contains("灵宝市民政局");
    }

    static List<String> fields(Api.Response r) {
        return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
