package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.web.Role;
import nl.ijw.gateway.web.UsersFile;
import nl.ijw.gateway.web.WebUser;

/**
 * The monitor in headless Chromium (Debian's chromium and chromium-driver, nothing downloaded), on
 * a live gateway over a replayed history plus live traffic: log in, every page loads without
 * console errors (a CSP violation would be one), "Traffic now" refreshes itself, the skip link is
 * the first stop of the keyboard, an operator resubmits a dead letter by its button, a privacy
 * officer unmasks a BSN with a reason. A screenshot of every page goes to {@code -Dijw.shots}
 * (default target/shots). Skipped, saying so, where the browser or its driver is missing.
 */
class MonitorBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void everyPageInABrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no " + CHROMIUM + " or " + DRIVER
                + " (apt-get install chromium chromium-driver): browser test skipped");
        Path shots = Files.createDirectories(Path.of(System.getProperty("ijw.shots", "target/shots")));
        MonitorHistory history = MonitorHistory.make("monitor-browser");
        Path users = history.data().resolveSibling("users.txt");
        UsersFile.add(users, new WebUser("beheer", Role.OPERATOR, Scope.all(), UsersFile.hash("pw-beheer".toCharArray(), 4)));
        UsersFile.add(users, new WebUser("privacy", Role.PRIVACY_OFFICER, Scope.all(), UsersFile.hash("pw-privacy".toCharArray(), 4)));
        try (LiveHarness live = history.start(users)) {
            byte[] good = LiveHarness.sample("messages/jw315.xml");
            live.send(good);
            live.send(new String(good, StandardCharsets.UTF_8).replace(">AB2600087<", ">AB2600088<")
                    .replace(">264819378<", ">123456789<").getBytes(StandardCharsets.UTF_8));
            live.awaitPublished(10_000);
            WebScopeTest.park(live, good, WebUsers.PROVIDER_A);
            String base = "http://localhost:" + live.gateway.httpPort();
            String nr = MonitorHistory.query(live, "SELECT toewijzing_nummer FROM allocation ORDER BY 1").get(0);
            WebDriver d = start(history.data().resolveSibling("profile"));
            try {
                d.get(base + "/traffic");
                assertTrue(d.getCurrentUrl().startsWith(base + "/login"), d.getCurrentUrl());
                shot(d, shots, "01-login");
                login(d, "beheer");
                assertEquals(base + "/traffic", d.getCurrentUrl());

                d.findElement(By.tagName("body")).sendKeys(Keys.TAB);
                assertEquals("skip", d.switchTo().activeElement().getAttribute("class"), "the skip link is the first stop");

                long before = count(d);
                live.send(new String(good, StandardCharsets.UTF_8).replace(">AB2600087<", ">AB2600089<").getBytes(StandardCharsets.UTF_8));
                long end = System.currentTimeMillis() + 40_000;
                while (count(d) <= before) {
                    assertTrue(System.currentTimeMillis() < end, "the traffic page did not refresh itself within 40 s");
                    Thread.sleep(500);
                }
                noConsoleErrors(d, "/traffic after refreshes");
                shot(d, shots, "02-traffic");

                for (String[] page : new String[][] {{"/compliance", "03-compliance", "ranking"}, {"/worklist", "04-worklist", "overdue"},
                        {"/timeline?nr=" + nr, "05-timeline", "main"}, {"/dlq", "06-dead-letters", "dlq"}}) {
                    d.get(base + page[0]);
                    assertFalse(d.findElements(By.id(page[2])).isEmpty(), page[0] + " has #" + page[2]);
                    noConsoleErrors(d, page[0]);
                    shot(d, shots, page[1]);
                }
                assertTrue(d.findElement(By.id("dlq")).getText().contains("JW315"));
                submit(d, By.cssSelector("form[action='/dlq/resubmit'] button"));
                assertTrue(d.findElement(By.cssSelector("p.ok")).getText().startsWith("Opnieuw aangeboden op ijw.in als ID:"));
                shot(d, shots, "07-dead-letters-resubmitted");

                d.get(base + "/traffic?lang=en");
                assertEquals("en", d.findElement(By.tagName("html")).getAttribute("lang"));
                assertEquals("Traffic now", d.findElement(By.tagName("h1")).getText());
                shot(d, shots, "08-traffic-en");
                d.get(base + "/traffic?lang=nl");
                logout(d);

                login(d, "privacy");
                d.get(base + "/timeline?nr=" + nr);
                d.findElement(By.id("why")).sendKeys("verzoek om inzage 2026-3");
                submit(d, By.cssSelector("form.unmask button"));
                assertTrue(d.findElement(By.cssSelector("section.timeline h2")).getText().matches("Cliënt \\d{9}"),
                        "unmasked: " + d.findElement(By.cssSelector("section.timeline h2")).getText());
                shot(d, shots, "09-timeline-unmasked");
                d.get(base + "/access-log");
                assertTrue(d.findElement(By.id("accesslog")).getText().contains("verzoek om inzage 2026-3"));
                noConsoleErrors(d, "/access-log");
                shot(d, shots, "10-access-log");
            } finally {
                d.quit();
            }
        }
    }

    /** The total of the traffic table; read again when the page's poll swapped the table meanwhile. */
    private static long count(WebDriver d) {
        for (int attempt = 0; ; attempt++) {
            try {
                return countOnce(d);
            } catch (StaleElementReferenceException swapped) {
                if (attempt > 20) {
                    throw swapped;
                }
            }
        }
    }

    private static long countOnce(WebDriver d) {
        long n = 0;
        for (WebElement row : d.findElements(By.cssSelector("#traffic-totals tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() == 3) {
                n += Long.parseLong(cells.get(2).getText().replace(".", ""));
            }
        }
        return n;
    }

    private static void login(WebDriver d, String user) {
        d.findElement(By.id("name")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys("pw-" + user);
        submit(d, By.cssSelector("form.login button"));
    }

    private static void logout(WebDriver d) {
        submit(d, By.cssSelector("form[action='/logout'] button"));
    }

    /**
     * Clicks a form's button and waits until the browser has left the page. Without the wait an
     * element looked up next can still be the old page's (the unmask form's page has the same
     * heading as its answer) and goes stale as the answer arrives.
     */
    private static void submit(WebDriver d, By button) {
        WebElement old = d.findElement(By.tagName("html"));
        d.findElement(button).click();
        long end = System.currentTimeMillis() + 20_000;
        while (true) {
            try {
                old.getTagName();
            } catch (StaleElementReferenceException left) {
                return;
            }
            assertTrue(System.currentTimeMillis() < end, "the page did not change within 20 s of clicking " + button);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the browser", e);
        }
    }

    private static void noConsoleErrors(WebDriver d, String page) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : d.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, page + ": console errors and warnings");
    }

    private static void shot(WebDriver d, Path dir, String name) throws Exception {
        Path png = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriver start(Path profile) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(profile));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return d;
    }
}
