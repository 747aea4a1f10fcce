package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.publicity.PublicityCases;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * After-the-act publicity in the browser (事后公开, seed §二(一)1, 5; 行政处罚法第四十八条): the officer who entered a
 * decision may not release it; the head opens it from the case page, reads the original and the masked text side by
 * side with every finding marked, hides one more phrase by selecting it, and releases it, which names who entered,
 * reviewed and released it. On a phone, the officer records that the decision was revoked, is refused a withdrawal
 * without a public reason, and withdraws it with one.
 */
@IntegrationTest
class PublicationBrowserTests {

    private static final String PARTY = "孙丽华";
    private static final String MARK = "收取会费";
    private static final String CAUSE = "复议机关决定撤销原行政处罚决定";
    private static final String REASON = "该行政处罚决定已被复议机关撤销";

    @LocalServerPort
    int port;

    @Test
    void theHeadReleasesWithBothTextsSideBySideAndAHandMarkWhichTheOfficerWhoEnteredItMayNot() {
        Api api = new Api(port);
        PublicityCases cases = new PublicityCases(api);
        PublicityCases.Planted planted = PublicityCases.planted();
        String caseId = cases.decidedAgainstPerson(planted, PARTY, null, "hubin.officer1");
        String id = cases.publicationOf(caseId).get("id").asString();

        try (Browser officer = Browser.open(port, false)) {
            run(officer, "publication-officer-failed", () -> {
                officer.signIn("hubin.officer1");
                officer.go("/publications/" + id);
                assertThat(text(officer, "publicationStatus")).isEqualTo("待发布");
                assertThat(text(officer, "whyNot")).contains("只有本机关负责人或指定的发布审核人员");
                assertThat(officer.driver().findElements(By.id("releaseButton"))).isEmpty();
                officer.screenshot("publication-officer-desk");
            });
        }
        // Sent anyway, the release is refused: the officer is not the head nor a designated releaser.
        assertThat(api.post("/api/publications/" + id + "/publish", "hubin.officer1", "{}").status()).isEqualTo(403);

        try (Browser head = Browser.open(port, false)) {
            run(head, "publication-head-failed", () -> {
                head.signIn("hubin.head");
                // The list: pending ones past their release day stand out; the head's settings below.
                click(head, By.id("navPublications"));
                click(head, By.cssSelector("#publicationTabs a[data-status=PENDING]"));
                head.waiting().until(ExpectedConditions.urlContains("status=PENDING"));
                WebElement row = find(head, "#publicationTable tr", id);
                assertThat(row.getAttribute("class")).contains("mj-pub-late");
                assertThat(row.getText()).contains(PARTY, "行政处罚", "2026-10-12", "已超过期限", "待发布");
                head.screenshot("publication-list-desk");
                scrollTo(head, "settings");
                assertThat(text(head, "settings")).contains("公开设置", "发布审核人员", "陈静");
                head.screenshot("publication-settings-desk");

                head.go("/cases/" + caseId);
                WebElement link = head.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#casePublications a[data-publication='" + id + "']")));
                assertThat(link.getText()).contains("待发布", "已超期");
                scrollTo(head, "publicationCard");
                head.screenshot("publication-case-card-desk");
                click(head, By.cssSelector("#casePublications a[data-publication='" + id + "']"));
                head.waiting().until(ExpectedConditions.urlContains("/publications/" + id));

                // Side by side on a desk: the same top, the original on the left.
                WebElement original = head.driver().findElement(By.id("originalColumn"));
                WebElement masked = head.driver().findElement(By.id("maskedColumn"));
                assertThat(original.getLocation().getY()).isEqualTo(masked.getLocation().getY());
                assertThat(original.getLocation().getX()).isLessThan(masked.getLocation().getX());
                assertThat(original.getSize().getWidth()).isGreaterThan(400);

                // Every finding marked in both, as many as the legend counts and the service found.
                int found = api.get("/api/publications/" + id + "/preview", "hubin.head").json().get("findings").size();
                assertThat(found).isGreaterThanOrEqualTo(planted.all().size());
                assertThat(marks(head, "originalText")).hasSize(found);
                assertThat(marks(head, "maskedText")).hasSize(found);
                assertThat(legendTotal(head)).isEqualTo(found);
                assertThat(text(head, "legend")).contains("身份证号", "电话", "银行账号", "电子邮箱", "住址", "自然人姓名",
                        "车牌号", "不动产权证号");
                String maskedText = text(head, "maskedText");
                for (String value : planted.all()) {
                    assertThat(maskedText).as("masked column holds %s", value).doesNotContain(value);
                }
                assertThat(maskedText).contains(PARTY, "李某");
                assertThat(text(head, "originalText")).contains(planted.witnessName(), MARK);
                // A witness name shortened to 李某 moves what follows; the marks still sit on the masked values.
                for (WebElement mark : marks(head, "maskedText")) {
                    assertThat(mark.getText()).matches("\\*+|\\p{IsHan}某");
                }
                head.screenshot("publication-release-desk");

                // A hand mark by selecting the phrase in the original.
                select(head, "originalText", MARK);
                click(head, By.id("addSelection"));
                assertThat(head.driver().findElement(By.id("marks")).getAttribute("value")).isEqualTo(MARK);
                click(head, By.id("saveMarks"));
                flash(head, "已保存手工标记，共1处");
                List<WebElement> manual = head.driver().findElements(By.cssSelector("#maskedText mark[data-type=MANUAL]"));
                assertThat(manual).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo("****"));
                int withMark = found + manual.size();
                assertThat(marks(head, "originalText")).hasSize(withMark);
                assertThat(legendTotal(head)).isEqualTo(withMark);
                assertThat(text(head, "maskedText")).doesNotContain(MARK);
                scrollTo(head, "marksCard");
                head.screenshot("publication-marked-desk");

                click(head, By.id("releaseButton"));
                flash(head, "已发布");
                assertThat(text(head, "publicationStatus")).isEqualTo("已公开");
                assertThat(text(head, "enteredBy")).isEqualTo("王建国（hubin.officer1）");
                assertThat(text(head, "reviewedBy")).isEqualTo("张海峰（hubin.head）");
                assertThat(text(head, "releasedBy")).isEqualTo("张海峰（hubin.head）");
                assertThat(text(head, "publishedOn")).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
                assertThat(text(head, "publicationDue")).contains("逾期发布");
                assertThat(head.driver().findElements(By.id("releaseButton"))).isEmpty();
                assertThat(marks(head, "maskedText")).hasSize(withMark);
                assertThat(head.driver().findElement(By.cssSelector("#revisions [data-revision='0']")).getText())
                        .contains("首次发布", "张海峰");
                head.screenshot("publication-released-desk");
                JsonNode released = api.get("/api/publications/" + id, "hubin.officer1").json();
                assertThat(released.get("status").asString()).isEqualTo("PUBLISHED");
                assertThat(released.get("maskedText").asString()).doesNotContain(MARK, planted.partyPhone());

                // The second locale, once.
                head.go("/publications/" + id + "?lang=en");
                assertThat(text(head, "publicationStatus")).isEqualTo("Published");
                assertThat(head.driver().findElement(By.tagName("body")).getText())
                        .contains("Original", "Published text", "Released", "Public history")
                        .doesNotContain("publicity.page.", "publicity.finding.");
                head.screenshot("publication-released-desk-en");
                head.go("/publications?lang=zh_CN");
            });
        }
    }

    @Test
    void aRevokedDecisionIsWithdrawnOnAPhoneOnlyWithAPublicReason() {
        Api api = new Api(port);
        PublicityCases cases = new PublicityCases(api);
        String id = cases.published(PublicityCases.planted(), PARTY);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        try (Browser phone = Browser.open(port, true)) {
            run(phone, "publication-phone-failed", () -> {
                phone.signIn("hubin.officer1");
                phone.driver().findElement(By.cssSelector(".navbar-toggler")).click();
                phone.waiting().until(ExpectedConditions.elementToBeClickable(By.id("navPublications"))).click();
                phone.waiting().until(ExpectedConditions.urlContains("/publications"));
                click(phone, By.cssSelector("#publicationTabs a[data-status=PUBLISHED]"));
                phone.waiting().until(ExpectedConditions.urlContains("status=PUBLISHED"));
                assertThat(phone.driver().findElement(By.id("publicationTable")).isDisplayed()).isFalse();
                phone.screenshot("publication-list-phone");
                find(phone, "#publicationCards a", id).click();
                phone.waiting().until(ExpectedConditions.urlContains("/publications/" + id));

                // Stacked on a phone: the masked text below the original.
                int originalY = phone.driver().findElement(By.id("originalColumn")).getLocation().getY();
                assertThat(phone.driver().findElement(By.id("maskedColumn")).getLocation().getY()).isGreaterThan(originalY);
                assertThat(text(phone, "publicationStatus")).isEqualTo("已公开");
                assertThat(phone.driver().findElements(By.id("correctForm"))).isEmpty();
                phone.screenshot("publication-top-phone");

                // The decision was revoked: record the change, which starts the 3 working days (Art. 48).
                click(phone, By.cssSelector("#changeStep > summary"));
                new Select(phone.driver().findElement(By.id("change-kind"))).selectByValue("WITHDRAW");
                ((JavascriptExecutor) phone.driver()).executeScript(
                        "document.getElementById('change-on').value = arguments[0];", today);
                phone.driver().findElement(By.id("change-cause")).sendKeys(CAUSE);
                click(phone, By.id("submitChange"));
                flash(phone, "已登记决定变更");
                assertThat(text(phone, "changeReported")).contains("须于", "撤回", CAUSE);

                // Without a reason: refused in Chinese, still public.
                click(phone, By.id("submitWithdraw"));
                invalid(phone, "withdraw-reason");
                assertThat(text(phone, "withdrawForm")).contains("不能为空");
                assertThat(text(phone, "publicationStatus")).isEqualTo("已公开");
                scrollTo(phone, "withdrawForm");
                phone.screenshot("publication-withdraw-refused-phone");
                assertThat(api.get("/api/publications/" + id, "hubin.officer1").text("status")).isEqualTo("PUBLISHED");

                phone.driver().findElement(By.id("withdraw-reason")).sendKeys(REASON);
                click(phone, By.id("submitWithdraw"));
                flash(phone, "已撤回");
                assertThat(text(phone, "publicationStatus")).isEqualTo("已撤回");
                assertThat(text(phone, "withdrawnReason")).contains(today, REASON);
                assertThat(phone.driver().findElements(By.id("changeReported"))).isEmpty();
                assertThat(phone.driver().findElements(By.id("withdrawForm"))).isEmpty();
                phone.screenshot("publication-withdrawn-phone");
            });
        }
        JsonNode withdrawn = api.get("/api/publications/" + id, "hubin.head").json();
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("reason").asString()).isEqualTo(REASON);
    }

    // ---------------------------------------------------------------- helpers

    private static List<WebElement> marks(Browser browser, String id) {
        return browser.driver().findElements(By.cssSelector("#" + id + " mark"));
    }

    private static int legendTotal(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#legend [data-count]")).stream()
                .mapToInt(e -> Integer.parseInt(e.getAttribute("data-count"))).sum();
    }

    /** Selects the first occurrence of {@code phrase} in the element, as a user dragging over it would. */
    private static void select(Browser browser, String id, String phrase) {
        Object done = ((JavascriptExecutor) browser.driver()).executeScript("""
                var walker = document.createTreeWalker(document.getElementById(arguments[0]), NodeFilter.SHOW_TEXT);
                for (var n = walker.nextNode(); n; n = walker.nextNode()) {
                  var i = n.data.indexOf(arguments[1]);
                  if (i >= 0) {
                    var range = document.createRange();
                    range.setStart(n, i);
                    range.setEnd(n, i + arguments[1].length);
                    var selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return true;
                  }
                }
                return false;""", id, phrase);
        assertThat(done).isEqualTo(true);
    }

    /** The list's row or card of the publication, paging on if other tests' publications come first. */
    private static WebElement find(Browser browser, String css, String id) {
        while (true) {
            List<WebElement> found = browser.driver()
                    .findElements(By.cssSelector(css + "[data-publication='" + id + "']"));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = browser.driver().findElements(By.id("nextPage"));
            assertThat(next).as(id + " in the list").isNotEmpty();
            String before = browser.driver().getCurrentUrl();
            click(browser, By.id("nextPage"));
            browser.waiting().until(d -> !d.getCurrentUrl().equals(before));
        }
    }

    private static void run(Browser browser, String failure, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(failure);
            throw e;
        }
    }


    private static void click(Browser browser, By target) {
        WebElement element = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(target));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Waits for the page after a form: its flash message says what was done. */
    private static String flash(Browser browser, String expected) {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.id("flash"));
            String text = found.isEmpty() ? "" : found.get(0).getText();
            return text.contains(expected) ? text : null;
        });
    }

    /** Waits for a field marked invalid on the page the refused form came back on. */
    private static void invalid(Browser browser, String id) {
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getAttribute("class").contains("is-invalid"));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({behavior: 'instant'})", id);
    }
}
