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
 * {@code GET /api/cases/{id}/similar} (类案推送, LAW.md §7): decided cases of the same matter, the one with the same
 * circumstances and like facts first; indexed as soon as they are decided; and only those of the agencies the user may
 * see — another county's case neither shows nor is shown, a supervisor sees the counties'.
 */
@IntegrationTest
class SimilarCasesIntegrationTests {

    /** Facts with words no other test uses (仰韶, 书法, 研学), so that the ranking here is not crowded out. */
    static final String TARGET = "该协会超出章程规定的宗旨和业务范围，在仰韶文化广场举办收费书法研学培训班三期，违法所得人民币壹万元。";
    static final String LIKE = "该协会超出章程规定的宗旨和业务范围，在仰韶文化广场开办收费书法研学培训班两期，违法所得人民币壹万元。";
    static final String OTHER = "该社会团体涂改登记证书并出借印章给他人对外签订合同，造成会员财产损失。";

    @LocalServerPort
    int port;
    Api api;
    DiscretionCases cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new DiscretionCases(api);
    }

    static List<String> numbers(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().valueStream().map(c -> c.get("caseNumber").asString()).toList();
    }

    String number(String caseId) {
        return api.get("/api/cases/" + caseId, "hubin.officer1").text("number");
    }

    @Test
    void theCaseWithTheSameCircumstancesAndLikeFactsRanksFirstAndOnlyVisibleCasesShow() {
        List<String> hubin = cases.officers("hubin.officer1", "hubin.officer2");
        List<String> lingbao = cases.officers("lingbao.officer1", "lingbao.officer2");
        String other = cases.decided("hubin.officer1", hubin, OTHER);
        String like = cases.decided("hubin.officer1", hubin, LIKE);
        String county = cases.decided("lingbao.officer1", lingbao, LIKE);
        String target = cases.file("hubin.officer1", hubin, TARGET, "10000");

        Api.Response r = api.get("/api/cases/" + target + "/similar?circumstances=C2&limit=50", "hubin.officer1");
        List<String> found = numbers(r);
        String likeNumber = number(like);
        assertThat(found).first().isEqualTo(likeNumber);
        String otherNumber = number(other);
        if (found.contains(otherNumber)) {
            assertThat(found.indexOf(otherNumber)).isGreaterThan(found.indexOf(likeNumber));
        }
        JsonNode first = r.json().get(0);
        assertThat(first.get("similarity").asDouble()).isBetween(0.5, 1.0);
        assertThat(first.get("decidedOn").asString()).isEqualTo("2026-09-25");
        assertThat(first.get("penalties").valueStream().map(p -> p.get("kind").asString()).toList())
                .containsExactly("WARNING", "FINE");
        assertThat(first.get("circumstances").valueStream().map(JsonNode::asString).toList()).containsExactly("C2");
        // the case itself is never its own similar case
        assertThat(r.json().valueStream().map(c -> c.get("caseId").asString()).toList()).doesNotContain(target);

        // 灵宝市's case of like facts is not 湖滨区's to see; the city's supervisor sees both counties'.
        String countyNumber = api.get("/api/cases/" + county, "lingbao.officer1").text("number");
        assertThat(found).doesNotContain(countyNumber);
        List<String> supervisor = numbers(api.get("/api/cases/" + target + "/similar?circumstances=C2&limit=50",
                "city.supervisor"));
        assertThat(supervisor).contains(countyNumber, likeNumber);
        // another county's officer does not see the case at all
        assertThat(api.get("/api/cases/" + target + "/similar", "lingbao.officer1").status()).isEqualTo(404);
        // the case page's card (and the review page's, the same fragment): the reviewer sees it, another county not
        java.net.http.HttpResponse<String> card = org.mingjing.testsupport.FormSession.signIn(port, "hubin.reviewer",
                Api.DEMO_PASSWORD).get("/cases/" + target + "/similar-card");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("similarCases", likeNumber).doesNotContain(countyNumber);
        assertThat(org.mingjing.testsupport.FormSession.signIn(port, "lingbao.officer1", Api.DEMO_PASSWORD)
                .get("/cases/" + target + "/similar-card").statusCode()).isEqualTo(404);
        // the agency's legal reviewer sees the list too
        assertThat(numbers(api.get("/api/cases/" + target + "/similar?circumstances=C2&limit=50", "hubin.reviewer")))
                .first().isEqualTo(likeNumber);
    }

    @Test
    void withoutCircumstancesTheFactsAloneRankAndBadInputIsRefused() {
        List<String> hubin = cases.officers("hubin.officer1", "hubin.officer2");
        String like = cases.decided("hubin.officer1", hubin,
                "该协会在天鹅湖湿地公园组织收费摄影采风活动四次，超出章程规定的业务范围，违法所得人民币壹万元。");
        String target = cases.file("hubin.officer1", hubin,
                "该协会在天鹅湖湿地公园组织收费摄影采风活动五次，超出章程规定的业务范围，违法所得人民币壹万元。", "10000");
        Api.Response r = api.get("/api/cases/" + target + "/similar", "hubin.officer1");
        assertThat(numbers(r)).hasSizeLessThanOrEqualTo(10);
        assertThat(r.json().get(0).get("factSimilarity").asDouble()).isPositive();
        assertThat(numbers(r)).contains(number(like));
        assertThat(api.get("/api/cases/" + target + "/similar?limit=0", "hubin.officer1").status()).isEqualTo(400);
        assertThat(api.get("/api/cases/" + target + "/similar?limit=abc", "hubin.officer1").status()).isEqualTo(400);
        assertThat(api.get("/api/cases/nope/similar", "hubin.officer1").status()).isEqualTo(404);
        assertThat(api.get("/api/cases/" + target + "/similar", null).status()).isEqualTo(401);
    }
}
