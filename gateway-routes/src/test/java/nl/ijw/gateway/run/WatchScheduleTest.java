package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.testing.MovingClock;

/** The watch at the wall clock of Europe/Amsterdam: :00, :15, :30, :45, also across the changes to and from summer time. */
class WatchScheduleTest {

    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    static final Duration QUARTER = Duration.ofMinutes(15);

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void theNextQuarterOfTheHourStrictlyAfterNow() {
        assertEquals(at("2026-01-12T10:15:00+01:00"), WatchSchedule.next(at("2026-01-12T10:07:31+01:00"), QUARTER, AMS));
        assertEquals(at("2026-01-12T10:30:00+01:00"), WatchSchedule.next(at("2026-01-12T10:15:00+01:00"), QUARTER, AMS));
        assertEquals(at("2026-07-01T00:00:00+02:00"), WatchSchedule.next(at("2026-06-30T23:59:59.999+02:00"), QUARTER, AMS));
        assertEquals(at("2026-07-01T14:00:00+02:00"), WatchSchedule.next(at("2026-07-01T13:00:00+02:00"), Duration.ofHours(1), AMS));
        assertEquals(at("2026-07-01T13:00:00.600+02:00"),
                WatchSchedule.next(at("2026-07-01T13:00:00.450+02:00"), Duration.ofMillis(200), AMS));
    }

    @Test
    void anIntervalThatDoesNotDivideTheDayStartsAgainAtMidnight() {
        assertEquals(at("2026-01-13T00:00:00+01:00"), WatchSchedule.next(at("2026-01-12T23:56:00+01:00"), Duration.ofMinutes(7), AMS));
        assertEquals(at("2026-01-13T00:07:00+01:00"), WatchSchedule.next(at("2026-01-13T00:00:00+01:00"), Duration.ofMinutes(7), AMS));
        assertEquals(at("2026-01-13T00:00:00+01:00"), WatchSchedule.next(at("2026-01-12T00:00:00+01:00"), Duration.ofDays(1), AMS));
    }

    @Test
    void springForwardSkipsTheMissingHour() {
        // 2026-03-29 02:00 CET becomes 03:00 CEST.
        assertEquals(at("2026-03-29T03:00:00+02:00"), WatchSchedule.next(at("2026-03-29T01:50:00+01:00"), QUARTER, AMS));
        List<Instant> day = runs(LocalDate.of(2026, 3, 29), QUARTER);
        assertEquals(23 * 4, day.size(), "a day of 23 hours");
        assertEvenlySpacedOnTheQuarter(day);
    }

    @Test
    void fallBackRunsTheRepeatedHourTwice() {
        // 2026-10-25 03:00 CEST becomes 02:00 CET.
        assertEquals(at("2026-10-25T02:00:00+01:00"), WatchSchedule.next(at("2026-10-25T02:50:00+02:00"), QUARTER, AMS));
        assertEquals(at("2026-10-25T02:15:00+01:00"), WatchSchedule.next(at("2026-10-25T02:00:00+01:00"), QUARTER, AMS));
        List<Instant> day = runs(LocalDate.of(2026, 10, 25), QUARTER);
        assertEquals(25 * 4, day.size(), "a day of 25 hours");
        assertEvenlySpacedOnTheQuarter(day);
        assertEquals(25, runs(LocalDate.of(2026, 10, 25), Duration.ofHours(1)).size());
    }

    @Test
    void intervalsItCannotScheduleAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WatchSchedule.next(Instant.EPOCH, Duration.ofHours(25), AMS));
        assertThrows(IllegalArgumentException.class, () -> WatchSchedule.next(Instant.EPOCH, Duration.ZERO, AMS));
        var e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, java.util.Map.of("watch.interval", "2d"), java.util.Map.of()));
        assertTrue(e.getMessage().startsWith("watch.interval must be a duration"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, java.util.Map.of("watch.interval", "25h"), java.util.Map.of()));
        assertTrue(e.getMessage().startsWith("watch.interval must be at most a day"), e.getMessage());
    }

    @Test
    void theBeanRunsAtStartThenWhenTheClockReachesTheNextTime() {
        MovingClock clock = new MovingClock(at("2026-01-12T10:07:00+01:00"));
        AtomicInteger runs = new AtomicInteger();
        ScheduledWatch w = new ScheduledWatch(runs::incrementAndGet, clock, QUARTER, AMS);
        assertNull(w.lastRun());
        w.tick();
        assertEquals(1, runs.get(), "at start");
        assertEquals(at("2026-01-12T10:15:00+01:00"), w.due());
        clock.now = at("2026-01-12T10:14:59+01:00");
        w.tick();
        assertEquals(1, runs.get(), "not before the quarter");
        clock.now = at("2026-01-12T10:15:00+01:00");
        w.tick();
        w.tick();
        assertEquals(2, runs.get(), "once at the quarter");
        assertEquals(clock.now, w.lastRun());
        clock.now = at("2026-03-01T09:00:00+01:00");
        w.tick();
        assertEquals(3, runs.get(), "after a jump of the clock, once");
        assertEquals(at("2026-03-01T09:15:00+01:00"), w.due());
        assertEquals(Duration.ofSeconds(1), ScheduledWatch.tickPeriod(QUARTER));
        assertEquals(Duration.ofMillis(200), ScheduledWatch.tickPeriod(Duration.ofMillis(200)));
    }

    /** Every run from the day's first moment to the next day's, in Europe/Amsterdam. */
    private static List<Instant> runs(LocalDate day, Duration interval) {
        Instant end = day.plusDays(1).atStartOfDay(AMS).toInstant();
        List<Instant> out = new ArrayList<>();
        Instant t = day.atStartOfDay(AMS).toInstant().minusNanos(1);
        while ((t = WatchSchedule.next(t, interval, AMS)).isBefore(end)) {
            out.add(t);
        }
        return out;
    }

    private static void assertEvenlySpacedOnTheQuarter(List<Instant> runs) {
        for (int i = 0; i < runs.size(); i++) {
            ZonedDateTime z = runs.get(i).atZone(AMS);
            assertEquals(0, z.getMinute() % 15 + z.getSecond() + z.getNano(), z.toString());
            if (i > 0) {
                assertEquals(QUARTER, Duration.between(runs.get(i - 1), runs.get(i)), z.toString());
            }
        }
    }
}
