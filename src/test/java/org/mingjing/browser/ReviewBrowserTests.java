package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.review.ReviewCases;
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
 * The legal review of a major decision in the browser (行政处罚法第五十八条): the handling officer submits the proposed
 * 50,000 yuan fine from the case page's review card; the legal reviewer finds it in the queue, reads the proposal,
 * the evidence and the discretion standard side by side and returns it with two problems; the officer answers each
 * on a phone and resubmits with the basis amended; the reviewer approves; the decision then passes exactly as
 * reviewed (after the heads' collective deliberation the fine needs).
 */
@IntegrationTest
class ReviewBrowserTests {

    static final String MAJOR_FINE = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 50000}]";
    static final String MINOR_FINE = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 30000}]";
    static final String AMENDMENT = "；《河南省民政行政处罚裁量基准》社会团体类第3项";

    @LocalServerPort
    int port;

    @Test
    void aReviewIsSubmittedReturnedAnsweredOnAPhoneApprovedAndTheDecisionPasses() {
        Api api = new Api(port);
        ReviewCases cases = new ReviewCases(api);
        String caseId = cases.readyForReview(MAJOR_FINE);
        String number = api.get("/api/cases/" + caseId, "hubin.officer1").text("number");

        try (Browser officer = Browser.open(port, false)) {
            run(officer, "review-officer-failed", () -> officerSubmits(officer, caseId));
        }
        String reviewId;
        try (Browser reviewer = Browser.open(port, false)) {
            reviewId = call(reviewer, "review-reviewer-failed", () -> reviewerReturns(reviewer, number));
        }
        try (Browser phone = Browser.open(port, true)) {
            run(phone, "review-phone-failed", () -> officerAnswersOnAPhone(phone, reviewId));
        }
        try (Browser reviewer = Browser.open(port, false)) {
            run(reviewer, "review-approve-failed", () -> reviewerApproves(reviewer, reviewId, caseId));
        }

        // The decision passes exactly as reviewed: not with the first round's basis, but with the amended one.
        Api.Response old = cases.decide(caseId, MAJOR_FINE, ReviewCases.BASIS);
        assertThat(old.status()).as(old.body()).isEqualTo(409);
        cases.deliberate(caseId);
        Api.Response decided = cases.decide(caseId, MAJOR_FINE, ReviewCases.BASIS + AMENDMENT);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    /**
     * The other forms: an officer flags a case whose minor fine needs no review (Art. 58 (4)) and the head withdraws
     * the flag; the officer takes a returned review to coordination and the head records a collective deliberation
     * where the proposal stands; the head's time limit and staffing; a reviewer who stands aside sees why they may
     * no longer give the opinion.
     */
    @Test
    void flagsWithdrawalEscalationCoordinationSettingsAndRecusal() {
        Api api = new Api(port);
        ReviewCases cases = new ReviewCases(api);
        String minor = cases.readyForReview(MINOR_FINE);
        String disputed = cases.readyForReview(MAJOR_FINE);
        Api.Response submitted = cases.submit(disputed, MAJOR_FINE, ReviewCases.BASIS);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String reviewId = submitted.text("id");
        Api.Response returned = cases.opinion(reviewId, "hubin.reviewer", "PROBLEMS_FOUND",
                ReviewCases.checksWithProblem("LEGAL_BASIS_DISCRETION", "罚款数额偏高。"), List.of("罚款数额偏高，建议在中间幅度以下裁量。"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        String pending = cases.readyForReview(MAJOR_FINE);
        Api.Response waiting = cases.submit(pending, MAJOR_FINE, ReviewCases.BASIS);
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(201);

        try (Browser officer = Browser.open(port, false)) {
            run(officer, "review-flag-failed", () -> {
                officer.signIn("hubin.officer1");
                officer.go("/cases/" + minor);
                officer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reviewNotRequired")));
                click(officer, By.cssSelector("#flagStep > summary"));
                click(officer, By.id("submitFlag"));
                invalid(officer, "flag-trigger");
                new Select(officer.driver().findElement(By.id("flag-trigger"))).selectByValue("COMPLEX_FACTS");
                officer.driver().findElement(By.id("flag-reason")).sendKeys("当事人与多家培训机构存在合作关系，涉及多个法律关系。");
                click(officer, By.id("submitFlag"));
                flash(officer, "已认定为重大执法决定");
                officer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reviewRequired")));
                assertThat(text(officer, "reviewReasons")).contains("案件情况疑难复杂", "第（四）项", "涉及多个法律关系");
                assertThat(officer.driver().findElements(By.cssSelector("#reviewReasons form"))).isEmpty();
                scrollTo(officer, "reviewCard");
                officer.screenshot("review-flagged-desk");

                officer.go("/reviews/" + reviewId);
                assertThat(text(officer, "reviewStatus")).isEqualTo("退回补正");
                click(officer, By.cssSelector("#escalationStep > summary"));
                officer.driver().findElement(By.id("escalation-reason"))
                        .sendKeys("罚款数额在裁量基准的一般情节幅度内，承办机构不同意审核意见。");
                click(officer, By.id("submitEscalation"));
                flash(officer, "已提请本机关负责人协调");
                assertThat(text(officer, "reviewStatus")).isEqualTo("协调中");
                assertThat(officer.driver().findElements(By.id("coordinationForm"))).isEmpty();
            });
        }
        try (Browser head = Browser.open(port, false)) {
            run(head, "review-head-failed", () -> {
                head.signIn("hubin.head");
                head.go("/reviews");
                // The browser itself refuses 0 (min 1); sent anyway, the service's refusal comes back on the form.
                ((JavascriptExecutor) head.driver()).executeScript("document.getElementById('timeLimitDays').value = '0';"
                        + " document.getElementById('settingsForm').submit();");
                invalid(head, "timeLimitDays");
                WebElement days = head.driver().findElement(By.id("timeLimitDays"));
                assertThat(text(head, "settings")).contains("1 至 60 个工作日");
                days = head.driver().findElement(By.id("timeLimitDays"));
                days.clear();
                days.sendKeys("5");
                click(head, By.id("saveSettings"));
                flash(head, "审核时限已设为 5 个工作日");
                assertThat(text(head, "staffing")).contains("在岗法制审核人员");
                scrollTo(head, "settings");
                head.screenshot("review-head-settings-desk");

                head.go("/cases/" + minor);
                WebElement withdraw = head.waiting().until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reviewReasons form input[name=reason]")));
                withdraw.sendKeys("经核查案情并不复杂，不属于重大执法决定。");
                click(head, By.cssSelector("#reviewReasons form button"));
                flash(head, "已撤回该项重大认定");
                head.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reviewNotRequired")));

                head.go("/reviews/" + reviewId);
                new Select(head.driver().findElement(By.id("coordination-method")))
                        .selectByValue("COLLECTIVE_DELIBERATION");
                click(head, By.id("outcome-PROPOSAL_STANDS"));
                head.driver().findElement(By.id("coordination-conclusion"))
                        .sendKeys("罚款数额在一般情节幅度内，维持承办机构意见。");
                click(head, By.id("submitCoordination"));
                invalid(head, "coordination-participants");
                assertThat(head.driver().findElement(By.id("coordination-conclusion")).getAttribute("value"))
                        .contains("维持承办机构意见");
                head.driver().findElement(By.id("coordination-participants")).sendKeys("局长、副局长、法制审核人员");
                scrollTo(head, "coordinationCard");
                head.screenshot("review-coordination-desk");
                click(head, By.id("submitCoordination"));
                flash(head, "维持承办机构的拟处理意见");
                assertThat(text(head, "reviewStatus")).isEqualTo("审核通过");
                assertThat(text(head, "rounds")).contains("提请协调", "集体讨论决定", "局长、副局长、法制审核人员");
            });
        }
        try (Browser reviewer = Browser.open(port, false)) {
            run(reviewer, "review-recusal-failed", () -> {
                reviewer.signIn("hubin.reviewer");
                reviewer.go("/reviews/" + waiting.text("id"));
                click(reviewer, By.cssSelector("#recusalStep > summary"));
                reviewer.driver().findElement(By.id("recusal-reason")).sendKeys("本人与当事人法定代表人系近亲属。");
                click(reviewer, By.id("submitRecusal"));
                flash(reviewer, "已申请回避");
                assertThat(text(reviewer, "whyNot")).contains("您已申请回避本次审核");
                assertThat(reviewer.driver().findElements(By.id("opinionForm"))).isEmpty();
                reviewer.screenshot("review-recused-desk");
            });
        }
    }

    private void officerSubmits(Browser desk, String caseId) {
        desk.signIn("hubin.officer1");
        desk.go("/cases/" + caseId);
        WebElement card = desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reviewRequired")));
        assertThat(card.getText()).isEqualTo("须经法制审核");
        assertThat(text(desk, "reviewReasons")).contains("拟作出5万元以上罚款决定的", "目录清单");
        // The proposal is prefilled from the prior notice: a warning and a fine of 50,000 yuan.
        assertThat(desk.driver().findElement(By.id("submission-penalty-WARNING")).isSelected()).isTrue();
        assertThat(desk.driver().findElement(By.id("submission-penalty-FINE")).isSelected()).isTrue();
        assertThat(desk.driver().findElement(By.id("submission-amount-FINE")).getAttribute("value")).isEqualTo("50000");
        assertThat(desk.driver().findElement(By.id("submission-basis")).getAttribute("value"))
                .isEqualTo(ReviewCases.BASIS);

        // Without the explanation the card comes back in place with the field marked.
        click(desk, By.id("submitReview"));
        invalid(desk, "submission-explanation");
        desk.driver().findElement(By.id("submission-explanation"))
                .sendKeys("当事人超出章程规定的宗旨和业务范围开展收费培训，违法所得1万元，拟予警告并处罚款5万元，属于目录清单所列事项，特送法制审核。");
        // A warning with 50,000 yuan fits no single level of the discretion standard: the departure states its reason.
        desk.driver().findElement(By.id("submission-discretionNote")).sendKeys(ReviewCases.DISCRETION_NOTE);
        scrollTo(desk, "reviewCard");
        desk.screenshot("review-case-card-desk");
        click(desk, By.id("submitReview"));
        flash(desk, "已送法制审核");
        WebElement listed = desk.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#caseReviews [data-status=PENDING]")));
        assertThat(listed.getText()).contains("待审核", "第1次报送");
        assertThat(desk.driver().findElements(By.id("submissionForm"))).isEmpty();
        assertThat(text(desk, "timeline")).contains("送法制审核");
        scrollTo(desk, "reviewCard");
        desk.screenshot("review-case-submitted-desk");
    }

    private String reviewerReturns(Browser desk, String number) {
        desk.signIn("hubin.reviewer");
        click(desk, By.id("navReviews"));
        desk.waiting().until(ExpectedConditions.urlContains("/reviews"));
        click(desk, By.cssSelector("#reviewTabs a[data-status=PENDING]"));
        desk.waiting().until(ExpectedConditions.urlContains("status=PENDING"));
        WebElement row = row(desk, number);
        assertThat(row.getAttribute("data-may-take")).isEqualTo("true");
        assertThat(row.getText()).contains("可审核", "待审核");
        desk.screenshot("review-queue-desk");
        row.findElement(By.tagName("a")).click();
        desk.waiting().until(ExpectedConditions.urlMatches(".*/reviews/[0-9a-f-]{36}$"));
        String reviewId = desk.driver().getCurrentUrl().replaceFirst(".*/", "");

        // Side by side: the proposal, the evidence, the discretion standard.
        assertThat(text(desk, "reviewStatus")).isEqualTo("待审核");
        assertThat(text(desk, "proposalPanel")).contains("警告", "50000 元", ReviewCases.BASIS, "特送法制审核");
        assertThat(text(desk, "evidencePanel")).contains("询问笔录", "赵立新", "举办过三期", "行政处罚事先告知书");
        assertThat(text(desk, "discretionPanel")).contains("违法所得");
        assertThat(desk.driver().findElements(By.cssSelector("#discretionPanel .mj-discretion tbody tr"))).isNotEmpty();
        List<WebElement> panels = desk.driver().findElements(By.cssSelector("#sideBySide > div"));
        assertThat(panels).hasSize(3);
        assertThat(panels.get(0).getLocation().getY()).isEqualTo(panels.get(2).getLocation().getY());
        assertThat(panels.get(0).getLocation().getX()).isLessThan(panels.get(1).getLocation().getX());
        desk.screenshot("review-side-by-side-desk");

        // 存在问题 with a failed check, but neither its note nor the problems: the form comes back with what was typed.
        for (String area : List.of("QUALIFICATION", "LEGAL_BASIS_DISCRETION", "PROCEDURE", "OTHER")) {
            click(desk, By.id("ok-" + area + "-true"));
        }
        click(desk, By.id("ok-FACTS_EVIDENCE-false"));
        click(desk, By.id("verdict-PROBLEMS_FOUND"));
        click(desk, By.id("submitOpinion"));
        invalid(desk, "note-FACTS_EVIDENCE");
        assertThat(desk.driver().findElement(By.id("ok-FACTS_EVIDENCE-false")).isSelected()).isTrue();
        assertThat(desk.driver().findElement(By.id("verdict-PROBLEMS_FOUND")).isSelected()).isTrue();
        desk.driver().findElement(By.id("note-FACTS_EVIDENCE")).sendKeys("违法所得的认定仅有当事人陈述，缺少财务凭证。");
        desk.driver().findElement(By.id("opinion-problems"))
                .sendKeys("违法所得数额缺少财务凭证佐证。\n拟处罚款的裁量理由未写明。");
        scrollTo(desk, "opinionCard");
        desk.screenshot("review-opinion-form-desk");
        click(desk, By.id("submitOpinion"));
        flash(desk, "存在问题");
        assertThat(text(desk, "reviewStatus")).isEqualTo("退回补正");
        WebElement opinion = desk.driver().findElement(By.cssSelector("#rounds [data-kind=REVIEW_OPINION]"));
        assertThat(opinion.getText()).contains("存在问题", "违法所得数额缺少财务凭证佐证。", "缺少财务凭证");
        assertThat(opinion.findElement(By.cssSelector("a.opinion-pdf")).getAttribute("href"))
                .matches(".*/api/documents/[0-9a-f-]{36}/pdf\\?reason=.+");
        assertThat(desk.driver().findElements(By.id("opinionForm"))).isEmpty();
        scrollTo(desk, "rounds");
        desk.screenshot("review-returned-desk");
        return reviewId;
    }

    private void officerAnswersOnAPhone(Browser phone, String reviewId) {
        phone.signIn("hubin.officer1");
        phone.driver().findElement(By.cssSelector(".navbar-toggler")).click();
        phone.waiting().until(ExpectedConditions.elementToBeClickable(By.id("navReviews"))).click();
        phone.waiting().until(ExpectedConditions.urlContains("/reviews"));
        click(phone, By.cssSelector("#reviewTabs a[data-status=RETURNED]"));
        phone.waiting().until(ExpectedConditions.urlContains("status=RETURNED"));
        assertThat(phone.driver().findElement(By.id("reviewTable")).isDisplayed()).isFalse();
        phone.screenshot("review-queue-phone");
        click(phone, By.cssSelector("#reviewCards a[data-review='" + find(phone, "#reviewCards a[data-review]",
                "data-review", reviewId).getAttribute("data-review") + "']"));
        phone.waiting().until(ExpectedConditions.urlContains("/reviews/" + reviewId));
        // Stacked on a phone: the evidence below the proposal.
        List<WebElement> panels = phone.driver().findElements(By.cssSelector("#sideBySide > div"));
        assertThat(panels.get(1).getLocation().getY()).isGreaterThan(panels.get(0).getLocation().getY());
        phone.screenshot("review-top-phone");

        assertThat(text(phone, "answerCard")).contains("问题1：违法所得数额缺少财务凭证佐证。", "问题2：拟处罚款的裁量理由未写明。");
        phone.driver().findElement(By.id("answer-0")).sendKeys("已调取培训收费收据三张，附卷。");
        phone.driver().findElement(By.id("answer-1")).sendKeys("已在决定中写明裁量理由。");
        phone.driver().findElement(By.id("answer-response")).sendKeys("已按审核意见补正。");
        phone.driver().findElement(By.id("answer-basis")).sendKeys(AMENDMENT);
        scrollTo(phone, "answerCard");
        phone.screenshot("review-answer-phone");
        click(phone, By.id("submitAnswer"));
        flash(phone, "已答复并第2次报送");
        assertThat(text(phone, "reviewStatus")).isEqualTo("待审核");
        assertThat(text(phone, "reviewRound")).isEqualTo("第2次报送");
        WebElement answer = phone.driver().findElement(By.cssSelector("#rounds [data-kind=REVIEW_RESUBMISSION]"));
        assertThat(answer.getText()).contains("违法所得数额缺少财务凭证佐证。", "答复：已调取培训收费收据三张，附卷。",
                "答复：已在决定中写明裁量理由。");
        assertThat(phone.driver().findElements(By.id("answerForm"))).isEmpty();
        scrollTo(phone, "rounds");
        phone.screenshot("review-answered-phone");
    }

    private void reviewerApproves(Browser desk, String reviewId, String caseId) {
        desk.signIn("hubin.reviewer");
        desk.go("/reviews/" + reviewId);
        assertThat(text(desk, "proposalPanel")).contains("社会团体类第3项");
        for (String area : List.of("QUALIFICATION", "FACTS_EVIDENCE", "LEGAL_BASIS_DISCRETION", "PROCEDURE", "OTHER")) {
            click(desk, By.id("ok-" + area + "-true"));
        }
        click(desk, By.id("verdict-APPROVED"));
        click(desk, By.id("submitOpinion"));
        flash(desk, "同意");
        assertThat(text(desk, "reviewStatus")).isEqualTo("审核通过");
        assertThat(desk.driver().findElements(By.cssSelector("#rounds [data-verdict]"))).hasSize(2);
        desk.screenshot("review-approved-desk");

        desk.go("/cases/" + caseId);
        WebElement approved = desk.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#caseReviews [data-status=APPROVED]")));
        assertThat(approved.getText()).contains("审核通过", "第2次报送");

        // The second locale: the same review in English.
        desk.go("/reviews/" + reviewId + "?lang=en");
        assertThat(text(desk, "reviewStatus")).isEqualTo("Approved");
        assertThat(desk.driver().findElement(By.tagName("body")).getText()).contains("Legal review")
                .doesNotContain("review.page.");
        desk.screenshot("review-approved-desk-en");
        desk.go("/reviews?lang=zh_CN");
    }

    // ---------------------------------------------------------------- helpers

    /** The queue's row of the case, paging on if other tests' reviews come first. */
    private static WebElement row(Browser browser, String number) {
        return find(browser, "#reviewTable tr[data-review]", null, number);
    }

    /**
     * The first element of the queue matching {@code css} whose attribute (or text, when {@code attribute} is null)
     * contains {@code wanted}, following the queue's pages if other tests' reviews come first.
     */
    private static WebElement find(Browser browser, String css, String attribute, String wanted) {
        while (true) {
            for (WebElement e : browser.driver().findElements(By.cssSelector(css))) {
                String value = attribute == null ? e.getText() : e.getAttribute(attribute);
                if (value != null && value.contains(wanted)) {
                    return e;
                }
            }
            List<WebElement> next = browser.driver().findElements(By.id("nextPage"));
            assertThat(next).as(wanted + " in the queue").isNotEmpty();
            String before = browser.driver().getCurrentUrl();
            next.get(0).click();
            browser.waiting().until(d -> !d.getCurrentUrl().equals(before));
        }
    }

    private static void run(Browser browser, String failure, Runnable step) {
        call(browser, failure, () -> {
            step.run();
            return null;
        });
    }

    private static <T> T call(Browser browser, String failure, java.util.function.Supplier<T> step) {
        try {
            return step.get();
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

    /** Waits for a field marked invalid, in a form that may just have been put in place again. */
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
