package org.mingjing.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A legal review waiting past its round's last day is an early warning (seed §二(三)4 时限; 行政处罚法第五十八条), one
 * due within three days a reminder; the county's own reviews only, the city's supervisor all of them.
 */
@IntegrationTest
class ReviewEarlyWarningsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    List<JsonNode> warnings(Api api, String user, String review) {
        Api.Response r = api.get("/api/statistics/warnings", user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().valueStream().filter(w -> w.get("link").asString().equals("/reviews/" + review)).toList();
    }

    @Test
    void aPendingReviewPastItsDayIsOverdueAndOneDueWithinThreeDaysIsDue() {
        Api api = new Api(port);
        ReviewCases cases = new ReviewCases(api);
        String id = cases.readyForReview(ReviewApiIntegrationTests.MAJOR_FINE);
        Api.Response submitted = cases.submit(id, ReviewApiIntegrationTests.MAJOR_FINE, ReviewCases.BASIS);
        String review = submitted.text("id");
        String number = api.get("/api/cases/" + id, "hubin.officer1").text("number");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        // five working days ahead: not yet a warning
        jdbc.sql("UPDATE legal_review SET due_on = :d WHERE id = :id").param("d", today.plusDays(4))
                .param("id", review).update();
        assertThat(warnings(api, "hubin.head", review)).isEmpty();

        jdbc.sql("UPDATE legal_review SET due_on = :d WHERE id = :id").param("d", today.plusDays(3))
                .param("id", review).update();
        assertThat(warnings(api, "hubin.head", review)).singleElement().satisfies(w -> {
            assertThat(w.get("code").asString()).isEqualTo("REVIEW_DUE");
            assertThat(w.get("severity").asString()).isEqualTo("MEDIUM");
            assertThat(w.get("subject").asString()).isEqualTo(number);
            assertThat(w.get("due").asString()).isEqualTo(today.plusDays(3).toString());
        });

        // the last day is still in time; the day after it is not
        jdbc.sql("UPDATE legal_review SET due_on = :d WHERE id = :id").param("d", today).param("id", review).update();
        assertThat(warnings(api, "hubin.head", review)).singleElement()
                .satisfies(w -> assertThat(w.get("code").asString()).isEqualTo("REVIEW_DUE"));
        jdbc.sql("UPDATE legal_review SET due_on = :d WHERE id = :id").param("d", today.minusDays(1))
                .param("id", review).update();
        assertThat(warnings(api, "hubin.head", review)).singleElement().satisfies(w -> {
            assertThat(w.get("code").asString()).isEqualTo("REVIEW_OVERDUE");
            assertThat(w.get("severity").asString()).isEqualTo("HIGH");
            assertThat(w.get("detail").asString()).contains(today.minusDays(1).toString(), "已超期");
            assertThat(w.get("agencyId").asString()).isEqualTo(api.get("/api/me", "hubin.head").text("agencyId"));
        });
        assertThat(warnings(api, "city.supervisor", review)).hasSize(1);
        assertThat(warnings(api, "lingbao.officer1", review)).isEmpty();
    }
}
