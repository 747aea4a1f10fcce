package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Supervision of retrievals: the city's supervisor opens a case of a county bureau, first without a reason, then
 * gives one on the case page; on the supervision page, reached from the navigation, both openings are listed, the
 * one without a reason highlighted and explained, and the filters narrow the list.
 */
@IntegrationTest
class RetrievalSupervisionBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aSupervisorGivesAReasonOnTheCasePageAndFindsTheFlaggedOpeningOnTheSupervisionPage() {
        Api api = new Api(port);
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准擅自兴建骨灰堂。", "occurredOn": "2026-10-01", "filedOn": "2026-10-05",
                 "place": "湖滨区会兴街道", "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "张某", "idNumber": "411202198503150017"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String caseId = filed.text("id");
        String number = filed.text("number");

        try (Browser browser = Browser.open(port, false)) {
            try {
                browser.go("/login");
                browser.driver().findElement(By.id("username")).sendKeys("city.supervisor");
                browser.driver().findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
                browser.driver().findElement(By.id("loginButton")).click();
                browser.waiting().until(ExpectedConditions.urlContains("/home"));

                browser.go("/cases/" + caseId);
                WebElement form = browser.driver().findElement(By.id("retrievalReason"));
                assertThat(form.isDisplayed()).isTrue();
                browser.driver().findElement(By.id("reason")).sendKeys("年度执法案卷评查");
                browser.driver().findElement(By.id("reasonButton")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reasonState"),
                        "年度执法案卷评查"));
                assertThat(browser.driver().findElement(By.cssSelector("#documents a")).getAttribute("href"))
                        .contains("reason=");
                browser.screenshot("case-reason-desk");

                browser.driver().findElement(By.id("navRetrievals")).click();
                browser.waiting().until(ExpectedConditions.urlContains("/supervision/retrievals"));
                assertThat(browser.driver().getTitle()).isEqualTo("调阅监督");
                browser.driver().findElement(By.id("f-caseId")).sendKeys(caseId);
                browser.driver().findElement(By.id("filterButton")).click();
                browser.waiting().until(ExpectedConditions.urlContains("caseId=" + caseId));

                List<WebElement> rows = browser.driver().findElements(By.cssSelector("#retrievalTable tr[data-retrieval]"));
                assertThat(rows).hasSize(2);
                assertThat(browser.driver().findElement(By.id("retrievalTotal")).getText()).contains("2");
                // Newest first: the opening with the reason, then the one without.
                assertThat(rows.get(0).getText()).contains("年度执法案卷评查").contains(number).contains("李振华");
                WebElement withoutReason = rows.get(1);
                assertThat(withoutReason.getAttribute("class")).contains("mj-flagged");
                assertThat(withoutReason.getAttribute("data-flags")).contains("NO_REASON");
                assertThat(withoutReason.findElement(By.cssSelector("[data-flag=NO_REASON]")).getText())
                        .contains("未说明理由");
                browser.screenshot("retrievals-desk");

                new Select(browser.driver().findElement(By.id("f-flagged"))).selectByValue("true");
                browser.driver().findElement(By.id("filterButton")).click();
                browser.waiting().until(ExpectedConditions.urlContains("flagged=true"));
                List<WebElement> flagged = browser.driver()
                        .findElements(By.cssSelector("#retrievalTable tr[data-retrieval]"));
                assertThat(flagged).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("class")).contains("mj-flagged"));
                assertThat(flagged).anySatisfy(r -> assertThat(r.getAttribute("data-flags")).contains("NO_REASON"));

                browser.driver().findElement(By.id("f-username")).sendKeys("hubin.officer1");
                browser.driver().findElement(By.id("filterButton")).click();
                browser.waiting().until(ExpectedConditions.urlContains("username=hubin.officer1"));
                assertThat(browser.driver().findElements(By.cssSelector("#retrievalTable tr[data-retrieval]")))
                        .isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("retrievals-failed");
                throw e;
            }
        }
    }
}
