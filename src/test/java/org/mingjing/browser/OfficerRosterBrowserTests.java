package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member of the public reads the officer roster and checks a certificate, as after scanning its QR code. */
@IntegrationTest
class OfficerRosterBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void thePublicFindsAnOfficerOnTheRosterAndChecksTheCertificate() {
        try (Browser browser = Browser.open(port, true)) {
            browser.go("/");
            browser.screenshot("portal-phone");
            browser.go("/portal/officers");
            new Select(browser.driver().findElement(By.id("rosterAgency"))).selectByVisibleText("湖滨区民政局");
            browser.waiting().until(ExpectedConditions.urlContains("agencyId="));
            String roster = browser.driver().findElement(By.id("roster")).getText();
            assertThat(roster).contains("王建国", "刘洋", "陈静").doesNotContain("周杰");
            assertThat(roster).doesNotContain("139");
            browser.screenshot("roster-phone");

            WebElement certificate = browser.driver().findElement(By.linkText(
                    browser.driver().findElement(By.xpath("//tr[td[text()='王建国']]/td[3]/a")).getText()));
            certificate.click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
            String result = browser.driver().findElement(By.id("verification")).getText();
            assertThat(result).contains("证件有效", "王建国", "湖滨区民政局");
        }
    }

    @Test
    void anUnknownCertificateIsReportedAsNotValid() {
        try (Browser browser = Browser.open(port, false)) {
            browser.go("/portal/verify");
            browser.driver().findElement(By.id("verifyNumber")).sendKeys("FAKE-123456");
            browser.driver().findElement(By.id("verifyButton")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
            assertThat(browser.driver().findElement(By.id("verification")).getText()).contains("证件无效", "未查到");
        }
    }

    @Test
    void staffSearchTheOfficersAndOpenOneWithItsQrCode() {
        try (Browser browser = Browser.open(port, false)) {
            browser.go("/login");
            browser.driver().findElement(By.id("username")).sendKeys("sysadmin");
            browser.driver().findElement(By.id("password")).sendKeys("Demo@2026");
            browser.driver().findElement(By.id("loginButton")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/home"));
            browser.go("/officers");
            browser.driver().findElement(By.id("q")).sendKeys("周杰");
            // htmx swaps the list after each keystroke: an element read between two swaps goes stale, so read it
            // again rather than fail
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                String list = d.findElement(By.id("officerList")).getText();
                return list.contains("灵宝市民政局") && list.contains("周杰") && !list.contains("王建国");
            });
            browser.screenshot("officers-search");
            // the list may still be settling after the typing: open the officer searched for, not whoever is first
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(By.partialLinkText("周杰")).click();
                return true;
            });
            browser.waiting().until(ExpectedConditions.urlMatches(".*/officers/[0-9a-f-]{36}$"));
            WebElement qr = browser.driver().findElement(By.cssSelector(".mj-qr img"));
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return arguments[0].naturalWidth", qr)).intValue()).isPositive();
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("周杰", "身份证号");
        }
    }
}
