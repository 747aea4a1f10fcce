package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The full-process record as people see it: the officer's case page lists the record with each entry's hash and
 * verifies it with one button (on a phone); the auditor verifies the whole log and watches the progress bar; the
 * public reads the signed checkpoints on the portal.
 */
@IntegrationTest
class LedgerBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theCasePageShowsTheRecordAndVerifiesIt() {
        Api api = new Api(port);
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        String caseId = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展活动。", "occurredOn": "2026-10-01", "filedOn": "2026-10-08",
                 "place": "湖滨区", "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区某协会",
                 "creditCode": "51411202MJ1234567M"}], "officerIds": ["%s", "%s"]}""".formatted(o1, o2)).text("id");
        api.post("/api/cases/" + caseId + "/records", "hubin.officer1", """
                {"kind": "ON_SITE_INSPECTION", "occurredOn": "2026-10-09", "officerIds": ["%s", "%s"],
                 "certificateShown": true, "content": "现场检查协会培训场所。"}""".formatted(o1, o2));
        try (Browser phone = Browser.open(port, true)) {
            phone.signIn("hubin.officer1");
            phone.go("/cases/" + caseId);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("record")));
            assertThat(phone.driver().findElements(By.cssSelector("#record .mj-hash"))).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(h -> assertThat(h.getAttribute("title")).hasSize(64));
            var verify = phone.driver().findElement(By.id("verifyRecord"));
            ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", verify);
            phone.waiting().until(ExpectedConditions.visibilityOf(verify));
            ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript("arguments[0].click()", verify);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recordValid")));
            assertThat(phone.driver().findElement(By.id("recordValid")).getText()).contains("核验通过");
            ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("document.getElementById('record').scrollIntoView()");
            phone.screenshot("case-record-verified-phone");
        }
    }

    @Test
    void theAuditorVerifiesTheWholeLogWithAProgressBarAndThePublicReadsTheCheckpoints() {
        new Api(port).get("/api/ledger/checkpoint", "hubin.officer1");
        try (Browser desk = Browser.open(port, false)) {
            desk.signIn("auditor");
            desk.go("/ledger");
            desk.driver().findElement(By.id("verifyLog")).click();
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verificationOutcome")));
            assertThat(desk.driver().findElement(By.id("verificationOutcome")).getText()).contains("核验通过");
            assertThat(desk.driver().findElement(By.cssSelector("#progress .progress-bar")).getText()).isEqualTo("100%");
            desk.screenshot("ledger-verified");
        }
        try (Browser visitor = Browser.open(port, true)) {
            visitor.go("/");
            // The portal's home holds more cards now: bring this one into view before a phone's finger reaches it
            // (at once: Bootstrap scrolls smoothly, and a click during the scroll lands on whatever passes under it).
            org.openqa.selenium.WebElement card = visitor.driver().findElement(By.id("ledgerCard"));
            ((org.openqa.selenium.JavascriptExecutor) visitor.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", card);
            card.click();
            visitor.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoints")));
            assertThat(visitor.driver().findElements(By.cssSelector("#checkpoints tbody tr"))).isNotEmpty();
            assertThat(visitor.driver().findElement(By.id("keyFingerprint")).getText()).hasSize(64);
            visitor.screenshot("portal-ledger-phone");
        }
    }
}
