package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annual report's course in the browser (统计年报, seed §二(一)6): an officer drafts 湖滨's report of 2022 from the
 * statistics page, is told to write the agency's own paragraph before submitting, writes it and submits; the reviewer
 * on a phone returns it without a note and is told a note is needed, then passes it; the head approves it; anyone
 * reads it on the portal; the city sees it published among its counties.
 */
@IntegrationTest
class AnnualReportBrowserTests {

    static final String YEAR = "2022";

    @LocalServerPort
    int port;

    static String status(Browser b) {
        return b.driver().findElement(By.id("reportStatus")).getAttribute("data-status");
    }

    @Test
    void aReportIsDraftedReviewedApprovedAndReadOnThePortal() {
        String reportPath;
        try (Browser desk = Browser.open(port, false)) {
            desk.signIn("hubin.officer1");
            desk.go("/statistics?year=" + YEAR);
            assertThat(desk.driver().findElement(By.id("annualReportStatus")).getText()).isEqualTo("未起草");
            desk.click("draftReport");
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reportStatus")));
            reportPath = desk.driver().getCurrentUrl().substring(desk.driver().getCurrentUrl().indexOf("/statistics/"));
            assertThat(status(desk)).isEqualTo("DRAFT");
            assertThat(desk.driver().findElement(By.id("flash")).getText()).contains("已按统计数据起草");
            WebElement narrative = desk.driver().findElement(By.id("narrative"));
            String drafted = narrative.getAttribute("value");
            assertThat(drafted).contains(YEAR + "年度共立案", "【待补充】");
            desk.screenshot("annual-report-draft");

            desk.click("submitReport");
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("formError")));
            assertThat(desk.driver().findElement(By.id("formError")).getText()).contains("【待补充】");
            assertThat(status(desk)).isEqualTo("DRAFT");

            narrative = desk.driver().findElement(By.id("narrative"));
            narrative.clear();
            narrative.sendKeys(drafted.replaceAll("【待补充】.*", "本年度我局依法查处违法社会组织，执法工作总体平稳。"));
            desk.click("submitReport");
            desk.waiting().until(ExpectedConditions.attributeToBe(By.id("reportStatus"), "data-status", "SUBMITTED"));
            assertThat(desk.driver().findElement(By.id("narrativeText")).getText()).contains("执法工作总体平稳");
            assertThat(desk.driver().findElements(By.id("narrativeForm"))).isEmpty();
        }

        try (Browser phone = Browser.open(port, true)) {
            phone.signIn("hubin.reviewer");
            phone.go(reportPath);
            phone.click("returnReport");
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("formError")));
            assertThat(phone.driver().findElement(By.id("formError")).getText()).contains("退回理由");
            assertThat(status(phone)).isEqualTo("SUBMITTED");
            phone.screenshot("annual-report-review-phone");
            phone.driver().findElement(By.id("note")).sendKeys("数据已与案件台账核对");
            phone.click("passReport");
            phone.waiting().until(ExpectedConditions.attributeToBe(By.id("reportStatus"), "data-status", "REVIEWED"));
            assertThat(phone.driver().findElements(By.id("reviewForm"))).isEmpty();
        }

        try (Browser head = Browser.open(port, false)) {
            head.signIn("hubin.head");
            head.go(reportPath);
            assertThat(head.driver().findElement(By.id("passReport")).getText()).isEqualTo("批准并公开");
            head.click("passReport");
            head.waiting().until(ExpectedConditions.attributeToBe(By.id("reportStatus"), "data-status", "PUBLISHED"));
            assertThat(head.driver().findElement(By.id("reportHistory")).getText()).contains("起草", "提交审核",
                    "审核通过", "批准并公开");
            assertThat(head.driver().findElement(By.id("reportVerification")).getText()).contains("一致");
            head.screenshot("annual-report-published");
        }

        try (Browser visitor = Browser.open(port, true)) {
            visitor.go("/portal/annual-reports");
            WebElement link = visitor.driver().findElements(By.cssSelector("#publishedReports .mj-report-link"))
                    .stream().filter(e -> e.getText().contains("湖滨区民政局" + YEAR + "年度")).findFirst().orElseThrow();
            link.click();
            visitor.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reportNarrative")));
            assertThat(visitor.driver().findElement(By.id("reportNarrative")).getText()).contains("执法工作总体平稳");
            assertThat(visitor.driver().findElement(By.id("reportTable")).getText()).contains("持证率");
            assertThat(visitor.driver().findElement(By.id("reportPdf")).getAttribute("href")).contains("/pdf");
            visitor.screenshot("annual-report-portal-phone");
        }

        try (Browser city = Browser.open(port, false)) {
            city.signIn("city.supervisor");
            city.go("/statistics?year=" + YEAR);
            String hubinRow = city.driver().findElements(By.cssSelector("#standingsTable tbody tr")).stream()
                    .filter(r -> r.getText().contains("湖滨区民政局")).findFirst().orElseThrow()
                    .getAttribute("data-status");
            assertThat(hubinRow).isEqualTo("PUBLISHED");
            assertThat(city.driver().findElements(By.id("draftReport"))).isEmpty();
        }
    }
}
