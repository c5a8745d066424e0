package cn.laborcase.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the system chromedriver (packages chromium and chromium-driver, which
 * .ci/run installs). Where they are missing, browser tests are skipped with a loud message instead of failing.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = System.getProperty("laborcase.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    static boolean available() {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            System.err.println(
                    """
                    ************************************************************************
                    * BROWSER TESTS SKIPPED: Chromium or chromedriver not installed         *
                    * (apt-get install chromium chromium-driver; .ci/run does this).        *
                    ************************************************************************""");
        }
        return present;
    }

    static Browser open(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // flags from the machine notes: no sandbox as root, and no background traffic to a closed network
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    void get(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement findByText(String xpathText) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(normalize-space(.), '"
                + xpathText + "') and not(*[contains(normalize-space(.), '" + xpathText + "')])]")));
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Sets the browser window (the page's viewport) to this size, e.g. 1366×768 or a tablet's 768×1024. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** After a login: the user's home page ("/", the 工作台) is shown. */
    void waitForHome() {
        waitForText("#home-heading", "工作台");
    }

    void waitForPath(String prefix) {
        wait.until(d -> path().startsWith(prefix));
    }

    String text(String css) {
        return find(css).getText();
    }

    void login(String username, String password) {
        get("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#login-submit").click();
    }

    void logout() {
        find("#logout").click();
        waitForPath("/login");
    }

    /** Saves the page as docs/screenshots/{name}.png, for the README and docs. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("laborcase.docs-dir", "../docs"), "screenshots");
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
