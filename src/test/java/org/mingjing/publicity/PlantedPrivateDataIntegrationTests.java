package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.mingjing.testsupport.TestIdentifiers;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nothing private reaches the public side (issue 7, done-when; LAW.md §4: for natural persons the ID number,
 * address, phone and other contacts, bank account, vehicle plates, property-certificate numbers and the names of
 * natural persons other than the penalised party are hidden): a case whose every free-text field — facts, place,
 * the parties' fields, the witness, the record, the statement, the decision's basis and discretion note — holds
 * planted private data, some typed with spaces and hyphens as clerks do, is decided, released by a second person,
 * corrected with a text and a note holding more, and a second one withdrawn with a reason holding more; then every
 * public output is read — the search API (also searched for each planted value), the decision, the CSV, the Atom
 * feed, the portal's list, search and decision pages, the withdrawal notice — and none holds any planted value, as
 * typed or with its separators removed.
 */
@IntegrationTest
class PlantedPrivateDataIntegrationTests {

    static final String BASIS = "《社会团体登记管理条例》第三十条第一款第（二）项";
    static final String PARTY = "王建国";

    @LocalServerPort
    int port;
    Api api;
    String officer1;
    String officer2;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
    }

    /** A bank card of 19 digits that passes the Luhn check. */
    static String luhnCard(String first18) {
        int sum = 0;
        for (int i = 0; i < first18.length(); i++) {
            int d = first18.charAt(first18.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return first18 + (10 - sum % 10) % 10;
    }

    /** The planted values by what they are; each must never be public. */
    final Map<String, String> planted = new LinkedHashMap<>();

    String plant(String kind, String value) {
        planted.put(kind, value);
        return value;
    }

    /** A decided case against 王建国 with private data everywhere a clerk types; the case's id. */
    String decidedCase(String tag) {
        String partyId = plant(tag + " party ID number", TestIdentifiers.idNumber());
        String witnessId = plant(tag + " witness ID number", TestIdentifiers.idNumber());
        String mobile = plant(tag + " party mobile", "13812345678");
        String witnessMobile = plant(tag + " witness mobile", "13703981234");
        String landline = plant(tag + " landline", "0398-1234567");
        String card = plant(tag + " bank card in the facts", luhnCard("622202123456789012"));
        String partyBank = plant(tag + " party bank account", luhnCard("621700987654321098"));
        String email = plant(tag + " e-mail", "wangjg1980@example.com");
        String plate = plant(tag + " plate", "豫M12345");
        String property = plant(tag + " property certificate", "豫(2024)三门峡市不动产权第0001234号");
        String address = plant(tag + " party address", "湖滨区崖底街道建设路9号院3号楼2单元501室");
        String witnessAddress = plant(tag + " witness address", "湖滨区会兴街道上村15号");
        String witness = plant(tag + " witness name", "李秀英");
        String otherWitness = plant(tag + " witness named in the statement", "赵红梅");
        String spacedMobile = "138 1234 5678";
        String hyphenCard = card.substring(0, 4) + "-" + card.substring(4, 8) + "-" + card.substring(8, 12) + "-"
                + card.substring(12, 16) + "-" + card.substring(16);
        String spacedWitnessMobile = "137-0398-1234";
        String spacedWitnessId = witnessId.substring(0, 6) + " " + witnessId.substring(6, 14) + " "
                + witnessId.substring(14);

        String facts = ("当事人%s（公民身份号码%s，住址：%s，联系电话%s，又称手机%s）未经登记以社会团体名义开展活动，收取会费。"
                + "证人：%s（电话%s，身份证 %s，住址：%s）证实其收取会费情况。当事人通过银行卡%s（卡号 %s）收款，并使用邮箱%s发送通知，"
                + "驾驶车辆%s接送会员，其名下房产证号为%s。办公电话%s。").formatted(PARTY, partyId, address, mobile,
                        spacedMobile, witness, spacedWitnessMobile, spacedWitnessId, witnessAddress, card, hyphenCard,
                        email, plate, property, landline);
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": %s, "occurredOn": "2026-09-01", "filedOn": "2026-09-07", "place": %s,
                 "parties": [
                  {"role": "PARTY", "type": "NATURAL_PERSON", "name": %s, "idNumber": "%s", "phone": "%s",
                   "address": %s, "bankAccount": "%s"},
                  {"role": "WITNESS", "type": "NATURAL_PERSON", "name": %s, "idNumber": "%s", "phone": "%s",
                   "address": %s}],
                 "officerIds": ["%s", "%s"]}""".formatted(Api.json(facts),
                Api.json("湖滨区黄河路18号，当事人住址：" + address + "，电话" + landline), Api.json(PARTY), partyId, mobile,
                Api.json(address), partyBank, Api.json(witness), witnessId, witnessMobile, Api.json(witnessAddress),
                officer1, officer2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.text("id");
        ok(api.post("/api/cases/" + id + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "2026-09-08", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": %s, "place": %s, "content": %s}""".formatted(officer1, officer2, Api.json(witness),
                Api.json("住址：" + witnessAddress), Api.json("问：你的身份证号和电话？答：" + witnessId + "，电话 "
                        + spacedWitnessMobile + "，邮箱" + email + "；证人：" + otherWitness + "也在场。"))));
        ok(api.post("/api/cases/" + id + "/notice", "hubin.officer1", """
                {"servedOn": "2026-09-09", "proposedDecision": {"penalties": [{"kind": "WARNING"}], "basis": "%s"}}"""
                .formatted(BASIS)));
        ok(api.post("/api/cases/" + id + "/statements", "hubin.officer1", """
                {"receivedOn": "2026-09-10", "waived": false, "hearingRequested": false, "content": %s}"""
                .formatted(Api.json("当事人陈述：我的电话是" + spacedMobile + "，银行卡" + hyphenCard + "，车牌" + plate
                        + "，证人：" + otherWitness + "可以作证，我住址：" + address + "。"))));
        Api.Response decided = api.post("/api/cases/" + id + "/decision", "hubin.officer1", """
                {"decidedOn": "2026-09-24", "type": "PENALTY", "penalties": [{"kind": "WARNING"}],
                 "basis": %s, "discretionNote": %s}""".formatted(
                Api.json(BASIS + "（证人：" + witness + "，联系电话" + witnessMobile + "，不动产权证号" + property + "）"),
                Api.json("当事人公民身份号码" + partyId + "，住址：" + address + "，邮箱" + email + "，初次违法。")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        return id;
    }

    String publicationOf(String caseId) {
        Api.Response r = api.get("/api/publications?caseId=" + caseId, "hubin.officer1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().size()).as(r.body()).isEqualTo(1);
        return r.json().get(0).get("id").asString();
    }

    @Test
    void noPlantedValueReachesAnyPublicOutput() {
        String caseId = decidedCase("published");
        String id = publicationOf(caseId);
        Api.Response released = api.post("/api/publications/" + id + "/publish", "hubin.head", "{}");
        ok(released);

        // A correction whose new text and public note hold more private data.
        String original = api.get("/api/publications/" + id + "/preview", "hubin.head").text("original");
        String correctionId = plant("ID number in the correction", TestIdentifiers.idNumber());
        Api.Response corrected = api.post("/api/publications/" + id + "/corrections", "hubin.head", Api.json(Map.of(
                "reason", "更正证人" + planted.get("published witness name") + "（电话13812345678）的陈述",
                "text", original + "\n补充：证人：" + planted.get("published witness name") + "，公民身份号码" + correctionId
                        + "，住址：" + planted.get("published party address") + "。")));
        ok(corrected);

        // A second decision, released and then withdrawn with a reason holding private data.
        String withdrawnId = publicationOf(decidedCase("withdrawn"));
        ok(api.post("/api/publications/" + withdrawnId + "/publish", "hubin.head", "{}"));
        Api.Response withdrawn = api.post("/api/publications/" + withdrawnId + "/withdraw", "hubin.head",
                Api.json(Map.of("reason", "复议撤销；证人：" + planted.get("withdrawn witness name") + "，电话"
                        + planted.get("withdrawn witness mobile") + "，住址：" + planted.get("withdrawn witness address"))));
        ok(withdrawn);

        Map<String, String> outputs = new LinkedHashMap<>();
        Api.Response detail = api.get("/api/public/decisions/" + id, null);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        assertThat(detail.text("text")).as("the masked text is what is shown").contains(PARTY, "警告");
        assertThat(detail.json().get("revision").asInt()).isEqualTo(1);
        outputs.put("API decision", detail.body());
        Api.Response gone = api.get("/api/public/decisions/" + withdrawnId, null);
        assertThat(gone.status()).isEqualTo(410);
        outputs.put("API withdrawn decision (410)", gone.body());
        Api.Response list = api.get("/api/public/decisions?q=" + Api.q(PARTY) + "&size=100", null);
        assertThat(ids(list)).contains(id).doesNotContain(withdrawnId);
        outputs.put("API list", list.body());
        outputs.put("API list, no filter", api.get("/api/public/decisions?size=100", null).body());
        outputs.put("CSV", text(api.download("/api/public/decisions.csv?q=" + Api.q(PARTY), null)));
        outputs.put("Atom", text(api.download("/api/public/decisions.atom?q=" + Api.q(PARTY), null)));
        outputs.put("Atom, no filter", text(api.download("/api/public/decisions.atom", null)));
        outputs.put("portal list", text(api.download("/portal/decisions?q=" + Api.q(PARTY), null)));
        outputs.put("portal list, no filter", text(api.download("/portal/decisions", null)));
        outputs.put("portal decision", text(api.download("/portal/decisions/" + id, null)));
        outputs.put("portal decision in English", text(api.download("/portal/decisions/" + id + "?lang=en", null)));
        Api.Download notice = api.download("/portal/decisions/" + withdrawnId, null);
        assertThat(notice.status()).isEqualTo(410);
        outputs.put("portal withdrawal notice", text(notice));
        assertThat(outputs.get("portal decision")).contains(PARTY);
        assertThat(outputs.get("CSV")).contains(id);
        assertThat(outputs.get("Atom")).contains(id);

        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            String body = output.getValue();
            String joined = body.replaceAll("[\\s\\-\u00a0]", "");
            for (Map.Entry<String, String> value : planted.entrySet()) {
                String v = value.getValue();
                String digits = v.replaceAll("[^0-9]", "");
                if (body.contains(v)) {
                    leaks.add(value.getKey() + " \"" + v + "\" in " + output.getKey());
                } else if (digits.length() >= 7 && joined.contains(digits)) {
                    leaks.add(value.getKey() + " \"" + v + "\" (its digits " + digits + ", separators removed) in "
                            + output.getKey());
                }
            }
        }

        // Searching for a planted value finds neither decision, in the API, the feeds or the portal.
        for (Map.Entry<String, String> value : planted.entrySet()) {
            String q = Api.q(value.getValue());
            List<String> found = new ArrayList<>(ids(api.get("/api/public/decisions?size=100&q=" + q, null)));
            String csv = text(api.download("/api/public/decisions.csv?q=" + q, null));
            String atom = text(api.download("/api/public/decisions.atom?q=" + q, null));
            String portal = text(api.download("/portal/decisions?q=" + q, null));
            for (String[] where : new String[][] { { "API search", String.join(",", found) }, { "CSV search", csv },
                    { "Atom search", atom }, { "portal search", portal } }) {
                if (where[1].contains(id) || where[1].contains(withdrawnId)) {
                    leaks.add(value.getKey() + " \"" + value.getValue() + "\" finds the decision in " + where[0]);
                }
            }
        }
        assertThat(leaks).as("planted private values found on the public side").isEmpty();
    }

    static List<String> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    static String text(Api.Download d) {
        assertThat(d.status()).isIn(200, 410);
        return new String(d.body(), StandardCharsets.UTF_8);
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }
}
