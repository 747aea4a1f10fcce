package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.DiscretionDraft;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterDraft;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalogue's main journey: the head of a county bureau edits a matter of its power list, and a member of the
 * public finds the matter under its new name on the portal, on a phone, with its flow chart and legal basis.
 */
@IntegrationTest
class CatalogueBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Test
    void theHeadEditsAMatterAndThePublicFindsItOnThePortal() {
        String hubin = new Api(port).agencyId("湖滨区民政局");
        String suffix = String.format("%06d", System.nanoTime() % 1_000_000);
        Matter matter = catalogue.createMatter(head(hubin), hubin, draft("T-BROWSER-" + suffix, "社会团体未按规定年检" + suffix));
        catalogue.saveDiscretion(head(hubin), matter.id(), List.of(
                new DiscretionDraft("MINOR", "轻微", List.of(new DiscretionDraft.CircumstanceDraft("C1", "初次违法且及时改正的")),
                        List.of("WARNING"), null, null, null, "首违不罚或者警告"),
                new DiscretionDraft("GENERAL", "一般", List.of(new DiscretionDraft.CircumstanceDraft("C2", "逾期三个月以内未改正的")),
                        List.of("WARNING", "FINE"), "FIXED", new BigDecimal("1000"), new BigDecimal("3000"), "警告并处罚款")),
                "制定裁量基准");
        String newName = "明镜测试社团年检事项" + suffix;

        try (Browser browser = Browser.open(port, false)) {
            browser.go("/login");
            browser.driver().findElement(By.id("username")).sendKeys("hubin.head");
            browser.driver().findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            browser.driver().findElement(By.id("loginButton")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/home"));

            browser.driver().findElement(By.linkText("执法事项")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/catalogue"));
            browser.driver().findElement(By.id("q")).sendKeys(matter.code());
            browser.waiting().until(d -> d.findElement(By.id("matterList")).getText().contains(matter.name())
                    && d.findElements(By.cssSelector("#matterList a")).size() == 1);
            browser.screenshot("catalogue-list-desktop");
            browser.driver().findElement(By.cssSelector("#matterList a")).click();
            browser.waiting().until(ExpectedConditions.urlMatches(".*/catalogue/matters/[0-9a-f-]{36}$"));
            browser.screenshot("catalogue-matter-desktop");

            browser.driver().findElement(By.id("editMatter")).click();
            WebElement name = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
            name.clear();
            name.sendKeys(newName);
            WebElement reason = browser.driver().findElement(By.id("reason"));
            reason.sendKeys("按新修订的条例调整事项名称");
            browser.screenshot("catalogue-edit-desktop");
            reason.sendKeys(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("matterName"), newName));
            assertThat(browser.driver().findElement(By.id("history")).getText())
                    .contains("按新修订的条例调整事项名称", "hubin.head");

            browser.go("/catalogue/matters/" + matter.id() + "/discretion");
            browser.screenshot("catalogue-discretion-form-desktop");
        }

        try (Browser phone = Browser.open(port, true)) {
            phone.go("/portal/agencies/" + hubin);
            phone.screenshot("portal-agency-phone");
            phone.go("/portal/agencies/" + hubin + "/matters");
            phone.driver().findElement(By.id("q")).sendKeys(newName);
            phone.waiting().until(d -> d.findElement(By.id("matterList")).getText().contains(newName));
            assertThat(phone.driver().findElements(By.cssSelector("#matterList a"))).hasSize(1);
            phone.screenshot("portal-search-phone");
            phone.driver().findElement(By.cssSelector("#matterList a")).click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flowChart svg")));
            assertThat(phone.driver().findElement(By.id("matterName")).getText()).isEqualTo(newName);
            assertThat(phone.driver().findElement(By.id("basis")).getText())
                    .contains("《社会团体登记管理条例》第三十条第一款第（一）项");
            assertThat(phone.driver().findElement(By.id("discretion")).getText()).contains("逾期三个月以内未改正的",
                    "1000元至3000元");
            phone.screenshot("portal-matter-phone");
            ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("document.getElementById('discretion').scrollIntoView()");
            phone.screenshot("portal-matter-discretion-phone");
        }
    }

    private static MatterDraft draft(String code, String name) {
        return new MatterDraft(code, "ADMINISTRATIVE_PENALTY", name,
                List.of("《社会团体登记管理条例》第三十条第一款第（一）项", "《社会团体登记管理条例》第二十八条"),
                "对社会团体未按规定参加年度检查的行为立案调查，依法作出处罚决定并送达执行", 90, "CALENDAR_DAYS",
                "PENALTY_DECISION", "不收费", "湖滨区民政局社会组织管理股", "湖滨区民政局",
                "经查实社会团体未按照规定参加年度检查", "",
                List.of("立案", "调查取证", "告知陈述申辩", "法制审核", "作出决定", "送达", "执行"),
                List.of("WARNING", "FINE", "REVOCATION"),
                List.of(new MatterDraft.FineBoundDraft("FIXED", new BigDecimal("1000"), new BigDecimal("5000"))),
                List.of("ON_SITE_ENFORCEMENT", "INVESTIGATION", "HEARING"), null, null);
    }

    private static Caller head(String agencyId) {
        return new Caller() {
            public String username() {
                return "hubin.head";
            }

            public String displayName() {
                return "hubin.head";
            }

            public String agencyId() {
                return agencyId;
            }

            public Optional<String> officerId() {
                return Optional.empty();
            }

            public Set<Role> roles() {
                return Set.of(Role.HEAD);
            }
        };
    }
}
