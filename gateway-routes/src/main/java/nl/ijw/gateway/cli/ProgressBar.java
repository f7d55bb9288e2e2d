package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import nl.ijw.gateway.replay.Replay;

/**
 * A replay's progress on stderr, so stdout's summary stays the same: on a terminal a bar redrawn
 * in place (messages done of all, msg/s, time left), at most five times a second; otherwise a
 * plain line every 10 seconds and at each tenth of the history (not more than one a second), and
 * one at the end. The rate is the average since
 * the start, so the time left does not jump with each group.
 */
final class ProgressBar implements Replay.Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 10_000_000_000L;
    /** A short history does not get ten lines in a few seconds. */
    private static final long MIN_LINE_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long start;
    private long shown;
    private long lastTenth;
    private boolean finished;
    private int width;

    ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.terminal = terminal;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.shown = start;
    }

    /** For the command line: a bar when the JVM has a console, plain lines when not. */
    static ProgressBar on(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::nanoTime);
    }

    @Override
    public void at(long done, long total) {
        if (finished || total <= 0) {
            return;
        }
        long now = nanos.getAsLong();
        boolean last = done >= total;
        long tenth = done * 10 / total;
        if (terminal) {
            if (last || now - shown >= REDRAW_NANOS) {
                String line = bar(done, total) + "  " + figures(done, total, now);
                // A shorter line than the one before is padded, so nothing of that one is left.
                err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                width = line.length();
                if (last) {
                    err.println();
                }
                err.flush();
                shown = now;
            }
        } else if (last || tenth > lastTenth && now - shown >= MIN_LINE_NANOS || now - shown >= LINE_NANOS) {
            err.println("replay: " + figures(done, total, now));
            err.flush();
            shown = now;
            lastTenth = tenth;
        }
        finished = last;
    }

    private static String bar(long done, long total) {
        int full = (int) (WIDTH * done / total);
        return "[" + "#".repeat(full) + "-".repeat(WIDTH - full) + "]";
    }

    private String figures(long done, long total, long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = done >= total ? "done in " + duration(seconds)
                : rate > 0 ? "ETA " + duration((total - done) / rate) : "ETA unknown";
        return String.format(Locale.ROOT, "%,d/%,d messages (%d%%), %,.0f msg/s, %s", done, total, done * 100 / total,
                rate, eta);
    }

    /** 0:42, 12:03, 1:02:03. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
