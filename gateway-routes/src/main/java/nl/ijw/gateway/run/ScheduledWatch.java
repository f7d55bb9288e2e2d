package nl.ijw.gateway.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The overdue watch on its schedule: a timer ticks often (every {@link #tickPeriod(Duration)}), and a
 * tick runs the watch at the first tick, then once the injected clock has reached the next time
 * of {@link WatchSchedule}. Asking the clock at every tick, rather than sleeping an interval,
 * keeps the runs on the wall clock after a pause, a clock step or a slow run.
 */
final class ScheduledWatch {

    private final Runnable watch;
    private final Clock clock;
    private final Duration interval;
    private final ZoneId zone;
    private Instant due;
    private volatile Instant lastRun;

    ScheduledWatch(Runnable watch, Clock clock, Duration interval, ZoneId zone) {
        WatchSchedule.next(Instant.EPOCH, interval, zone); // refuses an interval it cannot schedule
        this.watch = watch;
        this.clock = clock;
        this.interval = interval;
        this.zone = zone;
    }

    /** How often the timer asks: a second, or the interval when shorter. */
    static Duration tickPeriod(Duration interval) {
        return interval.compareTo(Duration.ofSeconds(1)) < 0 ? interval : Duration.ofSeconds(1);
    }

    /**
     * Runs the watch when it is due. A run that fails (the store down) is tried again at the next
     * scheduled time: the watch's watermark is in the store, so nothing is lost meanwhile.
     */
    public synchronized void tick() {
        Instant now = clock.instant();
        if (due != null && now.isBefore(due)) {
            return;
        }
        due = WatchSchedule.next(now, interval, zone);
        watch.run();
        lastRun = now;
    }

    /** The clock's time at the last run that completed, or null before the first. */
    Instant lastRun() {
        return lastRun;
    }

    /** When the next run is due, or null before the first. */
    synchronized Instant due() {
        return due;
    }
}
