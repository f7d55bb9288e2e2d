package nl.ijw.gateway.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;

/**
 * When the overdue watch runs after its first run: at the wall-clock times that are whole
 * multiples of {@code watch.interval} counted from local midnight ({@code 15m}: :00, :15, :30,
 * :45). An interval that does not divide the day starts again at midnight. Across a change of
 * the zone's offset the counting continues in the new wall time from the change, so the hour
 * repeated in autumn gets its runs and the hour skipped in spring has none: every run lies one
 * interval (or less, at a change or at midnight) after the one before it. Pure: a function of its
 * arguments.
 */
final class WatchSchedule {

    /** The longest interval: the watch decides by date, so at least daily. */
    static final Duration LONGEST = Duration.ofDays(1);

    private WatchSchedule() {
    }

    /** The first run strictly after {@code now}. */
    static Instant next(Instant now, Duration interval, ZoneId zone) {
        if (interval.isZero() || interval.isNegative() || interval.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("the interval must be positive and at most a day, not " + interval);
        }
        Instant inFrame = nextInFrame(now, interval, zone.getRules().getOffset(now));
        ZoneOffsetTransition change = zone.getRules().nextTransition(now);
        if (change == null || inFrame.isBefore(change.getInstant())) {
            return inFrame;
        }
        // The offset changes first: from the change on, count in the new wall time.
        Instant at = change.getInstant();
        return aligned(at, interval, change.getOffsetAfter()) ? at : next(at, interval, zone);
    }

    /** The next multiple after {@code now} in the wall time of one offset, or the next midnight. */
    private static Instant nextInFrame(Instant now, Duration interval, ZoneOffset offset) {
        LocalDateTime local = LocalDateTime.ofInstant(now, offset);
        LocalDateTime midnight = local.toLocalDate().atStartOfDay();
        long step = interval.toNanos();
        long k = Duration.between(midnight, local).toNanos() / step + 1;
        LocalDateTime next = midnight.plusNanos(k * step);
        LocalDateTime nextMidnight = midnight.plusDays(1);
        return (next.isAfter(nextMidnight) ? nextMidnight : next).toInstant(offset);
    }

    private static boolean aligned(Instant at, Duration interval, ZoneOffset offset) {
        LocalDateTime local = LocalDateTime.ofInstant(at, offset);
        return Duration.between(local.toLocalDate().atStartOfDay(), local).toNanos() % interval.toNanos() == 0;
    }
}
