package nl.ijw.gateway.sap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays that the Algemene termijnenwet (art. 3) names, computed for any year:
 * New Year's Day, Good Friday, Easter Monday, King's Day (27 April, or 26 April when the 27th is
 * a Sunday), 5 May, Ascension Day, Whit Monday and 25 and 26 December. The current rules are
 * applied to every year (King's Day as it has been since 2014); days equated by decree are not
 * part of this class (see {@link EquatedDays}).
 */
public final class DutchHolidays {

    public static final String NEW_YEAR = "New Year's Day";
    public static final String GOOD_FRIDAY = "Good Friday";
    public static final String EASTER_MONDAY = "Easter Monday";
    public static final String KINGS_DAY = "King's Day";
    public static final String LIBERATION_DAY = "Liberation Day";
    public static final String ASCENSION_DAY = "Ascension Day";
    public static final String WHIT_MONDAY = "Whit Monday";
    public static final String CHRISTMAS_DAY = "Christmas Day";
    public static final String SECOND_CHRISTMAS_DAY = "Second Day of Christmas";

    private DutchHolidays() {
    }

    /**
     * Easter Sunday of a year of the (proleptic) Gregorian calendar, by the anonymous Gregorian
     * algorithm (Meeus/Jones/Butcher).
     */
    public static LocalDate easterSunday(int year) {
        int a = Math.floorMod(year, 19);
        int b = Math.floorDiv(year, 100);
        int c = Math.floorMod(year, 100);
        int d = Math.floorDiv(b, 4);
        int e = Math.floorMod(b, 4);
        int f = Math.floorDiv(b + 8, 25);
        int g = Math.floorDiv(b - f + 1, 3);
        int h = Math.floorMod(19 * a + b - d - g + 15, 30);
        int i = c / 4;
        int k = c % 4;
        int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
        int m = (a + 11 * h + 22 * l) / 451;
        int x = h + l - 7 * m + 114;
        return LocalDate.of(year, x / 31, x % 31 + 1);
    }

    /** King's Day: 27 April, moved to 26 April when the 27th is a Sunday. */
    public static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /**
     * The statutory holidays of {@code year}, date to English name, in date order (whatever day
     * of the week they fall on). Holidays that coincide share one entry, names joined by " / ".
     */
    public static Map<LocalDate, String> of(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        put(days, LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR);
        put(days, easter.minusDays(2), GOOD_FRIDAY);
        put(days, easter.plusDays(1), EASTER_MONDAY);
        put(days, kingsDay(year), KINGS_DAY);
        put(days, LocalDate.of(year, Month.MAY, 5), LIBERATION_DAY);
        put(days, easter.plusDays(39), ASCENSION_DAY);
        put(days, easter.plusDays(50), WHIT_MONDAY);
        put(days, LocalDate.of(year, Month.DECEMBER, 25), CHRISTMAS_DAY);
        put(days, LocalDate.of(year, Month.DECEMBER, 26), SECOND_CHRISTMAS_DAY);
        return Collections.unmodifiableMap(days);
    }

    static void put(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (old, added) -> old.equals(added) ? old : old + " / " + added);
    }
}
