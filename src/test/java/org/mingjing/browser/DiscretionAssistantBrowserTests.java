package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.discretion.DiscretionCases;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deciding with the discretion assistant (裁量智能辅助, 行政处罚法第三十四条): the officer sees the recommendation beside
 * the proposed decision, updated as the circumstances and the fine change, and the similar cases; a fine outside the
 * recommended range is refused until a reason is written, and then until a legal review passes. On a desk and on a
 * phone.
 */
@IntegrationTest
class DiscretionAssistantBrowserTests {

    static final String FACTS = "该协会超出章程规定的宗旨和业务范围，在函谷关景区举办收费国学讲堂，违法所得人民币壹万元。";

    @LocalServerPort
    int port;

    String readyCase() {
        Api api = new Api(port);
        DiscretionCases cases = new DiscretionCases(api);
        List<String> officers = cases.officers("hubin.officer1", "hubin.officer2");
        cases.decided("hubin.officer1", officers, FACTS.replace("国学讲堂", "国学讲座"));
        String id = cases.file("hubin.officer1", officers, FACTS, "10000");
        cases.readyToDecide("hubin.officer1", officers, id,
                "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 45000}]");
        return id;
    }

    @Test
    void anOfficerSeesTheRecommendationChoosesAFineOutsideItAndIsAskedForAReasonThenAReview() {
        String id = readyCase();
        try (Browser desk = Browser.open(port, false)) {
            try {
                desk.signIn("hubin.officer1");
                desk.go("/cases/" + id);
                // the notice proposed 45,000: outside the GENERAL level's range, which holds with no circumstance
                // recorded as the decision's check holds it (行政处罚法第三十四条)
                String advice = advice(desk, "no-circumstances");
                assertThat(advice).contains("一般", "30000", "35000", "《社会团体登记管理条例》第三十条",
                        "按“一般”档次核对");
                assertThat(advice(desk, "deviation")).contains("45000", "不在“一般”档次推荐幅度")
                        .doesNotContain("在推荐范围内");
                scrollTo(desk, "discretionAssistant-decision");
                desk.screenshot("discretion-assistant-general-level-desktop");
                type(desk, "decision-circumstances", "C2");
                advice = advice(desk, "deviation", "情节C2");
                assertThat(advice).contains("45000", "情节C2");
                assertThat(desk.driver().findElement(By.id("similarCard")).getText()).contains("类案推送");
                scrollTo(desk, "discretionAssistant-decision");
                desk.screenshot("discretion-assistant-deviation-desktop");

                date(desk, "decision-decidedOn", "2026-09-25");
                click(desk, "submit-DECISION");
                WebElement note = desk.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#decision-discretionNote.is-invalid")));
                assertThat(note.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]"))
                        .getText()).contains("裁量说明");
                scrollTo(desk, "decision-discretionNote");
                desk.screenshot("discretion-reason-required-desktop");

                desk.driver().findElement(By.id("decision-discretionNote"))
                        .sendKeys("当事人经责令改正后仍继续收费，按较重幅度处罚。");
                click(desk, "submit-DECISION");
                String refusal = desk.waiting().until(d -> {
                    List<WebElement> r = d.findElements(By.cssSelector("#form-DECISION [data-refusal]"));
                    return r.isEmpty() ? null : r.get(0).getText();
                });
                assertThat(refusal).contains("法制审核");
                scrollTo(desk, "form-DECISION");
                desk.screenshot("discretion-review-required-desktop");

                // back inside the range: the assistant says so
                WebElement fine = desk.driver().findElement(By.id("decision-fineAmount"));
                fine.clear();
                fine.sendKeys("32000");
                assertThat(advice(desk, "inside")).contains("在推荐范围内");
            } catch (RuntimeException | AssertionError e) {
                desk.screenshot("discretion-failed-desktop");
                throw e;
            }
        }
    }

    @Test
    void onAPhoneTheAssistantAndTheSimilarCasesFitTheScreen() {
        String id = readyCase();
        try (Browser phone = Browser.open(port, true)) {
            try {
                phone.signIn("hubin.officer1");
                phone.go("/cases/" + id);
                type(phone, "decision-circumstances", "C2");
                String advice = advice(phone, "deviation", "情节C2");
                assertThat(advice).contains("一般", "情节C2");
                scrollTo(phone, "discretionAssistant-decision");
                phone.screenshot("discretion-assistant-phone");
                WebElement card = phone.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#similarCard #similarCases")));
                assertThat(card.getText()).contains("相似度");
                scrollTo(phone, "similarCard");
                phone.screenshot("discretion-similar-cases-phone");
                Object overflow = ((JavascriptExecutor) phone.driver())
                        .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
                assertThat(overflow).isEqualTo(false);
            } catch (RuntimeException | AssertionError e) {
                phone.screenshot("discretion-failed-phone");
                throw e;
            }
        }
    }

    /** The assistant's text once it shows the part {@code marker} (data-discretion; it reloads as the form changes). */
    private static String advice(Browser browser, String marker) {
        return advice(browser, marker, "");
    }

    /** As {@link #advice(Browser, String)}, once the text also holds {@code text} (the reload for what was typed). */
    private static String advice(Browser browser, String marker, String text) {
        return browser.waiting().until(d -> {
            List<WebElement> a = d.findElements(By.cssSelector("#discretionAdvice-decision [data-discretion='" + marker
                    + "']"));
            String advice = a.isEmpty() ? null : d.findElement(By.id("discretionAdvice-decision")).getText();
            return advice == null || !advice.contains(text) ? null : advice;
        });
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", input);
        input.clear();
        input.sendKeys(text);
    }

    private static void click(Browser browser, String id) {
        browser.click(id);
    }

    private static void date(Browser browser, String id, String isoDate) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({behavior: 'instant'})", id);
    }
}
