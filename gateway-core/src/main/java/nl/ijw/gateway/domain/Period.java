package nl.ijw.gateway.domain;

import java.time.LocalDate;

/** A period of days; {@code end} may be null for an open end. Both ends are inclusive. */
public record Period(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether all of {@code other} lies within this period. */
    public boolean covers(Period other) {
        if (other.start.isBefore(start)) {
            return false;
        }
        if (end == null) {
            return true;
        }
        return other.end != null && !other.end.isAfter(end);
    }

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
        boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
