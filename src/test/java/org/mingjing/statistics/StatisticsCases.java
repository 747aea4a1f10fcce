package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.mingjing.testsupport.Api;

/** Decided cases of 湖滨区民政局 made through the API, for the statistics tests to count. */
public final class StatisticsCases {

    static final String BASIS = "《社会团体登记管理条例》第三十条第一款第（二）项";

    private final Api api;
    private final String officer1;
    private final String officer2;

    public StatisticsCases(Api api) {
        this.api = api;
        this.officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        this.officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
    }

    /**
     * Files a case against an organisation with 1,000 yuan of illegal income (a fine of 3,000–5,000 within the
     * statute), gives notice of {@code proposed} (a JSON array of penalties), takes the party's waiver and decides
     * {@code decision} (the decision's fields but the day and the basis) on 2026-03-20; returns the case's id.
     */
    public String decide(String proposed, String decision) {
        String id = ready(proposed);
        decideOn(id, decision);
        return id;
    }

    /**
     * As {@link #decide(String, String)}, with the decision first proposed to a legal review that 湖滨's reviewer
     * passes: a decision departing from the discretion standard (行政处罚法第三十四条, 第五十八条) is made only so.
     */
    public String decideReviewed(String proposed, String decision) {
        String id = ready(proposed);
        String proposal = "{" + decision + ", \"basis\": \"" + BASIS + "\"}";
        Api.Response review = api.post("/api/cases/" + id + "/reviews", "hubin.officer1",
                "{\"explanation\": \"拟作出的处罚超出裁量基准的推荐幅度，特送法制审核。\", \"proposedDecision\": " + proposal
                        + "}");
        ok(review);
        ok(api.post("/api/reviews/" + review.text("id") + "/opinions", "hubin.reviewer", """
                {"verdict": "APPROVED", "checks": [{"area": "QUALIFICATION", "ok": true},
                 {"area": "FACTS_EVIDENCE", "ok": true}, {"area": "LEGAL_BASIS_DISCRETION", "ok": true},
                 {"area": "PROCEDURE", "ok": true}, {"area": "OTHER", "ok": true}], "problems": []}"""));
        decideOn(id, decision);
        return id;
    }

    /** Filed, investigated, notified of {@code proposed} and the statement waived; the case's id. */
    private String ready(String proposed) {
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展收费培训。", "occurredOn": "2026-03-02",
                 "filedOn": "2026-03-05", "place": "湖滨区黄河路18号", "illegalIncome": 1000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区统计测试协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新"}],
                 "officerIds": ["%s", "%s"]}""".formatted(officer1, officer2));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.text("id");
        ok(api.post("/api/cases/" + id + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "2026-03-06", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": "赵立新", "content": "问：是否开展收费培训？答：是。"}""".formatted(officer1, officer2)));
        ok(api.post("/api/cases/" + id + "/notice", "hubin.officer1", """
                {"servedOn": "2026-03-09", "proposedDecision": {"penalties": %s, "basis": "%s"}}"""
                .formatted(proposed, BASIS)));
        ok(api.post("/api/cases/" + id + "/statements", "hubin.officer1",
                "{\"waived\": true, \"receivedOn\": \"2026-03-10\"}"));
        return id;
    }

    private void decideOn(String id, String decision) {
        Api.Response d = api.post("/api/cases/" + id + "/decision", "hubin.head",
                "{\"decidedOn\": \"2026-03-20\", " + decision + ", \"basis\": \"" + BASIS + "\"}");
        assertThat(d.status()).as(d.body()).isEqualTo(201);
    }

    /** A warning and a fine of 3,000 yuan. */
    public String warningAndFine() {
        return decide("[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]",
                "\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]");
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }
}
