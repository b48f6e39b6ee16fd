package dev.herald.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (both paths given, so nothing is downloaded), against a real server over the fixture
 * store. Each step saves a screenshot under {@code target/screenshots}.
 */
@Tag("models")
class ServeBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        base = ServeFixture.get().baseUrl;
        Path profile = Files.createTempDirectory("herald-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1100", "--user-data-dir=" + profile);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    @Test
    void search_facet_article_quote_speaker_timeline() throws IOException {
        browser.get(base + "/?q=port+OR+ports");
        assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(texts(By.cssSelector(".snippet mark"))).isNotEmpty().allMatch(t -> t.equalsIgnoreCase("port") || t.equalsIgnoreCase("ports"));
        assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).hasSizeGreaterThanOrEqualTo(3);
        long before = Long.parseLong(browser.findElement(By.cssSelector(".total strong")).getText());
        screenshot("1-search");

        browser.findElement(By.cssSelector("section[data-facet=speaker]")).findElement(By.linkText("Marta Quillan")).click();
        assertThat(texts(By.cssSelector(".filters .filter"))).containsExactly("speaker: Marta Quillan ✕");
        long after = Long.parseLong(browser.findElement(By.cssSelector(".total strong")).getText());
        assertThat(after).isLessThan(before).isPositive();
        screenshot("2-search-facet");

        browser.findElement(By.linkText("Minister promises new rail line to relieve the ports")).click();
        assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isEqualTo("Minister promises new rail line to relieve the ports");
        WebElement quote = browser.findElements(By.cssSelector(".text q.quote")).stream()
                .filter(q -> q.getText().startsWith("The road to the ports is full")).findFirst().orElseThrow();
        assertThat(quote.getCssValue("background-color")).isEqualTo("rgba(255, 243, 168, 1)");
        WebElement speaker = quote.findElement(By.xpath("following-sibling::span[@class='speaker-tag'][1]/a"));
        assertThat(speaker.getText()).endsWith("Marta Quillan");
        assertThat(browser.findElements(By.cssSelector(".text a.ent.PERSON"))).isNotEmpty();
        screenshot("3-article");

        speaker.click();
        assertThat(browser.findElement(By.cssSelector("h1.entity-name")).getText()).isEqualTo("Marta Quillan");
        List<WebElement> bars = browser.findElements(By.cssSelector(".timeline svg rect"));
        assertThat(bars).hasSize(3);
        assertThat(bars).allMatch(b -> Integer.parseInt(b.getAttribute("height")) > 0);
        assertThat(texts(By.cssSelector("ul.quotes q"))).contains("The road to the ports is full, and the answer is rail,");
        screenshot("4-entity");
    }

    @Test
    void script_in_an_article_shows_as_text() throws IOException {
        browser.get(base + "/?q=" + java.net.URLEncoder.encode("safety report", java.nio.charset.StandardCharsets.UTF_8));
        browser.findElement(By.partialLinkText("Harbour board publishes its safety report")).click();
        assertThat(browser.findElement(By.cssSelector("article h1")).getText())
                .isEqualTo("Harbour board publishes its safety report <script>alert(\"pwned\")</script>");
        assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("<script>document.title=\"hacked\"</script>");
        assertThat(browser.getTitle()).doesNotContain("hacked");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot("5-script-as-text");
    }

    @Test
    void analyze_renders_a_pasted_article_without_storing_it() throws IOException {
        long stored = new HttpProbe(base).get("/api/stats").json().path("articles").asLong();
        browser.get(base + "/analyze");
        browser.findElement(By.name("text")).sendKeys("Ferry service resumes <script>alert(1)</script>\n\n"
                + "\"The crossing is safe again,\" said Elena Varas, the chair of the Harbour Safety Board, in Valparaiso.\n");
        browser.findElement(By.cssSelector(".analyze button")).click();
        assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isEqualTo("Ferry service resumes <script>alert(1)</script>");
        assertThat(texts(By.cssSelector(".text q.quote"))).containsExactly("The crossing is safe again,");
        assertThat(texts(By.cssSelector(".text .speaker-tag"))).containsExactly("Elena Varas");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot("6-analyze");
        assertThat(new HttpProbe(base).get("/api/stats").json().path("articles").asLong()).isEqualTo(stored);
    }
}
