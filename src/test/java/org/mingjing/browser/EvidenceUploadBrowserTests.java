package org.mingjing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.Browser;
import org.mingjing.testsupport.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer in the field uploads the body-camera video of an inquiry from the case page on a phone: the file goes
 * up in chunks with the progress bar filling, and comes back on the page as a video the browser plays by range.
 */
@IntegrationTest
class EvidenceUploadBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anOfficerUploadsAVideoOnAPhoneAndSeesItInAVideoPlayer() throws IOException {
        Api api = new Api(port);
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "当事人未经批准在集体土地上擅自兴建骨灰堂。", "occurredOn": "2026-08-20", "filedOn": "2026-09-01",
                 "place": "湖滨区会兴街道", "parties": [{"role": "PARTY", "type": "NATURAL_PERSON", "name": "张某"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        String caseId = filed.text("id");
        Api.Response inquiry = api.post("/api/cases/" + caseId + "/records", "hubin.officer1", Api.json(Map.of(
                "kind", "INQUIRY", "occurredOn", "2026-10-06", "officerIds", java.util.List.of(o1, o2),
                "certificateShown", true, "person", "张某", "content", "问：骨灰堂何时建成？答：去年。")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);

        Path video = Files.createTempFile("dsj-0042-", ".mp4");
        try (OutputStream out = Files.newOutputStream(video)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 9; i++) {
                java.util.Arrays.fill(block, (byte) i);
                out.write(block);
            }
            out.write(new byte[12_345]);
        }
        try (Browser phone = Browser.open(port, true)) {
            try {
                phone.signIn("hubin.officer1");
                phone.go("/cases/" + caseId);
                assertThat(phone.driver().findElement(By.id("avChecklist")).getText()).contains("调查取证");
                WebElement summary = phone.driver().findElement(By.cssSelector("#evidenceUpload > summary"));
                scroll(phone, summary);
                summary.click();
                phone.driver().findElement(By.id("evidence-file")).sendKeys(video.toString());
                phone.driver().findElement(By.id("evidence-description")).sendKeys("执法记录仪拍摄的询问过程");
                new Select(phone.driver().findElement(By.id("evidence-avStage"))).selectByValue("INVESTIGATION");
                new Select(phone.driver().findElement(By.id("evidence-stepId"))).selectByIndex(1);
                phone.driver().findElement(By.id("evidence-device")).sendKeys("DSJ-V9 0042");
                phone.screenshot("evidence-upload-form-phone");
                WebElement submit = phone.driver().findElement(By.id("evidenceSubmit"));
                scroll(phone, submit);
                submit.click();

                phone.waiting().until(d -> "100".equals(d.findElement(By.id("evidenceProgress"))
                        .getAttribute("aria-valuenow")) ? true : null);
                phone.screenshot("evidence-uploaded-phone");
                phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidenceList video")));
                WebElement player = phone.driver().findElement(By.cssSelector("#evidenceList video"));
                assertThat(player.getAttribute("src")).matches(".*/api/evidence/[0-9a-f-]{36}/content$");
                assertThat(phone.driver().findElement(By.id("evidenceList")).getText())
                        .contains("执法记录仪拍摄的询问过程", "9.0 MB", "DSJ-V9 0042");
                assertThat(phone.driver().findElements(By.id("avChecklist"))).as("the inquiry now has its recording")
                        .isEmpty();
                Object range = ((JavascriptExecutor) phone.driver()).executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        fetch(arguments[0], {headers: {'Range': 'bytes=1048576-1048585'}})
                          .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Range')
                            + ' ' + new Uint8Array(b)[0] + ' ' + b.byteLength)))
                          .catch(e => done('failed ' + e));""", player.getAttribute("src"));
                assertThat(range).isEqualTo("206 bytes 1048576-1048585/" + (9 * 1024 * 1024 + 12_345) + " 1 10");
                scroll(phone, player);
                phone.screenshot("evidence-player-phone");
            } catch (RuntimeException | AssertionError e) {
                phone.screenshot("evidence-upload-failed-phone");
                throw e;
            }
        } finally {
            Files.deleteIfExists(video);
        }
    }


    private static void scroll(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }
}
