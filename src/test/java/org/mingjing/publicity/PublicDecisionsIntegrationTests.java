package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;

/**
 * The public side of the Publicity section of the API contract (事后公开, seed §二(一)4; 行政处罚法第四十八条; LAW.md §4),
 * on publication rows written as the core leaves them: only what is in publicity is found, by words, agency and
 * dates, a page at a time; a withdrawn or expired decision answers 410 with its reason; what was never released is
 * not found; the CSV and Atom feeds; the portal's pages; and the index following the table by each path.
 */
@IntegrationTest
class PublicDecisionsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    DecisionIndexing indexing;
    Api api;
    PublicationRows rows;
    /** A word no other test writes: each test finds only its own rows. */
    String mark;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        rows = new PublicationRows(api, jdbc, transactions, events);
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        mark = b.toString();
    }

    Api.Response search(String query) {
        return api.get("/api/public/decisions?" + query, null);
    }

    List<String> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    @Test
    void findsOnlyDecisionsInPublicityByWordsAgencyAndDatesNewestFirstWithoutLogin() {
        String a = rows.row().set("title", "行政处罚决定书 " + mark).set("decided_on", LocalDate.parse("2026-03-01"))
                .set("party_name", "三门峡市湖滨区晨光文化交流协会").publish();
        String b = rows.row().set("title", "行政处罚决定书 " + mark).set("decided_on", LocalDate.parse("2026-03-03"))
                .set("agency_id", "agency-shanzhou").set("agency_name", "三门峡市陕州区民政局")
                .set("party_name", "陕州区夕阳红养老院").publish();
        String c = rows.row().set("title", "行政处罚决定书 " + mark).set("decided_on", LocalDate.parse("2026-03-02"))
                .set("party_name", "三门峡市湖滨区青年书画研究会").set("masked_text", "该研究会在黄河路违规举办收费培训班。")
                .publish();
        rows.row().set("title", mark).set("status", "PENDING").set("published_on", null).publish();
        rows.row().set("title", mark).set("status", "BLOCKED").set("reason", "未成年人").publish();
        rows.row().set("title", mark).set("status", "WITHDRAWN").set("reason", "决定已被撤销")
                .set("withdrawn_on", LocalDate.parse("2026-04-01")).publish();
        rows.row().set("title", mark).set("status", "EXPIRED").set("reason", "公示期满").publish();

        Api.Response all = search("q=" + mark);
        assertThat(ids(all)).containsExactly(b, c, a);
        assertThat(all.json().get("total").asLong()).isEqualTo(3);
        JsonNode first = all.json().get("items").get(0);
        assertThat(first.get("title").asString()).isEqualTo("行政处罚决定书 " + mark);
        assertThat(first.get("agencyName").asString()).isEqualTo("三门峡市陕州区民政局");
        assertThat(first.get("partyName").asString()).isEqualTo("陕州区夕阳红养老院");
        assertThat(first.get("number").asString()).isEqualTo("湖民罚〔2026〕1号");
        assertThat(first.get("decidedOn").asString()).isEqualTo("2026-03-03");
        assertThat(first.get("publishedOn").asString()).isEqualTo("2026-09-28");
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "title", "agencyName", "partyName",
                "number", "decidedOn", "publishedOn");

        assertThat(ids(search("q=" + Api.q(mark + " 晨光文化")))).containsExactly(a);
        assertThat(ids(search("q=" + Api.q(mark + " 收费培训")))).as("the masked text").containsExactly(c);
        assertThat(ids(search("q=" + mark + "&agencyId=agency-shanzhou"))).containsExactly(b);
        assertThat(ids(search("q=" + mark + "&agencyId=no-such-agency"))).isEmpty();
        assertThat(ids(search("q=" + mark + "&from=2026-03-02&to=2026-03-03"))).containsExactly(b, c);
        assertThat(ids(search("q=" + mark + "&to=2026-03-01"))).containsExactly(a);
        assertThat(ids(search("q=" + mark + "&from=2026-03-04"))).isEmpty();

        Api.Response second = search("q=" + mark + "&size=2&page=1");
        assertThat(ids(second)).containsExactly(a);
        assertThat(second.json().get("total").asLong()).isEqualTo(3);
        assertThat(ids(search("q=" + mark + "&size=2&page=5"))).isEmpty();
    }

    @Test
    void refusesBadDatesSizesAndPagesWithProblemDetailsInChinese() {
        for (String[] bad : new String[][] { { "from=2026-13-01", "from" }, { "to=yesterday", "to" },
                { "from=2026-03-02&to=2026-03-01", "to" }, { "size=101", "size" }, { "size=0", "size" },
                { "page=-1", "page" }, { "page=abc", "page" }, { "size=1e9", "size" },
                { "q=" + Api.q("字".repeat(101)), "q" } }) {
            Api.Response r = search(bad[0]);
            assertThat(r.status()).as(bad[0] + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text("detail")).as(bad[0]).containsPattern("\\p{IsHan}");
            assertThat(r.json().get("errors").get(0).get("field").asString()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(r.json().get("errors").get(0).get("message").asString()).as(bad[0])
                    .containsPattern("\\p{IsHan}");
        }
        assertThat(search("size=100&page=0").status()).isEqualTo(200);
        assertThat(api.download("/api/public/decisions.csv?from=2026-02-30", null).status()).isEqualTo(400);
        assertThat(api.download("/api/public/decisions.atom?to=x", null).status()).isEqualTo(400);
    }

    @Test
    void aDecisionShowsItsMaskedTextAndCorrectionsNeverTheOriginal() {
        String id = rows.row().set("title", "行政处罚决定书 " + mark).set("act_type", "ADMINISTRATIVE_PENALTY")
                .publish();
        Api.Response r = api.get("/api/public/decisions/" + id, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.text("text")).isEqualTo("公示文本：证人张某，电话***********。");
        assertThat(r.text("actType")).isEqualTo("ADMINISTRATIVE_PENALTY");
        assertThat(r.text("decisionType")).isEqualTo("PENALTY");
        assertThat(r.json().get("revision").asInt()).isZero();
        assertThat(r.json().get("corrections")).isEmpty();
        for (String field : List.of("id", "title", "agencyName", "partyName", "number", "decidedOn", "publishedOn")) {
            assertThat(r.json().has(field)).as(field).isTrue();
        }
        assertThat(r.body()).doesNotContain(PublicationRows.ORIGINAL_MARK, "13812345678", "张三", "hubin.officer1");

        rows.correct(id, "更正后的公示文本：罚款人民币叁万元。", "原公示的罚款金额有误，予以更正。");
        Api.Response corrected = api.get("/api/public/decisions/" + id, null);
        assertThat(corrected.text("text")).isEqualTo("更正后的公示文本：罚款人民币叁万元。");
        assertThat(corrected.json().get("revision").asInt()).isEqualTo(1);
        assertThat(corrected.json().get("corrections").get(0).get("note").asString())
                .isEqualTo("原公示的罚款金额有误，予以更正。");
        assertThat(corrected.body()).doesNotContain(PublicationRows.ORIGINAL_MARK);
        assertThat(ids(search("q=" + Api.q(mark + " 叁万元")))).as("the index follows a correction")
                .containsExactly(id);
        assertThat(ids(search("q=" + Api.q(mark + " 公示文本：证人")))).isEmpty();
    }

    @Test
    void aWithdrawnOrExpiredDecisionAnswers410WithItsReasonAndAnUnreleasedOneIsNotFound() {
        String id = rows.row().set("title", mark).publish();
        assertThat(ids(search("q=" + mark))).containsExactly(id);

        rows.change(id, "WITHDRAWN", "该处罚决定已被复议机关撤销。", LocalDate.parse("2026-10-12"), true);
        Api.Response withdrawn = api.get("/api/public/decisions/" + id, null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(410);
        assertThat(withdrawn.contentType()).startsWith("application/problem+json");
        assertThat(withdrawn.text("type")).endsWith("/withdrawn");
        assertThat(withdrawn.text("detail")).contains("该处罚决定已被复议机关撤销。", "2026-10-12");
        assertThat(withdrawn.text("reason")).isEqualTo("该处罚决定已被复议机关撤销。");
        assertThat(withdrawn.body()).doesNotContain("公示文本", "晨光");
        assertThat(ids(search("q=" + mark))).as("a withdrawn decision leaves the lists").isEmpty();

        String expired = rows.row().set("title", mark).set("status", "EXPIRED").set("reason", "公示期限届满。")
                .publish();
        Api.Response gone = api.get("/api/public/decisions/" + expired, null);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text("type")).endsWith("/expired");
        assertThat(gone.text("detail")).contains("公示期限届满。");

        for (String status : List.of("PENDING", "BLOCKED")) {
            String hidden = rows.row().set("title", mark).set("status", status).publish();
            Api.Response r = api.get("/api/public/decisions/" + hidden, null);
            assertThat(r.status()).as(status).isEqualTo(404);
            assertThat(r.text("detail")).containsPattern("\\p{IsHan}");
            assertThat(r.body()).doesNotContain(mark);
        }
        assertThat(api.get("/api/public/decisions/no-such-decision", null).status()).isEqualTo(404);
        assertThat(api.get("/api/public/decisions/" + "x".repeat(5000), null).status()).isEqualTo(404);
    }

    @Test
    void theCsvIsUtf8WithBomQuotedAndDisarmsFormulas() throws Exception {
        String plain = rows.row().set("title", "行政处罚决定书 " + mark).set("decided_on", LocalDate.parse("2026-05-02"))
                .set("party_name", "某协会，\"晨光\"\n分会").publish();
        String formula = rows.row().set("title", "=HYPERLINK(\"http://x\") " + mark)
                .set("decided_on", LocalDate.parse("2026-05-01")).set("party_name", "+1+2").set("number", "-3")
                .set("agency_name", "@SUM(A1)").publish();
        rows.row().set("title", mark).set("status", "WITHDRAWN").set("reason", "撤销").publish();

        Api.Download csv = api.download("/api/public/decisions.csv?q=" + mark, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).values()).containsExactly("id", "title", "agency", "party", "number", "decidedOn",
                "publishedOn", "url");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).values()).containsExactly(plain, "行政处罚决定书 " + mark, "三门峡市湖滨区民政局",
                "某协会，\"晨光\"\n分会", "湖民罚〔2026〕1号", "2026-05-02", "2026-09-28",
                "http://localhost:" + port + "/portal/decisions/" + plain);
        assertThat(records.get(2).values()).containsExactly(formula, "'=HYPERLINK(\"http://x\") " + mark,
                "'@SUM(A1)", "'+1+2", "'-3", "2026-05-01", "2026-09-28",
                "http://localhost:" + port + "/portal/decisions/" + formula);
        assertThat(text).doesNotContain(PublicationRows.ORIGINAL_MARK);
    }

    @Test
    void theAtomFeedIsAtomOneEntryPerDecisionLatestChangeFirstWithTheMaskedText() throws Exception {
        String older = rows.row().set("title", mark + " 甲").set("masked_text", "正文 <b>甲</b> & \"乙\"")
                .set("public_changed_at", OffsetDateTime.parse("2026-09-28T10:00:00+08:00")).publish();
        String newer = rows.row().set("title", mark + " 乙").set("decided_on", LocalDate.parse("2026-01-01"))
                .set("public_changed_at", OffsetDateTime.parse("2026-09-29T10:00:00+08:00")).publish();
        rows.row().set("title", mark).set("status", "PENDING").publish();

        Api.Download atom = api.download("/api/public/decisions.atom?q=" + mark, null);
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.body()));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(child(root, required)).as(required).isNotNull();
        }
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        Element second = (Element) entries.item(1);
        assertThat(child(first, "id").getTextContent()).endsWith("/portal/decisions/" + newer);
        assertThat(child(first, "updated").getTextContent()).isEqualTo("2026-09-29T10:00:00+08:00");
        assertThat(child(second, "id").getTextContent()).endsWith("/portal/decisions/" + older);
        assertThat(child(second, "content").getAttribute("type")).isEqualTo("text");
        assertThat(child(second, "content").getTextContent()).isEqualTo("正文 <b>甲</b> & \"乙\"");
        assertThat(child(second, "title").getTextContent()).isEqualTo(mark + " 甲");
        assertThat(new String(atom.body(), StandardCharsets.UTF_8)).doesNotContain(PublicationRows.ORIGINAL_MARK);
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) {
                return (Element) list.item(i);
            }
        }
        return null;
    }

    String page(String path) {
        Api.Download d = api.download(path, null);
        assertThat(d.status()).as(path).isEqualTo(200);
        return new String(d.body(), StandardCharsets.UTF_8);
    }

    @Test
    void thePortalSearchesListsAndShowsADecisionAndAWithdrawalNotice() {
        String id = rows.row().set("title", "行政处罚决定书 " + mark).set("masked_text", "当事人超出章程开展培训。")
                .publish();
        String withdrawn = rows.row().set("title", mark).set("status", "WITHDRAWN")
                .set("reason", "原决定已被人民法院判决撤销。").set("withdrawn_on", LocalDate.parse("2026-10-20")).publish();

        String list = page("/portal/decisions?q=" + mark);
        assertThat(list).contains("/portal/decisions/" + id, "行政处罚决定书 " + mark, "共 1 条")
                .doesNotContain(withdrawn);
        assertThat(page("/portal/fragments/decisions?q=" + mark)).contains("/portal/decisions/" + id)
                .doesNotContain("<html");
        assertThat(page("/portal/decisions?q=" + mark + "&from=2026-99-01")).contains("2026-99-01", "YYYY-MM-DD")
                .doesNotContain("/portal/decisions/" + id);
        assertThat(page("/portal/decisions?q=" + mark + "&page=abc")).contains("/portal/decisions/" + id);

        String detail = page("/portal/decisions/" + id);
        assertThat(detail).contains("当事人超出章程开展培训。", "湖民罚〔2026〕1号", "三门峡市湖滨区民政局", "2026-09-25")
                .doesNotContain(PublicationRows.ORIGINAL_MARK);

        Api.Download notice = api.download("/portal/decisions/" + withdrawn, null);
        assertThat(notice.status()).isEqualTo(410);
        assertThat(new String(notice.body(), StandardCharsets.UTF_8)).contains("原决定已被人民法院判决撤销。", "2026-10-20")
                .doesNotContain("公示文本");
        Api.Download english = api.download("/portal/decisions/" + withdrawn + "?lang=en", null);
        assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("withdrawn from publication");
        assertThat(api.download("/portal/decisions/no-such-decision", null).status()).isEqualTo(404);
        String pending = rows.row().set("status", "PENDING").publish();
        assertThat(api.download("/portal/decisions/" + pending, null).status()).isEqualTo(404);

        assertThat(page("/")).contains("href=\"/portal/decisions\"");
    }

    @Test
    void thePortalsPagesMakeNoSessionForTheirVisitors() throws Exception {
        String id = rows.row().set("title", mark).publish();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/", "/portal/decisions?q=" + mark, "/portal/fragments/decisions?q=" + mark,
                "/portal/decisions/" + id)) {
            java.net.http.HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(r.body()).as(path).doesNotContain("_csrf");
        }
        // The sign-in form still carries its token, in a session of its own.
        java.net.http.HttpResponse<String> login = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(login.body()).contains("name=\"_csrf\"");
    }

    @Test
    void thePortalPagesThroughTheResultsKeepingTheSearch() {
        for (int i = 0; i < 21; i++) {
            rows.row().set("title", "决定 " + mark).set("decided_on", LocalDate.parse("2026-01-01").plusDays(i)).publish();
        }
        String first = page("/portal/decisions?q=" + Api.q(mark + " 决定") + "&from=2026-01-01");
        assertThat(first).contains("共 21 条", "第 1 页，共 2 页")
                .contains("href=\"/portal/decisions?page=1&amp;q=" + mark + "%20%E5%86%B3%E5%AE%9A&amp;from=2026-01-01\"")
                .contains("href=\"/api/public/decisions.csv?q=" + mark + "%20%E5%86%B3%E5%AE%9A&amp;from=2026-01-01\"");
        String second = page("/portal/decisions?page=1&q=" + Api.q(mark + " 决定") + "&from=2026-01-01");
        assertThat(second).contains("第 2 页，共 2 页", "href=\"/portal/decisions?page=0&amp;q=")
                .doesNotContain("id=\"nextPage\"");
        assertThat(second.split("class=\"list-group-item list-group-item-action mj-decision\"", -1)).hasSize(2);
    }

    @Test
    void theIndexCatchesUpWithChangesItWasNotToldOf() throws InterruptedException {
        String id = rows.row().set("title", mark).insertQuietly();
        awaitIds("q=" + mark, List.of(id));

        rows.change(id, "WITHDRAWN", "撤销", LocalDate.parse("2026-10-01"), false);
        awaitIds("q=" + mark, List.of());
    }

    @Test
    void aStartBringsTheIndexToWhatTheTablePublishes() {
        String missing = rows.row().set("title", mark).insertQuietly();
        String present = rows.row().set("title", mark).publish();
        transactions.executeWithoutResult(tx -> jdbc.sql(
                "UPDATE publication SET status = 'EXPIRED', reason = 'x', public_changed_at = :t WHERE id = :id")
                .param("t", OffsetDateTime.now().minusDays(30)).param("id", present).update());

        indexing.reconcile();
        assertThat(ids(search("q=" + mark))).containsExactly(missing);
    }

    @Test
    void theOpenApiDescriptionListsThePublicDecisions() {
        Api.Response docs = api.get("/v3/api-docs", null);
        List<String> paths = new ArrayList<>();
        docs.json().get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/public/decisions", "/api/public/decisions/{id}",
                "/api/public/decisions.csv", "/api/public/decisions.atom");
        assertThat(docs.json().get("paths").get("/api/public/decisions").get("get").get("parameters").toString())
                .contains("\"q\"", "\"agencyId\"", "\"from\"", "\"to\"", "\"page\"", "\"size\"");
    }

    void awaitIds(String query, List<String> expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> found = ids(search(query));
        while (!found.equals(expected) && System.nanoTime() < until) {
            Thread.sleep(250);
            found = ids(search(query));
        }
        assertThat(found).as(query.toLowerCase(Locale.ROOT)).isEqualTo(expected);
    }
}
