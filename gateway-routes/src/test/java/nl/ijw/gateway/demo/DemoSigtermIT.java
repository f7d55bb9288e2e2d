package nl.ijw.gateway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ijw-gateway demo} as a real process: prints its address, stops on SIGTERM with exit 0, deletes its temporary folder. */
class DemoSigtermIT {

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void sigtermStopsTheDemoWithExitZeroAndDeletesItsTemporaryFolder() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = tmp.resolve("demo.log");
        Process p = new ProcessBuilder(java, "-Duser.language=en", "-Duser.country=US", "-jar",
                Path.of("target", "ijw-gateway.jar").toAbsolutePath().toString(), "demo", "--clients", "10", "--rate", "10",
                "-D", "broker.port=" + DemoTest.freePort(), "-D", "http.port=" + DemoTest.freePort())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long end = System.currentTimeMillis() + 240_000;
            while (System.currentTimeMillis() < end && p.isAlive() && !text(log).contains("demo: stop with Ctrl-C")) {
                Thread.sleep(200);
            }
            String out = text(log);
            assertTrue(out.contains("demo: stop with Ctrl-C"), out);
            Matcher dir = Pattern.compile("demo: seeded (\\S+) with").matcher(out);
            assertTrue(dir.find(), out);
            Path data = Path.of(dir.group(1));
            assertTrue(Files.isDirectory(data));
            Matcher url = Pattern.compile("demo: monitor (http://localhost:\\d+/)").matcher(out);
            assertTrue(url.find(), out);
            Thread.sleep(2_000); // some live traffic
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped");
            assertEquals(0, p.exitValue(), "SIGTERM: an orderly stop exits 0\n" + text(log));
            assertFalse(Files.exists(data), "the temporary data folder is deleted");
        } finally {
            p.destroyForcibly();
        }
    }

    private static String text(Path log) throws java.io.IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }
}
