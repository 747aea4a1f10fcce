package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A random draw in the browser (双随机一公开, LAW.md §6): an officer of 湖滨 plans an inspection of the private
 * non-enterprise units, publishes the commitment and draws; anyone on a phone opens the public record and the page,
 * re-running the draw in the browser, says it matches; the same page's function says a tampered record does not; the
 * head records a result on a phone.
 */
@IntegrationTest
class InspectionDrawBrowserTests {

    @LocalServerPort
    int port;

    static String result(Browser b) {
        b.waiting().until(d -> !"checking".equals(d.findElement(By.id("drawVerification")).getAttribute("data-result")));
        return b.driver().findElement(By.id("drawVerification")).getAttribute("data-result");
    }

    @Test
    void aPlanIsCommittedDrawnAndVerifiedInTheVisitorsBrowser() {
        String publicPath;
        try (Browser desk = Browser.open(port, false)) {
            desk.signIn("hubin.officer1");
            desk.click("navInspection");
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("planForm")));
            new Select(desk.driver().findElement(By.id("itemCode"))).selectByValue("MZ-JC-003");
            new Select(desk.driver().findElement(By.id("subjectType"))).selectByValue("PRIVATE_NON_ENTERPRISE");
            desk.driver().findElement(By.id("ratioPercent")).clear();
            desk.driver().findElement(By.id("ratioPercent")).sendKeys("30");
            desk.screenshot("inspection-plans");
            desk.click("createPlan");
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("planStatus")));
            assertThat(desk.driver().findElement(By.id("planStatus")).getAttribute("data-status")).isEqualTo("PLANNED");
            desk.click("addRecusal");
            desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
            desk.click("commitPlan");
            desk.waiting().until(ExpectedConditions.attributeToBe(By.id("planStatus"), "data-status", "COMMITTED"));
            String commitment = desk.driver().findElement(By.id("planCommitment")).getText();
            assertThat(commitment).matches("[0-9a-f]{64}");
            assertThat(desk.driver().findElements(By.id("planSeed"))).isEmpty();
            // Before the draw the public page shows the commitment and says the seed is yet to come.
            String planPath = desk.driver().getCurrentUrl();
            desk.driver().get(desk.driver().findElement(By.id("publicRecordLink")).getAttribute("href"));
            assertThat(result(desk)).isEqualTo("pending");
            assertThat(desk.driver().findElement(By.id("drawCommitment")).getText()).isEqualTo(commitment);
            desk.screenshot("inspection-draw-portal-pending");
            desk.driver().get(planPath);
            desk.click("drawPlan");
            desk.waiting().until(ExpectedConditions.attributeToBe(By.id("planStatus"), "data-status", "DRAWN"));
            assertThat(desk.driver().findElements(By.cssSelector("#drawnTable tbody tr")).size()).isGreaterThanOrEqualTo(3);
            desk.screenshot("inspection-plan-drawn");
            publicPath = desk.driver().findElement(By.id("publicRecordLink")).getAttribute("href");
        }

        try (Browser phone = Browser.open(port, true)) {
            phone.driver().get(publicPath);
            assertThat(result(phone)).isEqualTo("matches");
            assertThat(phone.driver().findElement(By.id("drawVerification")).getText()).contains("一致");
            phone.screenshot("inspection-draw-portal-phone");

            JavascriptExecutor js = (JavascriptExecutor) phone.driver();
            @SuppressWarnings("unchecked")
            Map<String, Object> swapped = (Map<String, Object>) js.executeScript("""
                    var r = JSON.parse(JSON.stringify(window.MingjingDraw.record));
                    r.subjects[0].inspectors.reverse();
                    return window.MingjingDraw.verify(r);""");
            assertThat(swapped).containsEntry("commitmentOk", true).containsEntry("matches", false);
            @SuppressWarnings("unchecked")
            Map<String, Object> reseeded = (Map<String, Object>) js.executeScript("""
                    var r = JSON.parse(JSON.stringify(window.MingjingDraw.record));
                    r.seed = r.seed.replace(/^./, r.seed[0] === '0' ? '1' : '0');
                    return window.MingjingDraw.verify(r);""");
            assertThat(reseeded).containsEntry("commitmentOk", false).containsEntry("matches", false);
            @SuppressWarnings("unchecked")
            Map<String, Object> registerChanged = (Map<String, Object>) js.executeScript("""
                    var r = JSON.parse(JSON.stringify(window.MingjingDraw.record));
                    var drawn = r.subjects[0].creditCode;
                    r.register = r.register.filter(function (s) { return s.creditCode !== drawn; });
                    return window.MingjingDraw.verify(r);""");
            assertThat(registerChanged).containsEntry("matches", false);
            assertThat(js.executeScript("return window.MingjingDraw.selfCheck();")).isEqualTo(true);

            // The portal's list leads to the demo's draw of 湖滨, which has published results.
            phone.go("/portal/inspection-draws");
            assertThat(phone.driver().findElements(By.cssSelector("#drawList .mj-draw-link")).size())
                    .isGreaterThanOrEqualTo(2);
            phone.screenshot("inspection-draws-portal-phone");
        }

        try (Browser desk = Browser.open(port, false)) {
            desk.go("/portal/inspection-draws");
            desk.driver().findElements(By.cssSelector("#drawList .mj-draw-link")).stream()
                    .filter(e -> e.getText().contains("社会团体登记事项")).findFirst().orElseThrow().click();
            assertThat(result(desk)).isEqualTo("matches");
            assertThat(desk.driver().findElement(By.id("publishedResults")).getText()).contains("未发现问题")
                    .doesNotContain("13903981234");
            desk.screenshot("inspection-draw-portal-desk");
            desk.go(desk.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "") + "?lang=en");
            assertThat(result(desk)).isEqualTo("matches");
            assertThat(desk.driver().findElement(By.id("drawVerification")).getText()).startsWith("Matches");
            desk.screenshot("inspection-draw-portal-english");
        }

        try (Browser phone = Browser.open(port, true)) {
            phone.signIn("hubin.head");
            phone.go("/inspection/tasks");
            phone.driver().findElements(By.cssSelector("#taskList a")).stream()
                    .filter(e -> e.getText().contains("待检查")).findFirst().orElseThrow().click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resultForm")));
            phone.driver().findElement(By.id("findings")).sendKeys("财务制度健全，未发现问题。");
            phone.click("recordResult");
            phone.waiting().until(ExpectedConditions.attributeToBe(By.id("taskStatus"), "data-status", "RECORDED"));
            phone.screenshot("inspection-task-phone");
            phone.go("/inspection/subjects");
            assertThat(phone.driver().findElements(By.cssSelector("#subjectTable tbody tr")).size())
                    .isGreaterThanOrEqualTo(30);
            phone.screenshot("inspection-subjects-phone");
            phone.go("/inspection");
            phone.screenshot("inspection-plans-phone");
        }
    }
}
