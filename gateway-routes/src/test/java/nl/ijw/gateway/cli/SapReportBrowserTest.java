package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in headless Chromium, driven by Selenium (Debian's chromium and chromium-driver,
 * no download): it loads without console errors, its counts match the JSON report of the same
 * history, the known late start is in the drill-down and links to the client's timeline, and the
 * script sorts and filters. Skipped, saying so, where the browser or its driver is not installed.
 */
class SapReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path HISTORY = TimelineCommandTest.HISTORY;

    @TempDir
    Path tmp;

    @Test
    void chromiumShowsWhatTheJsonSays() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no " + CHROMIUM + " or " + DRIVER
                + " (apt-get install chromium chromium-driver): browser test skipped");
        Path html = tmp.resolve("report.html");
        ValidateCommandTest.Run r = ValidateCommandTest.run("sap-report", HISTORY.toString(), "--format", "html", "--out",
                html.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(ValidateCommandTest.run("sap-report", HISTORY.toString()).out());

        WebDriver driver = start();
        try {
            driver.get(html.toUri().toString());
            List<String> errors = new ArrayList<>();
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(e.getMessage());
                }
            }
            assertEquals(List.of(), errors, "console errors and warnings");

            // Counts: ranking, drill-down and without-start rows as the JSON has them.
            assertEquals(json.get("ranking").size(), rows(driver, "ranking").size());
            int lateOrOverdue = count(json, "LATE") + count(json, "OVERDUE");
            assertEquals(7, lateOrOverdue, "the history's README: six overdue, one late");
            assertEquals(lateOrOverdue, rows(driver, "drilldown").size());
            assertEquals(count(json, "WITHOUT_START"), rows(driver, "without-start").size());
            // One provider, ranked on what it owed itself: the overall totals awaited from the provider.
            JsonNode all = json.get("totals").get(0);
            assertEquals("PROVIDER", all.get("awaitedFrom").asText());
            String ranked = rows(driver, "ranking").get(0).findElements(By.tagName("td")).get(1).getText();
            assertEquals(all.get("onTimePercent").decimalValue().toPlainString().replace('.', ',') + " %", ranked);

            // The known late message: Luuk's start (JW305 AB2701041) on allocation G26T12232, one working day late.
            WebElement late = driver.findElements(By.cssSelector("#drilldown tr.item")).stream()
                    .filter(e -> e.getText().contains("AB2701041")).findFirst().orElseThrow();
            for (String cell : List.of("OP271", "JW301 G26T12232", "48210604", "31-12-2026", "04-01-2027")) {
                assertTrue(late.getText().contains(cell), cell + " in " + late.getText());
            }
            WebElement link = late.findElement(By.cssSelector("a[href^='#client-']"));
            WebElement client = driver.findElement(By.id(link.getAttribute("href").replaceAll(".*#", "")));
            assertTrue(client.getText().contains("******337"), "the masked BSN heads the timeline");
            assertFalse(driver.getPageSource().contains(TimelineCommandTest.LUUK), "never the BSN");
            // Dates as the README promises, in the timeline's deadlines too: Dutch, in both languages.
            assertTrue(client.getText().contains("OP090 due 29-12-2026"), client.getText());
            String shown = driver.findElement(By.tagName("body")).getText();
            assertFalse(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(shown).find(), "no ISO date shown");

            // The script: filter on kind, then sort on working days late (descending after two clicks).
            driver.findElement(By.cssSelector(".filters select[name='kind']")).findElement(By.xpath("option[.='LATE']")).click();
            assertEquals(1, rows(driver, "drilldown").stream().filter(WebElement::isDisplayed).count());
            assertEquals("1", driver.findElement(By.id("drilldown-count")).getText());
            WebElement head = driver.findElements(By.cssSelector("#drilldown thead th")).get(8);
            head.click();
            head.click();
            assertEquals("descending", head.getAttribute("aria-sort"));
            assertEquals("4", rows(driver, "drilldown").get(0).findElements(By.tagName("td")).get(8).getAttribute("textContent"));
        } finally {
            driver.quit();
        }
    }

    private WebDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static List<WebElement> rows(WebDriver driver, String table) {
        return driver.findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    private static int count(JsonNode json, String kind) {
        int n = 0;
        for (JsonNode i : json.get("items")) {
            n += i.get("kind").asText().equals(kind) ? 1 : 0;
        }
        return n;
    }
}
