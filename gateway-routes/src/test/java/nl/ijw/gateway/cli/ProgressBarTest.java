package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {

    @TempDir
    Path tmp;

    private long now;

    @Test
    void notOnATerminalAPlainLineEachTenthAndAtTheEnd() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false, () -> now);
        for (int done = 1; done <= 1_000; done++) {
            now += 10_000_000L; // 10 ms a message: 100 msg/s, 10 s in all
            bar.at(done, 1_000);
        }
        List<String> lines = err.toString().lines().toList();
        assertEquals(10, lines.size(), err.toString());
        assertEquals("replay: 100/1,000 messages (10%), 100 msg/s, ETA 0:09", lines.get(0));
        assertEquals("replay: 1,000/1,000 messages (100%), 100 msg/s, done in 0:10", lines.get(9));
    }

    @Test
    void aSlowReplayGetsALineEveryTenSeconds() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false, () -> now);
        for (int done = 1; done <= 30; done++) {
            now += 1_000_000_000L; // 1 msg/s: the first tenth takes 100 s
            bar.at(done, 1_000);
        }
        assertEquals(List.of("replay: 10/1,000 messages (1%), 1 msg/s, ETA 16:30",
                "replay: 20/1,000 messages (2%), 1 msg/s, ETA 16:20",
                "replay: 30/1,000 messages (3%), 1 msg/s, ETA 16:10"), err.toString().lines().toList());
    }

    @Test
    void onATerminalOneLineRedrawnInPlace() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, () -> now);
        for (int done = 1; done <= 100; done++) {
            now += 50_000_000L; // 20 msg/s: a redraw every fourth message
            bar.at(done, 100);
        }
        String s = err.toString();
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "redrawn with carriage returns, one newline at the end");
        assertTrue(s.endsWith("\r[##############################]  100/100 messages (100%), 20 msg/s, done in 0:05"
                + System.lineSeparator()), s);
        assertTrue(s.contains("\r[###############---------------]  52/100 messages (52%), 20 msg/s, ETA 0:02"), s);
        assertEquals(25, s.chars().filter(c -> c == '\r').count());
    }

    @Test
    void replayShowsProgressOnStderrUnlessQuiet() {
        Path history = ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory");
        ValidateCommandTest.Run loud = ValidateCommandTest.run("replay", history.toString(), "--out", tmp.resolve("a").toString());
        ValidateCommandTest.Run quiet = ValidateCommandTest.run("replay", history.toString(), "--out",
                tmp.resolve("b").toString(), "--quiet", "--threads", "1");
        assertEquals(0, loud.code(), loud.err());
        assertTrue(loud.err().lines().reduce((a, b) -> b).orElse("").matches(
                "replay: 14/14 messages \\(100%\\), [\\d,]+ msg/s, done in \\d+:\\d\\d"), loud.err());
        assertEquals("", quiet.err());
        assertEquals(loud.out().replace(tmp.resolve("a").toString(), "OUT"), quiet.out().replace(tmp.resolve("b").toString(), "OUT"));
    }

    @Test
    void zeroThreadsIsRefusedInWords() throws Exception {
        ValidateCommandTest.Run r = ValidateCommandTest.run("replay", ValidateCommandTest.SAMPLES.resolve("histories/clean-trajectory")
                .toString(), "--out", tmp.resolve("c").toString(), "--threads", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads and --group must be at least 1 (got 0 and 64)"), r.err());
        assertTrue(Files.notExists(tmp.resolve("c")), "nothing written");
    }
}
