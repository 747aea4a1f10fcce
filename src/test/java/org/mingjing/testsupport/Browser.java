package org.mingjing.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (/usr/bin/chromium, /usr/bin/chromedriver; .ci/run installs
 * them), sized like a phone or a desk screen, with screenshots into target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final int port;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    public static Browser open(int port, boolean phone) {
        String binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driverPath = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driverPath).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(phone ? new Dimension(412, 915) : new Dimension(1366, 900));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Signs in on the login page as a demo account and waits for the workbench. */
    public void signIn(String username) {
        go("/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(org.openqa.selenium.By.id("loginButton")).click();
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/home"));
    }

    public void go(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Clicks the element of that id after scrolling it to the middle (on a phone a sticky bar may cover it). */
    public void click(String id) {
        org.openqa.selenium.WebElement element = driver.findElement(org.openqa.selenium.By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * Waits up to ten seconds, reading the page again when htmx replaced an element between finding it and reading
     * it (a stale element is a page still settling, not a failure).
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
