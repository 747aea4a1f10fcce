package org.mingjing.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clerk's journey through the deadline calculator in a real (headless) browser: pick a start day and a rule,
 * compute, read the deadline that htmx puts on the page without reloading it. Skipped where no Chromium is
 * installed.
 */
@IntegrationTest
class DeadlineCalculatorBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no Chromium on this machine");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915",
                "--lang=zh-CN");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void clerkComputesThePenaltyPublicationDeadlineOnAPhoneWithoutReloadingThePage() {
        browser.get("http://localhost:" + port + "/calendar/deadline");
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.stillTheSamePage = true;");

        WebElement from = browser.findElement(By.id("from"));
        script.executeScript("arguments[0].value = '2024-09-27';", from);
        new Select(browser.findElement(By.id("rule"))).selectByValue("PUBLISH_PENALTY_DECISION");
        browser.findElement(By.id("compute")).click();

        WebElement date = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#deadline-result #deadline-date")));
        assertThat(date.getText()).isEqualTo("2024-10-12");
        assertThat(browser.findElement(By.id("deadline-weekday")).getText()).isEqualTo("星期六");
        assertThat(browser.findElement(By.id("deadline-citation")).getText()).contains("三民〔2019〕73号");
        assertThat(browser.findElement(By.id("deadline-holidays")).getText()).contains("国庆节");
        assertThat(script.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).contains("/calendar/deadline?").contains("from=2024-09-27")
                .contains("rule=PUBLISH_PENALTY_DECISION");
    }

    @Test
    void clerkCountsOwnDaysAndSeesTheProvisionalWarningForAnUnloadedYear() {
        browser.get("http://localhost:" + port + "/calendar/deadline");
        JavascriptExecutor script = (JavascriptExecutor) browser;

        script.executeScript("arguments[0].value = '2026-12-20';", browser.findElement(By.id("from")));
        WebElement days = browser.findElement(By.id("days"));
        days.clear();
        days.sendKeys("20");
        new Select(browser.findElement(By.id("unit"))).selectByValue("WORKING_DAYS");
        browser.findElement(By.id("compute")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("deadline-date"), "2027-01-15"));
        assertThat(browser.findElement(By.id("deadline-provisional")).isDisplayed()).isTrue();
    }
}
