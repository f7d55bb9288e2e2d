package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes: every command (benches excepted) runs in two separate JVMs, one in UTC
 * with an English locale and one in Europe/Amsterdam with a Dutch one, each in its own working
 * folder with the same relative arguments. Their output, exit codes and the files they write
 * (report.json, every retour, report files) must be identical to the byte. Separate JVMs are
 * needed: the iteration order of {@code Map.of}, {@code Set.of} and of hash maps keyed by enums
 * or other identity-hashed objects changes from one JVM to the next, never within one.
 */
class DeterminismTest {

    static final String S = ValidateCommandTest.SAMPLES.toString();

    /** One command a line, arguments separated by spaces; run in this order by {@link Driver}. */
    static final List<String> COMMANDS = List.of(
            "validate " + S + "/messages " + S + "/invalid",
            "validate --json " + S + "/messages " + S + "/invalid",
            // --quiet: the progress lines on stderr tell the time a replay took, the one output that may differ
            "replay " + S + "/histories/rule-violations --out replay-rule-violations --quiet",
            "replay " + S + "/histories/sap-overdue-and-retroactive --out replay-sap --as-of 2026-12-31 --quiet",
            "replay " + S + "/histories/withdrawal-and-correction --out replay-withdrawal --quiet --threads 1",
            "sap-report " + S + "/histories/rule-violations",
            "sap-report " + S + "/histories/rule-violations --format csv",
            "sap-report " + S + "/histories/sap-overdue-and-retroactive --format html",
            "sap-report " + S + "/histories/sap-one-day-late --format json --out sap-one-day-late.json",
            "sap-report replay-sap --as-of 2026-12-31",
            "sap-report replay-sap --as-of 2026-12-31 --format html --out datadir.html",
            "sap-report " + S + "/histories/sap-overdue-and-retroactive --format xlsx --out report.xlsx",
            "sap-report " + S + "/histories/sap-overdue-and-retroactive --format csv --out report.csv",
            "timeline " + S + "/histories/sap-overdue-and-retroactive --toewijzing 48210604",
            "timeline --data replay-sap --bsn 318473434 --json --as-of 2026-12-31");

    @TempDir
    Path tmp;

    @Test
    void everyCommandGivesTheSameBytesInAnotherJvm() throws Exception {
        Path commands = Files.write(tmp.resolve("commands.txt"), COMMANDS);
        Path a = run(commands, "a", "UTC", "en", "US");
        Path b = run(commands, "b", "Europe/Amsterdam", "nl", "NL");
        List<String> files = outputs(a);
        assertEquals(files, outputs(b));
        assertTrue(files.contains("replay-rule-violations/report.json"), files.toString());
        assertTrue(files.stream().filter(f -> f.startsWith("replay-rule-violations/retours/")).count() > 3, files.toString());
        assertTrue(files.contains("datadir.html"), files.toString());
        assertTrue(files.contains("report.xlsx"), files.toString());
        for (String f : files) {
            byte[] x = Files.readAllBytes(a.resolve(f));
            byte[] y = Files.readAllBytes(b.resolve(f));
            assertArrayEquals(x, y, () -> f + " differs:\n" + new String(x, StandardCharsets.UTF_8) + "\n---\n"
                    + new String(y, StandardCharsets.UTF_8));
        }
        for (int i = 0; i < COMMANDS.size(); i++) {
            String log = Files.readString(a.resolve("out-" + i + ".txt"));
            assertTrue(log.startsWith("exit 0") || log.startsWith("exit 1"), COMMANDS.get(i) + ": " + log);
        }
    }

    /** The files a run wrote, except the store (a database, not a report) and the lock file. */
    private static List<String> outputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(f -> !f.contains("/db/") && !f.endsWith(".replay.lock")).sorted().toList();
        }
    }

    private Path run(Path commands, String name, String zone, String language, String country) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Duser.timezone=" + zone, "-Duser.language=" + language,
                "-Duser.country=" + country, "-cp", System.getProperty("java.class.path"), Driver.class.getName(),
                commands.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "driver did not finish");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve(name + ".log")));
        return dir;
    }

    /** Runs each command of the file in this JVM, writing exit code, output and errors to out-N.txt. */
    public static final class Driver {
        public static void main(String[] args) throws IOException {
            List<String> lines = Files.readAllLines(Path.of(args[0]));
            for (int i = 0; i < lines.size(); i++) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.run(lines.get(i).split(" "), new PrintWriter(out), new PrintWriter(err));
                List<String> log = new ArrayList<>(List.of("exit " + code, "--- out", out.toString(), "--- err", err.toString()));
                Files.write(Path.of("out-" + i + ".txt"), log);
            }
        }
    }
}
