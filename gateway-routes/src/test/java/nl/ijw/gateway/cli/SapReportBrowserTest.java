package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser reads it: headless Chromium loads the file (no network, fresh
 * profile) and dumps the DOM, which must hold the figures. Skipped where Chromium is not installed.
 */
class SapReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void chromiumShowsTheFigures() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": browser test skipped");
        Path html = tmp.resolve("report.html");
        ValidateCommandTest.Run r = ValidateCommandTest.run("sap-report", SapReportCommandTest.HISTORY.toString(),
                "--format", "html", "--out", html.toString());
        assertEquals(0, r.code(), r.err());

        String dom = dumpDom(html);
        assertTrue(dom.contains("SAP-nalevingsrapportage"), dom);
        assertTrue(dom.contains("Aanbieder 41836207"), "provider heading");
        assertTrue(dom.contains("<td class=\"num\">10</td>"), "due, all providers");
        assertTrue(dom.contains("<td class=\"num\">20.0%</td>"), "on time, overall");
        assertTrue(dom.contains("<td class=\"num\">12.5%</td>"), "on time, awaited from the municipality");
        assertTrue(dom.contains("<td class=\"num\">50.0%</td>"), "on time, awaited from the provider");
        assertTrue(dom.contains("0 op tijd, 0 te laat, 6 ontbreekt: 0.0% (+1 nog niet verlopen)"), "bar figures");
        assertTrue(dom.contains("1 op tijd, 0 te laat, 0 ontbreekt: 100.0%"), "bar figures");
        assertTrue(dom.contains("<svg class=\"chart\""), "the chart is in the DOM");
        assertTrue(dom.contains("2026-07-01"), "as-of date");
    }

    /** Runs Chromium headless on the file and returns the serialised DOM; kills it after 60 s. */
    private String dumpDom(Path html) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        Path out = tmp.resolve("dom.html");
        Path err = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", html.toUri().toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("Chromium did not finish within 60 s: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + readQuietly(err));
        return Files.readString(out);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
