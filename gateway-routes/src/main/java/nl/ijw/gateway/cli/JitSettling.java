package nl.ijw.gateway.cli;

import java.util.ArrayDeque;

/**
 * Tells when the JIT has settled: over the last window it compiled for less than a share of that
 * window. A cold gateway's C2 compiler takes about a core for its first two minutes, so a rate
 * measured before then says more about the JIT than about the gateway. Fed samples (monotonic
 * nanoseconds, the JVM's accumulated compile milliseconds), so it is tested without a JVM's help.
 */
final class JitSettling {

    private final long windowNanos;
    private final double share;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();
    private boolean verdict;

    JitSettling(long windowNanos, double share) {
        if (windowNanos <= 0 || !(share > 0)) {
            throw new IllegalArgumentException("a window and a share above 0");
        }
        this.windowNanos = windowNanos;
        this.share = share;
    }

    /**
     * Adds a sample; true once a whole window lies behind it and the JIT compiled less than the share
     * of it. Samples closer together than a fifteenth of the window only repeat the last answer, so a
     * caller may ask for every message it sends.
     */
    boolean settled(long nowNanos, long compileMillis) {
        if (!samples.isEmpty() && nowNanos - samples.peekLast()[0] < windowNanos / 15) {
            return verdict;
        }
        samples.addLast(new long[] {nowNanos, compileMillis});
        while (samples.size() > 1) { // keep the newest sample at least a window old as the window's start
            long[] head = samples.pollFirst();
            if (nowNanos - samples.peekFirst()[0] < windowNanos) {
                samples.addFirst(head);
                break;
            }
        }
        long[] first = samples.peekFirst();
        long span = nowNanos - first[0];
        verdict = span >= windowNanos && (compileMillis - first[1]) * 1e6 < share * span;
        return verdict;
    }

    /** The compile time of the last window as a share of it, for the report (0 before a second sample). */
    double lastShare() {
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long span = last[0] - first[0];
        return span <= 0 ? 0 : (last[1] - first[1]) * 1e6 / span;
    }
}
