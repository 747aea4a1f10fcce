package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.statistics.StatisticsCases;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annual report as its readers see it: the city supervisor compares the counties side by side with their total
 * and a stacked chart, then opens one county's report with its chart and files; a head on a phone reads their own.
 */
@IntegrationTest
class StatisticsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theCityComparesItsCountiesAndOpensOnesReport() {
        Api api = new Api(port);
        new StatisticsCases(api).warningAndFine();
        String hubinTotal = api.get("/api/statistics/annual-report?year=2026", "hubin.head").json().get("penalties")
                .get("total").asString();
        try (Browser desk = Browser.open(port, false)) {
            desk.signIn("city.supervisor");
            desk.go("/statistics?year=2026");
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#compareChart[data-chart-ready] canvas")));
            assertThat(desk.driver().findElement(By.cssSelector("#penaltyChart[data-chart-ready] canvas"))
                    .isDisplayed()).isTrue();
            List<String> columns = desk.driver().findElements(By.cssSelector("#compareTable thead th")).stream()
                    .map(WebElement::getText).toList();
            assertThat(columns).contains("湖滨区民政局", "灵宝市民政局", "合计");
            assertThat(desk.driver().findElement(By.id("reportTitle")).getText()).contains("2026年度行政执法数据统计");
            ((org.openqa.selenium.JavascriptExecutor) desk.driver()).executeScript(
                    "document.getElementById('comparison').scrollIntoView({behavior: 'instant'})");
            desk.screenshot("statistics-city-comparison");
            ((org.openqa.selenium.JavascriptExecutor) desk.driver()).executeScript(
                    "window.scrollTo({top: 0, behavior: 'instant'})");

            new Select(desk.driver().findElement(By.id("agencyId"))).selectByVisibleText("湖滨区民政局");
            desk.driver().findElement(By.id("showReport")).click();
            desk.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportTitle"),
                    "湖滨区民政局"));
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#penaltyChart[data-chart-ready] canvas")));
            assertThat(desk.driver().findElements(By.id("comparison"))).isEmpty();
            String row = desk.driver().findElements(By.cssSelector("#reportTable tbody tr")).stream()
                    .map(WebElement::getText).filter(t -> t.contains("行政处罚决定合计")).findFirst().orElseThrow();
            assertThat(row).endsWith(hubinTotal);
            assertThat(desk.driver().findElement(By.id("downloadPdf")).getAttribute("href")).contains("format=pdf");
            desk.screenshot("statistics-county-report");
        }
    }

    @Test
    void aHeadReadsTheirOwnReportOnAPhoneAndABadYearIsExplained() {
        try (Browser phone = Browser.open(port, true)) {
            phone.signIn("hubin.head");
            phone.go("/statistics?year=abc");
            assertThat(phone.driver().findElement(By.id("filterError")).getText()).contains("年度");
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#penaltyChart[data-chart-ready] canvas")));
            assertThat(phone.driver().findElements(By.id("comparison"))).isEmpty();
            assertThat(phone.driver().findElement(By.id("reportTable")).getText()).contains("罚没金额（元）", "持证率");
            // The warnings of the API, most severe first, as many as the page shows (other tests' cases add theirs).
            tools.jackson.databind.JsonNode api = new Api(port).get("/api/statistics/warnings", "hubin.head").json();
            assertThat(api.size()).isPositive();
            List<WebElement> shown = phone.driver().findElements(By.cssSelector("#earlyWarnings .mj-warning"));
            assertThat(shown).hasSize(Math.min(api.size(), 50));
            assertThat(shown.get(0).getAttribute("data-code")).isEqualTo(api.get(0).get("code").asString());
            assertThat(shown.get(0).getAttribute("data-severity")).isEqualTo(api.get(0).get("severity").asString());
            assertThat(phone.driver().findElement(By.id("earlyWarnings")).getText()).contains("共 " + api.size() + " 条");
            phone.screenshot("statistics-head-phone");
            ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript(
                    "document.getElementById('earlyWarnings').scrollIntoView({behavior: 'instant'})");
            phone.screenshot("statistics-warnings-phone");
        }
    }
}
