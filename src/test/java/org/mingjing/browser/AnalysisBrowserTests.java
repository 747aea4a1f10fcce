package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.statistics.StatisticsCases;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The analysis dashboard as its readers see it: the city supervisor comes from the statistics page, sees every chart
 * drawn, narrows it to one county, one month and one matter and sees the charts and totals follow (as the API counts
 * them), with each chart's CSV link on the same filters; a head reads their own on a phone, and a bad date is
 * explained rather than failing the page.
 */
@IntegrationTest
class AnalysisBrowserTests {

    static final int CHARTS = 12;

    @LocalServerPort
    int port;

    static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver()).executeScript(script);
    }

    void allChartsDrawn(Browser b) {
        b.waiting().until(d -> d.findElements(By.cssSelector("[data-analysis][data-chart-ready] canvas")).size()
                == CHARTS);
    }

    @Test
    void theCityNarrowsTheDashboardAndTheChartsFollow() {
        Api api = new Api(port);
        new StatisticsCases(api).warningAndFine(); // filed 2026-03-05 by 湖滨, decided 2026-03-20
        String hubin = api.get("/api/me", "hubin.head").text("agencyId");
        try (Browser desk = Browser.open(port, false)) {
            desk.signIn("city.supervisor");
            desk.go("/statistics");
            desk.driver().findElement(By.id("analysisLink")).click();
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("analysisFilters")));
            allChartsDrawn(desk);
            assertThat(desk.driver().findElements(By.cssSelector("a.mj-csv"))).hasSize(CHARTS);
            assertThat(desk.driver().findElement(By.id("analysisTitle")).getText()).contains("三门峡市民政局");
            desk.screenshot("analysis-city-desk");

            new Select(desk.driver().findElement(By.id("agencyId"))).selectByVisibleText("湖滨区民政局");
            js(desk, "document.getElementById('from').value = '2026-03-01';"
                    + "document.getElementById('to').value = '2026-03-31';");
            new Select(desk.driver().findElement(By.id("matterCode"))).selectByValue("MZ-CF-SHTT-30");
            desk.driver().findElement(By.id("showAnalysis")).click();
            desk.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("analysisPeriod"),
                    "2026-03-01"));
            allChartsDrawn(desk);

            JsonNode expected = api.get("/api/statistics/analysis?agencyId=" + hubin
                    + "&from=2026-03-01&to=2026-03-31&matterCode=MZ-CF-SHTT-30", "city.supervisor").json();
            long filed = expected.get("totals").get("filed").asLong();
            assertThat(filed).isPositive();
            assertThat(desk.driver().findElement(By.id("totalFiled")).getText()).isEqualTo(String.valueOf(filed));
            assertThat(desk.driver().findElement(By.id("analysisTitle")).getText()).contains("湖滨区民政局",
                    "对社会团体违反登记管理规定行为的行政处罚");
            // The monthly chart now has one month, March, holding the API's count.
            @SuppressWarnings("unchecked")
            List<Object> months = (List<Object>) js(desk, "return echarts.getInstanceByDom("
                    + "document.getElementById('chartMonths')).getOption().xAxis[0].data;");
            assertThat(months).containsExactly("2026-03");
            Object marchFiled = js(desk, "return echarts.getInstanceByDom(document.getElementById('chartMonths'))"
                    + ".getOption().series[0].data[0];");
            assertThat(((Number) marchFiled).longValue()).isEqualTo(filed);
            @SuppressWarnings("unchecked")
            List<Object> matters = (List<Object>) js(desk, "return echarts.getInstanceByDom("
                    + "document.getElementById('chartMatters')).getOption().yAxis[0].data;");
            assertThat(matters).containsExactly("对社会团体违反登记管理规定行为的行政处罚");

            String csv = desk.driver().findElement(By.cssSelector("#chartMonthsPanel a.mj-csv")).getAttribute("href");
            assertThat(csv).contains("agencyId=" + hubin, "from=2026-03-01", "to=2026-03-31",
                    "matterCode=MZ-CF-SHTT-30", "format=csv", "chart=months");
            // The table under the chart holds the same numbers for those without a chart.
            WebElement summary = desk.driver().findElement(By.cssSelector("#chartMonthsPanel details summary"));
            ((JavascriptExecutor) desk.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary);
            summary.click();
            assertThat(desk.driver().findElement(By.id("chartMonthsTable")).getText()).contains("2026-03 " + filed);
            js(desk, "document.getElementById('chartWeekdayHoursPanel').scrollIntoView({behavior: 'instant'})");
            desk.screenshot("analysis-county-filtered-desk");
        }
    }

    @Test
    void aHeadReadsTheirOwnOnAPhoneAndABadDateIsExplained() {
        new StatisticsCases(new Api(port)).warningAndFine();
        try (Browser phone = Browser.open(port, true)) {
            phone.signIn("hubin.head");
            phone.go("/statistics/analysis?from=2026-02-30");
            assertThat(phone.driver().findElement(By.id("filterError")).getText()).contains("日期");
            allChartsDrawn(phone);
            assertThat(phone.driver().findElement(By.id("analysisTitle")).getText()).contains("湖滨区民政局");
            // Nothing is wider than the phone's screen.
            Object overflow = js(phone, "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
            for (WebElement chart : phone.driver().findElements(By.cssSelector("[data-analysis]"))) {
                assertThat(chart.getSize().getWidth()).isLessThanOrEqualTo(412);
            }
            phone.screenshot("analysis-head-phone");
            js(phone, "document.getElementById('chartWeekdayHoursPanel').scrollIntoView({behavior: 'instant'})");
            phone.screenshot("analysis-head-phone-heatmap");
            js(phone, "document.getElementById('chartPublicationsPanel').scrollIntoView({behavior: 'instant'})");
            phone.screenshot("analysis-head-phone-publications");
        }
    }
}
