package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
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

/**
 * The main journey of a penalty case: an officer in the field files it on a phone and walks it through inquiry,
 * prior notice, the party's waiver, decision, service and payment; the head of the bureau finds it on the to-do
 * list, closes and archives it; the archived case lists the decision with its number.
 */
@IntegrationTest
class CaseWalkBrowserTests {

    private static final Pattern DECIDED = Pattern.compile("湖民罚〔2026〕\\d+号");

    @LocalServerPort
    int port;

    @Test
    void anOfficerWalksACaseFromFilingToPaymentOnAPhoneAndTheHeadClosesAndArchivesIt() {
        Walked walked = onAPhone(this::officerFilesAndWalksTheCase);
        try (Browser desk = Browser.open(port, false)) {
            headClosesAndArchives(desk, walked);
        }
    }

    /** What the officer's part leaves for the head: the case and the number of its decision. */
    record Walked(String caseId, String decisionNumber) {
    }

    private Walked onAPhone(Function<Browser, Walked> journey) {
        try (Browser phone = Browser.open(port, true)) {
            try {
                return journey.apply(phone);
            } catch (RuntimeException | AssertionError e) {
                phone.screenshot("case-walk-failed-phone");
                throw e;
            }
        }
    }

    private Walked officerFilesAndWalksTheCase(Browser phone) {
        Api api = new Api(port);
        String officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        String party = "三门峡市湖滨区晨光文化交流协会" + String.format("%04d", System.nanoTime() % 10_000);
        phone.signIn("hubin.officer1");
        phone.driver().findElement(By.cssSelector(".navbar-toggler")).click();
        phone.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("案件办理"))).click();
        phone.waiting().until(ExpectedConditions.urlContains("/cases"));
        phone.screenshot("cases-list-phone");
        phone.driver().findElement(By.id("newCase")).click();
        phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("filingForm")));
        phone.screenshot("case-new-top-phone");

        new Select(phone.driver().findElement(By.id("filing-matterCode"))).selectByValue("MZ-CF-SHTT-30");
        new Select(phone.driver().findElement(By.id("filing-source"))).selectByValue("INSPECTION");
        date(phone, "filing-filedOn", "2026-09-15");
        date(phone, "filing-occurredOn", "2026-09-10");
        phone.driver().findElement(By.id("filing-place")).sendKeys("湖滨区黄河路18号");
        phone.driver().findElement(By.id("filing-facts"))
                .sendKeys("该协会超出章程规定的宗旨和业务范围，以举办培训为名收取费用，违法所得经核实为人民币壹万元。");
        phone.driver().findElement(By.id("filing-illegalIncome")).sendKeys("10000");
        new Select(phone.driver().findElement(By.id("filing-partyType"))).selectByValue("LEGAL_PERSON");
        phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("filing-partyCreditCode")));
        assertThat(phone.driver().findElement(By.id("filing-partyIdNumber")).isDisplayed()).isFalse();
        phone.driver().findElement(By.id("filing-partyName")).sendKeys(party);
        phone.driver().findElement(By.id("filing-partyCreditCode")).sendKeys("51411202MJ1234567M");
        phone.driver().findElement(By.id("filing-partyLegalRepresentative")).sendKeys("赵立新");
        phone.driver().findElement(By.id("filing-partyPhone")).sendKeys("13903981234");
        click(phone, By.id("officer-" + officer2));
        phone.screenshot("case-new-phone");
        click(phone, By.id("fileCase"));

        phone.waiting().until(ExpectedConditions.urlMatches(".*/cases/[0-9a-f-]{36}$"));
        String caseId = phone.driver().getCurrentUrl().replaceFirst(".*/", "");
        assertThat(text(phone, "flash")).matches("已立案：湖民立〔2026〕\\d+号。");
        assertThat(text(phone, "nextStep")).contains("下一步：调查取证：制作笔录");
        assertThat(text(phone, "deadlines")).contains("立案后作出行政处罚决定", "2026-12-14");
        phone.screenshot("case-filed-phone");

        date(phone, "record-occurredOn", "2026-09-16");
        phone.driver().findElement(By.id("record-person")).sendKeys("赵立新");
        phone.driver().findElement(By.id("record-content")).sendKeys("问：你协会是否举办过收费培训？答：举办过三期。");
        click(phone, By.id("submit-RECORD"));
        flash(phone, "笔录已记录");

        assertThat(text(phone, "nextStep")).contains("下一步：送达行政处罚事先告知书", "违法所得3倍至5倍");
        date(phone, "notice-servedOn", "2026-09-18");
        click(phone, By.id("notice-penalty-WARNING"));
        click(phone, By.id("notice-penalty-FINE"));
        phone.driver().findElement(By.id("notice-fineAmount")).sendKeys("30000");
        phone.screenshot("case-notice-phone");
        click(phone, By.id("submit-NOTICE"));
        flash(phone, "事先告知已记录");

        // The five working days after 2026-09-18 ended on 2026-09-24; the party waived them in writing.
        open(phone, "form-STATEMENT");
        date(phone, "statement-receivedOn", "2026-09-21");
        click(phone, By.id("statement-waived"));
        click(phone, By.id("submit-STATEMENT"));
        flash(phone, "陈述申辩已记录");

        assertThat(text(phone, "nextStep")).contains("下一步：作出决定");
        date(phone, "decision-decidedOn", "2026-09-28");
        assertThat(phone.driver().findElement(By.id("decision-penalty-FINE")).isSelected()).isTrue();
        assertThat(phone.driver().findElement(By.id("decision-fineAmount")).getAttribute("value"))
                .isEqualTo("30000");
        phone.driver().findElement(By.id("decision-circumstances")).sendKeys("C2");
        phone.screenshot("case-decision-phone");
        click(phone, By.id("submit-DECISION"));
        String decided = flash(phone, "已作出决定");
        Matcher number = DECIDED.matcher(decided);
        assertThat(number.find()).as(decided).isTrue();

        assertThat(text(phone, "nextStep")).contains("下一步：送达决定书");
        date(phone, "service-servedOn", "2026-09-29");
        assertThat(phone.driver().findElement(By.id("service-recipient")).getAttribute("value"))
                .isEqualTo("赵立新");
        click(phone, By.id("submit-SERVICE"));
        flash(phone, "送达已记录");

        assertThat(text(phone, "account")).contains("30000.00 元", "2026-10-14");
        WebElement amount = phone.driver().findElement(By.id("payment-amount"));
        amount.clear();
        amount.sendKeys("30000");
        date(phone, "payment-paidOn", "2026-10-12");
        click(phone, By.id("submit-PAYMENT"));
        flash(phone, "缴款已记录");
        assertThat(text(phone, "outstanding")).isEqualTo("0.00 元");
        assertThat(text(phone, "nextStep")).contains("下一步：结案", "此步骤由本机关负责人办理");
        assertThat(phone.driver().findElements(By.id("form-CLOSE"))).isEmpty();
        phone.screenshot("case-paid-phone");
        scrollTo(phone, "timeline");
        phone.screenshot("case-timeline-phone");
        // other tests leave cases of this officer too: find this one by its party, as an officer would
        phone.go("/cases?mine=true&q=" + java.net.URLEncoder.encode(party, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text(phone, "caseList")).contains(party, "执行");
        phone.screenshot("cases-mine-phone");
        phone.go("/home");
        phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("todo")));
        phone.screenshot("case-officer-workbench-phone");
        return new Walked(caseId, number.group());
    }

    private void headClosesAndArchives(Browser desk, Walked walked) {
        String caseId = walked.caseId();
        desk.signIn("hubin.head");
        WebElement task = desk.driver().findElement(By.cssSelector("#todo a[href='/cases/" + caseId + "']"));
        assertThat(task.getText()).contains("下一步 结案");
        desk.screenshot("case-head-workbench-desktop");
        task.click();
        desk.waiting().until(ExpectedConditions.urlContains(caseId));
        // The inquiry is an act of investigation, which the matter's audio-video checklist lists: without its
        // recording the case closes only once the reason is on record.
        assertThat(text(desk, "avChecklist")).contains("待补音像记录", "调查取证");
        desk.driver().findElement(By.cssSelector("#avChecklist textarea")).sendKeys("询问时执法记录仪故障，已在笔录中注明。");
        click(desk, By.cssSelector("#avChecklist button"));
        flash(desk, "未音像记录的理由已记录");
        assertThat(desk.driver().findElements(By.id("avChecklist"))).isEmpty();
        click(desk, By.id("submit-CLOSE"));
        flash(desk, "已结案");
        click(desk, By.id("submit-ARCHIVE"));
        flash(desk, "已归档");
        assertThat(text(desk, "stageBadge")).isEqualTo("归档");
        assertThat(text(desk, "archivedNote")).contains("本案已于");
        String documents = text(desk, "documents");
        assertThat(documents).contains("行政处罚决定书", walked.decisionNumber(), "行政处罚事先告知书", "送达回证", "结案报告",
                "案卷封面");
        assertThat(desk.driver().findElements(By.cssSelector("#documents a")).get(0).getAttribute("href"))
                .matches(".*/api/documents/[0-9a-f-]{36}/pdf$");
        desk.screenshot("case-archived-desktop");
        scrollTo(desk, "documents");
        desk.screenshot("case-documents-desktop");
    }


    /** Date inputs take their value in the browser's locale format; the test sets the ISO value the form sends. */
    private static void date(Browser browser, String id, String isoDate) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private static void click(Browser browser, By target) {
        WebElement element = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(target));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Opens the folded section of a form that is not the expected next step. */
    private static void open(Browser browser, String formId) {
        if (!browser.driver().findElement(By.id(formId)).isDisplayed()) {
            click(browser, By.xpath("//form[@id='" + formId + "']/preceding-sibling::summary"));
        }
    }

    /** Waits for the page after a form: its flash message says what was done. */
    private static String flash(Browser browser, String expected) {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.id("flash")).getText();
            return text.contains(expected) ? text : null;
        });
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({behavior: 'instant'})", id);
    }
}
