package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in journey of an officer on a phone: a wrong password is refused, the right one opens the workbench. */
@IntegrationTest
class LoginBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anOfficerSignsInOnAPhoneAndSeesTheWorkbench() {
        try (Browser browser = Browser.open(port, true)) {
            browser.go("/login");
            assertThat(browser.driver().getTitle()).isEqualTo("登录");
            browser.driver().findElement(By.id("username")).sendKeys("hubin.officer3");
            browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver().findElement(By.id("loginButton")).click();
            assertThat(browser.driver().findElement(By.id("loginError")).getText()).contains("用户名或密码错误");

            browser.driver().findElement(By.id("username")).sendKeys("hubin.officer3");
            browser.driver().findElement(By.id("password")).sendKeys("Demo@2026");
            browser.driver().findElement(By.id("loginButton")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/home"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("陈静");
            // The to-do list is the officer's own: other tests may have put hubin.officer3 on cases by now.
            assertThat(browser.driver().findElement(By.id("todo")).isDisplayed()).isTrue();
            browser.screenshot("home-phone");
        }
    }

    @Test
    void theHeadSeesStaffingAndCertificateWarningsAndSignsOut() {
        try (Browser browser = Browser.open(port, false)) {
            browser.go("/login");
            browser.driver().findElement(By.id("username")).sendKeys("city.supervisor");
            browser.driver().findElement(By.id("password")).sendKeys("Demo@2026");
            browser.driver().findElement(By.id("loginButton")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/home"));
            String warnings = browser.driver().findElement(By.id("warnings")).getText();
            assertThat(warnings).contains("卢氏县民政局法制审核人员 0 人").contains("黄敏");
            browser.screenshot("home-supervisor");
            browser.driver().findElement(By.id("userMenu")).click();
            browser.driver().findElement(By.id("logoutButton")).click();
            browser.waiting().until(ExpectedConditions.urlContains("loggedOut"));
            browser.go("/home");
            browser.waiting().until(ExpectedConditions.urlContains("/login"));
        }
    }
}
