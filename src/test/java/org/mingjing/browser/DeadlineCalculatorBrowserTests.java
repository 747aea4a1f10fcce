package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk on a phone computes deadlines: picks a start day and a rule or a number of days, and reads the deadline
 * htmx puts on the page without reloading it; then looks the month up in the calendar.
 */
@IntegrationTest
class DeadlineCalculatorBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void clerkComputesThePenaltyPublicationDeadlineWithoutReloadingThePage() {
        try (Browser browser = Browser.open(port, true)) {
            browser.go("/calendar/deadline");
            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            script.executeScript("window.stillTheSamePage = true;");

            script.executeScript("arguments[0].value = '2024-09-27';", browser.driver().findElement(By.id("from")));
            new Select(browser.driver().findElement(By.id("rule"))).selectByValue("PUBLISH_PENALTY_DECISION");
            browser.driver().findElement(By.id("compute")).click();

            WebElement date = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#deadline-result #deadline-date")));
            assertThat(date.getText()).isEqualTo("2024-10-12");
            assertThat(browser.driver().findElement(By.id("deadline-weekday")).getText()).isEqualTo("星期六");
            assertThat(browser.driver().findElement(By.id("deadline-citation")).getText()).contains("三民〔2019〕73号");
            assertThat(browser.driver().findElement(By.id("deadline-holidays")).getText()).contains("国庆节");
            assertThat(script.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
            assertThat(browser.driver().getCurrentUrl()).contains("/calendar/deadline?", "from=2024-09-27",
                    "rule=PUBLISH_PENALTY_DECISION");
            browser.screenshot("deadline-phone");
        }
    }

    @Test
    void clerkCountsOwnDaysAndIsWarnedThatAnUnloadedYearMakesTheDeadlineProvisional() {
        try (Browser browser = Browser.open(port, true)) {
            browser.go("/calendar/deadline");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-12-20';",
                    browser.driver().findElement(By.id("from")));
            WebElement days = browser.driver().findElement(By.id("days"));
            days.clear();
            days.sendKeys("20");
            new Select(browser.driver().findElement(By.id("unit"))).selectByValue("WORKING_DAYS");
            browser.driver().findElement(By.id("compute")).click();

            browser.waiting().until(ExpectedConditions.textToBe(By.id("deadline-date"), "2027-01-15"));
            assertThat(browser.driver().findElement(By.id("deadline-provisional")).isDisplayed()).isTrue();
        }
    }

    @Test
    void publicReadsTheNationalDayMonthAndMovesToTheNextMonth() {
        try (Browser browser = Browser.open(port, true)) {
            browser.go("/calendar?month=2024-10");
            assertThat(browser.driver().findElement(By.cssSelector("td[data-date='2024-10-01']")).getText())
                    .contains("国庆节");
            assertThat(browser.driver().findElement(By.cssSelector("td[data-date='2024-10-12']")).getText())
                    .contains("班");
            browser.screenshot("calendar-phone");

            browser.driver().findElement(By.id("next-month")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("month-title"), "2024年11月"));
        }
    }
}
