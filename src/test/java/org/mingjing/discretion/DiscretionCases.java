package org.mingjing.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.mingjing.testsupport.Api;

/**
 * Cases of the demo agencies brought through the API to a decision, as the handling officers would; public for the
 * browser test.
 */
public final class DiscretionCases {

    public static final String SHTT_BASIS = "《社会团体登记管理条例》第三十条第一款第（二）项";

    private final Api api;

    public DiscretionCases(Api api) {
        this.api = api;
    }

    /** The officer ids of two accounts of one agency. */
    public List<String> officers(String first, String second) {
        return List.of(api.get("/api/me", first).text("officerId"), api.get("/api/me", second).text("officerId"));
    }

    /** A 社会团体 case (MZ-CF-SHTT-30) filed by {@code user} with these facts and illegal income. */
    public String file(String user, List<String> officers, String facts, String income) {
        Api.Response r = api.post("/api/cases", user, """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "%s", "occurredOn": "2026-09-01", "filedOn": "2026-09-07", "place": "黄河路18号",
                 "illegalIncome": %s,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市晨光文化交流协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新"}],
                 "officerIds": %s}""".formatted(facts, income, Api.json(officers)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** Investigated, notified of {@code penalties} and the statement waived: ready to decide. */
    public void readyToDecide(String user, List<String> officers, String caseId, String penalties) {
        ok(api.post("/api/cases/" + caseId + "/records", user, """
                {"kind": "INQUIRY", "occurredOn": "2026-09-08", "officerIds": %s, "certificateShown": true,
                 "person": "赵立新", "content": "问：你协会是否举办过收费培训？\\n答：举办过三期。"}"""
                .formatted(Api.json(officers))));
        ok(api.post("/api/cases/" + caseId + "/notice", user, """
                {"servedOn": "2026-09-09", "proposedDecision": {"penalties": %s, "basis": "%s"}}"""
                .formatted(penalties, SHTT_BASIS)));
        ok(api.post("/api/cases/" + caseId + "/statements", user,
                "{\"waived\": true, \"receivedOn\": \"2026-09-10\"}"));
    }

    public Api.Response decide(String user, String caseId, String penalties, String circumstances, String note) {
        return api.post("/api/cases/" + caseId + "/decision", user, """
                {"decidedOn": "2026-09-25", "type": "PENALTY", "penalties": %s, "basis": "%s",
                 "circumstances": %s%s}""".formatted(penalties, SHTT_BASIS, circumstances,
                note == null ? "" : ", \"discretionNote\": " + Api.json(note)));
    }

    /** A case filed, investigated, notified and decided with a fine of 3× the income and circumstance C2. */
    public String decided(String user, List<String> officers, String facts) {
        String id = file(user, officers, facts, "10000");
        String penalties = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 30000}]";
        readyToDecide(user, officers, id, penalties);
        ok(decide(user, id, penalties, "[\"C2\"]", null));
        return id;
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }
}
