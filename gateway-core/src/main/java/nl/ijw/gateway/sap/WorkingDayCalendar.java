package nl.ijw.gateway.sap;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The working days of the SAP deadlines: Monday to Friday, except the public holidays of the
 * Algemene termijnenwet ({@link DutchHolidays}: New Year's Day, Good Friday, Easter Monday,
 * King's Day, 5 May, Ascension Day, Whit Monday, 25 and 26 December; Easter is computed), the
 * days a government decree equates to them ({@link EquatedDays}, bundled in
 * {@code sap/equated-days.csv}) and the closed days a configuration adds; a configuration can
 * also open a holiday again. Only {@link LocalDate} is used, so nothing depends on the clock or
 * the time zone of the machine.
 *
 * <p>"Within N working days after day X": the working days after X are counted (X itself is
 * not) and the Nth is the last day on time: {@link #addWorkingDays(LocalDate, int)}. For every
 * x and n &ge; 0, {@code workingDaysBetween(x, addWorkingDays(x, n)) == n}.
 *
 * <p><b>Configuration file</b> ({@link #load(Path)}, {@link CalendarAdjustments#load(Path)}):
 * UTF-8 text, one date a line; blank lines and lines starting with {@code #} are skipped.
 * <pre>
 * # contract 2026: Christmas Eve closed, Liberation Day is a working day
 * +2026-12-24 Christmas Eve (contract)
 * -2026-05-05
 * </pre>
 * {@code +YYYY-MM-DD [name]} closes a day (the optional name, the rest of the line, is what
 * {@link #describe(LocalDate)} returns; default {@value CalendarAdjustments#CONFIGURED}).
 * {@code -YYYY-MM-DD} opens a day that would otherwise be a holiday (statutory, equated or
 * closed before); text after the date is ignored. A weekend day cannot be opened, and a file
 * may not both close and open the same date.
 *
 * <p>Instances are immutable and thread-safe; the closed days of a year are computed once, on
 * first use, and kept.
 */
public final class WorkingDayCalendar {

    private static final class Standard {
        static final WorkingDayCalendar INSTANCE = new WorkingDayCalendar(EquatedDays.bundled(), Set.of());
    }

    /** Equated and configured closed days, date to name. */
    private final NavigableMap<LocalDate, String> extraClosed;
    /** Days that are never closed as a holiday (weekdays only). */
    private final Set<LocalDate> open;
    private final ConcurrentMap<Integer, Map<LocalDate, String>> closedByYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(Map<LocalDate, String> extraClosed, Set<LocalDate> open) {
        this.extraClosed = Collections.unmodifiableNavigableMap(new TreeMap<>(extraClosed));
        this.open = Set.copyOf(open);
    }

    /** Statutory holidays plus the bundled decree-equated days. */
    public static WorkingDayCalendar standard() {
        return Standard.INSTANCE;
    }

    /** The standard calendar with the adjustments of a configuration file (format above). */
    public static WorkingDayCalendar load(Path file) {
        return standard().with(CalendarAdjustments.load(file));
    }

    /** This calendar with the given days closed as well (a later open/close of a day wins). */
    public WorkingDayCalendar withClosedDays(Set<LocalDate> days) {
        Map<LocalDate, String> named = new TreeMap<>();
        days.forEach(d -> named.put(Objects.requireNonNull(d), CalendarAdjustments.CONFIGURED));
        return with(new CalendarAdjustments(named, Set.of()));
    }

    /** This calendar with the given days no longer holidays; weekend days are refused. */
    public WorkingDayCalendar withOpenDays(Set<LocalDate> days) {
        return with(new CalendarAdjustments(Map.of(), days));
    }

    /** This calendar with the closed and opened days of {@code adjustments}. */
    public WorkingDayCalendar with(CalendarAdjustments adjustments) {
        Map<LocalDate, String> closed = new TreeMap<>(extraClosed);
        Set<LocalDate> opened = new HashSet<>(open);
        for (LocalDate day : adjustments.open()) {
            if (isWeekend(day)) {
                throw new IllegalArgumentException(day + " is a " + day.getDayOfWeek()
                        + ": only a holiday can be opened, not a weekend day");
            }
            closed.remove(day);
            opened.add(day);
        }
        closed.putAll(adjustments.closed());
        opened.removeAll(adjustments.closed().keySet());
        return new WorkingDayCalendar(closed, opened);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !closedDays(date.getYear()).containsKey(date);
    }

    /**
     * The last on-time day of "within {@code n} working days after {@code date}": the nth
     * working day after {@code date}; {@code date} itself when n is 0.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        int left = n;
        while (left > 10) {
            // Whole weeks of at most left - 1 weekdays: at least one working day stays to step to,
            // so the result is a working day, not the weekend or holiday the jump may land on.
            LocalDate jump = day.plusWeeks((left - 1) / 5);
            left -= workingDaysBetween(day, jump);
            day = jump;
        }
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The number of working days d with a &lt; d &le; b; 0 when b is not after a. */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!b.isAfter(a)) {
            return 0;
        }
        long count = weekdaysUpTo(b) - weekdaysUpTo(a);
        for (int year = a.getYear(); year <= b.getYear(); year++) {
            for (LocalDate day : closedDays(year).keySet()) {
                if (day.isAfter(a) && !day.isAfter(b) && !isWeekend(day)) {
                    count--;
                }
            }
        }
        return Math.toIntExact(count);
    }

    /**
     * The closed days of {@code year} other than ordinary weekends, in date order: statutory
     * holidays (also those that fall on a Saturday or Sunday), decree-equated and configured
     * closed days, minus the opened days.
     */
    public Set<LocalDate> holidays(int year) {
        return closedDays(year).keySet();
    }

    /** The English name of the holiday or closed day on {@code date}, or null if it is none. */
    public String describe(LocalDate date) {
        return closedDays(date.getYear()).get(date);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[extra closed=" + extraClosed.size() + ", opened=" + open.size() + "]";
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Monday to Friday days from a fixed Monday up to and including {@code date} (may be negative). */
    private static long weekdaysUpTo(LocalDate date) {
        long k = date.toEpochDay() + 3; // epoch day -3 (1969-12-29) is a Monday
        long weeks = Math.floorDiv(k, 7);
        long inWeek = Math.floorMod(k, 7); // 0 = Monday
        return 5 * weeks + Math.min(inWeek + 1, 5);
    }

    private Map<LocalDate, String> closedDays(int year) {
        return closedByYear.computeIfAbsent(year, this::computeClosedDays);
    }

    private Map<LocalDate, String> computeClosedDays(int year) {
        Map<LocalDate, String> days = new TreeMap<>(DutchHolidays.of(year));
        extraClosed.subMap(LocalDate.of(year, Month.JANUARY, 1), true, LocalDate.of(year, Month.DECEMBER, 31), true)
                .forEach((day, name) -> DutchHolidays.put(days, day, name));
        days.keySet().removeAll(open);
        return Collections.unmodifiableMap(days);
    }
}
