package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.mingjing.shared.ResidentIdNumber;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.TestIdentifiers;

import tools.jackson.databind.JsonNode;

/**
 * Decided cases of 湖滨区民政局 with private data in every field a clerk types, through the API as the officers would;
 * public for the browser tests and the public side's tests, which set up their cases the same way.
 */
public final class PublicityCases {

    public static final String BASIS = "《社会团体登记管理条例》第三十条第一款第（二）项";
    /** The decision day: 7 working days after it is 2026-10-12 (中秋、国庆 and the 10-10 调休 working Saturday). */
    public static final String DECIDED_ON = "2026-09-24";

    /** The private values planted in a case: each must never reach the public. */
    public record Planted(String partyId, String partyPhone, String partyAddress, String partyBank,
            String witnessName, String witnessId, String witnessPhone, String landline, String card, String email,
            String plate, String property, String witnessAddress) {

        public List<String> all() {
            return List.of(partyId, partyPhone, partyAddress, partyBank, witnessName, witnessId, witnessPhone,
                    landline, card, email, plate, property, witnessAddress);
        }
    }

    private final Api api;
    public final String officer1;
    public final String officer2;

    public PublicityCases(Api api) {
        this.api = api;
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
    }

    /** Fresh planted values: valid check digits where the kind has them. */
    public static Planted planted() {
        String witnessId = TestIdentifiers.idNumber();
        return new Planted(TestIdentifiers.idNumber(), "13912345678", "湖滨区崖底街道建设路9号院3号楼2单元501室",
                "6222021234567890128", "李秀英", witnessId, "13703981234", "0398-2812345", "6217001234567890126",
                "wangjg1980@example.com", "豫M12345", "豫(2024)三门峡市不动产权第0001234号",
                "湖滨区会兴街道上村15号");
    }

    /**
     * A case against a natural person (born in {@code birthDate}, ID number of that birth date) with a witness; the
     * planted values are in the parties' fields and, typed freely, in the facts, the record, the statement and the
     * decision's basis and note. Decided on {@link #DECIDED_ON} with a warning, by {@code decider}.
     */
    public String decidedAgainstPerson(Planted p, String partyName, String birthDate, String decider) {
        String partyId = birthDate == null ? p.partyId() : idBornOn(birthDate);
        String facts = ("当事人%s（身份证号%s，住址：%s，联系电话%s）未经登记以社会团体名义开展活动，收取会费。证人%s（电话%s，"
                + "住址：%s）证实其收取会费情况，当事人通过银行卡%s收款，并使用邮箱%s发送通知，驾驶车辆%s接送会员。其名下房产证号为%s。"
                + "办公电话%s。").formatted(partyName, partyId, p.partyAddress(), p.partyPhone(), p.witnessName(),
                        p.witnessPhone(), p.witnessAddress(), p.card(), p.email(), p.plate(), p.property(),
                        p.landline());
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": %s, "occurredOn": "2026-09-01", "filedOn": "2026-09-07", "place": %s,
                 "parties": [
                  {"role": "PARTY", "type": "NATURAL_PERSON", "name": %s, "idNumber": "%s", "birthDate": %s,
                   "phone": "%s", "address": %s, "bankAccount": "%s"},
                  {"role": "WITNESS", "type": "NATURAL_PERSON", "name": %s, "idNumber": "%s", "phone": "%s",
                   "address": %s}],
                 "officerIds": ["%s", "%s"]}""".formatted(Api.json(facts), Api.json("住址：" + p.partyAddress()),
                Api.json(partyName), partyId, birthDate == null ? "null" : "\"" + birthDate + "\"", p.partyPhone(),
                Api.json(p.partyAddress()), p.partyBank(), Api.json(p.witnessName()), p.witnessId(), p.witnessPhone(),
                Api.json(p.witnessAddress()), officer1, officer2));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.text("id");
        ok(api.post("/api/cases/" + id + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "2026-09-08", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": %s, "content": %s}""".formatted(officer1, officer2, Api.json(p.witnessName()),
                Api.json("问：你的身份证号？答：" + p.witnessId() + "，电话" + p.witnessPhone()))));
        ok(api.post("/api/cases/" + id + "/notice", "hubin.officer1", """
                {"servedOn": "2026-09-09", "proposedDecision": {"penalties": [{"kind": "WARNING"}], "basis": "%s"}}"""
                .formatted(BASIS)));
        ok(api.post("/api/cases/" + id + "/statements", "hubin.officer1",
                "{\"waived\": true, \"receivedOn\": \"2026-09-10\"}"));
        Api.Response d = api.post("/api/cases/" + id + "/decision", decider, """
                {"decidedOn": "%s", "type": "PENALTY", "penalties": [{"kind": "WARNING"}],
                 "basis": %s, "discretionNote": %s}""".formatted(DECIDED_ON,
                Api.json(BASIS + "（证人" + p.witnessName() + "联系电话" + p.witnessPhone() + "）"),
                Api.json("当事人身份证号" + partyId + "，初次违法。")));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        return id;
    }

    /** A resident ID number of someone born on the day (for a minor). */
    public static String idBornOn(String birthDate) {
        String first17 = "411202" + birthDate.replace("-", "") + "123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The case's one publication, as the officer lists it. */
    public JsonNode publicationOf(String caseId) {
        Api.Response r = api.get("/api/publications?caseId=" + caseId, "hubin.officer1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().isArray()).as(r.body()).isTrue();
        assertThat(r.json().size()).as(r.body()).isEqualTo(1);
        return r.json().get(0);
    }

    /** Decided and released by the head: the publication's id. */
    public String published(Planted p, String partyName) {
        String caseId = decidedAgainstPerson(p, partyName, null, "hubin.officer1");
        String id = publicationOf(caseId).get("id").asString();
        Api.Response r = api.post("/api/publications/" + id + "/publish", "hubin.head", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }
}
