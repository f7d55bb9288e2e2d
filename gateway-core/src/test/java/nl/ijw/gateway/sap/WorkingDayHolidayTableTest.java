package nl.ijw.gateway.sap;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The closed days of 2024–2030, written out by hand. Easter Sundays (worked out by hand with the
 * anonymous Gregorian algorithm): 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16,
 * 2029-04-01, 2030-04-21. Good Friday = Easter - 2, Easter Monday = + 1, Ascension = + 39,
 * Whit Monday = + 50. Each row carries the weekday I expect, which java.time checks.
 */
class WorkingDayHolidayTableTest {

    private record Closed(LocalDate date, DayOfWeek weekday, String name) {
    }

    private static Closed c(String date, DayOfWeek weekday, String name) {
        return new Closed(LocalDate.parse(date), weekday, name);
    }

    private static final String NY = "New Year's Day";
    private static final String GF = "Good Friday";
    private static final String EM = "Easter Monday";
    private static final String KD = "King's Day";
    private static final String LD = "Liberation Day";
    private static final String AD = "Ascension Day";
    private static final String WM = "Whit Monday";
    private static final String X1 = "Christmas Day";
    private static final String X2 = "Second Day of Christmas";
    private static final String EQ = "decree";

    private static final List<Closed> TABLE = List.of(
            // 2024: Easter 31 Mar; 27 Apr is a Saturday, 5 May a Sunday
            c("2024-01-01", MONDAY, NY), c("2024-03-29", FRIDAY, GF), c("2024-04-01", MONDAY, EM),
            c("2024-04-27", SATURDAY, KD), c("2024-05-05", SUNDAY, LD), c("2024-05-09", THURSDAY, AD),
            c("2024-05-20", MONDAY, WM), c("2024-12-25", WEDNESDAY, X1), c("2024-12-26", THURSDAY, X2),
            // 2025: Easter 20 Apr; 27 Apr is a Sunday, so King's Day is Saturday 26 Apr
            c("2025-01-01", WEDNESDAY, NY), c("2025-04-18", FRIDAY, GF), c("2025-04-21", MONDAY, EM),
            c("2025-04-26", SATURDAY, KD), c("2025-05-05", MONDAY, LD), c("2025-05-29", THURSDAY, AD),
            c("2025-06-09", MONDAY, WM), c("2025-12-25", THURSDAY, X1), c("2025-12-26", FRIDAY, X2),
            // 2026: Easter 5 Apr; decree days 2 Jan and 15 May
            c("2026-01-01", THURSDAY, NY), c("2026-01-02", FRIDAY, EQ), c("2026-04-03", FRIDAY, GF),
            c("2026-04-06", MONDAY, EM), c("2026-04-27", MONDAY, KD), c("2026-05-05", TUESDAY, LD),
            c("2026-05-14", THURSDAY, AD), c("2026-05-15", FRIDAY, EQ), c("2026-05-25", MONDAY, WM),
            c("2026-12-25", FRIDAY, X1), c("2026-12-26", SATURDAY, X2),
            // 2027: Easter 28 Mar; decree day 7 May
            c("2027-01-01", FRIDAY, NY), c("2027-03-26", FRIDAY, GF), c("2027-03-29", MONDAY, EM),
            c("2027-04-27", TUESDAY, KD), c("2027-05-05", WEDNESDAY, LD), c("2027-05-06", THURSDAY, AD),
            c("2027-05-07", FRIDAY, EQ), c("2027-05-17", MONDAY, WM), c("2027-12-25", SATURDAY, X1),
            c("2027-12-26", SUNDAY, X2),
            // 2028: Easter 16 Apr; decree days 28 Apr and 26 May
            c("2028-01-01", SATURDAY, NY), c("2028-04-14", FRIDAY, GF), c("2028-04-17", MONDAY, EM),
            c("2028-04-27", THURSDAY, KD), c("2028-04-28", FRIDAY, EQ), c("2028-05-05", FRIDAY, LD),
            c("2028-05-25", THURSDAY, AD), c("2028-05-26", FRIDAY, EQ), c("2028-06-05", MONDAY, WM),
            c("2028-12-25", MONDAY, X1), c("2028-12-26", TUESDAY, X2),
            // 2029: Easter 1 Apr
            c("2029-01-01", MONDAY, NY), c("2029-03-30", FRIDAY, GF), c("2029-04-02", MONDAY, EM),
            c("2029-04-27", FRIDAY, KD), c("2029-05-05", SATURDAY, LD), c("2029-05-10", THURSDAY, AD),
            c("2029-05-21", MONDAY, WM), c("2029-12-25", TUESDAY, X1), c("2029-12-26", WEDNESDAY, X2),
            // 2030: Easter 21 Apr; 27 Apr is a Saturday (not moved), 5 May a Sunday
            c("2030-01-01", TUESDAY, NY), c("2030-04-19", FRIDAY, GF), c("2030-04-22", MONDAY, EM),
            c("2030-04-27", SATURDAY, KD), c("2030-05-05", SUNDAY, LD), c("2030-05-30", THURSDAY, AD),
            c("2030-06-10", MONDAY, WM), c("2030-12-25", WEDNESDAY, X1), c("2030-12-26", THURSDAY, X2));

    /** Working days per year, counted by hand: weekdays of the year minus weekday rows above. */
    private static final Map<Integer, Integer> WORKING_DAYS = Map.of(
            2024, 262 - 7, 2025, 261 - 8, 2026, 261 - 10, 2027, 261 - 8,
            2028, 260 - 10, 2029, 261 - 8, 2030, 261 - 7);

    private static final Map<Integer, LocalDate> EASTER = Map.of(
            2024, LocalDate.of(2024, 3, 31), 2025, LocalDate.of(2025, 4, 20), 2026, LocalDate.of(2026, 4, 5),
            2027, LocalDate.of(2027, 3, 28), 2028, LocalDate.of(2028, 4, 16), 2029, LocalDate.of(2029, 4, 1),
            2030, LocalDate.of(2030, 4, 21));

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    private static Map<LocalDate, Closed> table() {
        Map<LocalDate, Closed> byDate = new TreeMap<>();
        TABLE.forEach(row -> byDate.put(row.date(), row));
        return byDate;
    }

    @Test
    void tableWeekdaysAgreeWithJavaTime() {
        for (Closed row : TABLE) {
            assertEquals(row.weekday(), row.date().getDayOfWeek(), row.toString());
        }
        assertEquals(7 * 9 + 5, TABLE.size(), "nine statutory holidays a year plus five decree days");
        assertEquals(TABLE.size(), table().size(), "no date twice in the table");
    }

    @Test
    void easterIsComputedAsInTheTable() {
        EASTER.forEach((year, easter) -> {
            assertEquals(easter, DutchHolidays.easterSunday(year), "Easter " + year);
            assertEquals(SUNDAY, easter.getDayOfWeek());
        });
    }

    @Test
    void everyDayOf2024To2030() {
        Map<LocalDate, Closed> table = table();
        int checked = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek() != SATURDAY && d.getDayOfWeek() != SUNDAY;
            boolean expected = weekday && !table.containsKey(d);
            assertEquals(expected, calendar.isWorkingDay(d), d + " " + d.getDayOfWeek());
            checked++;
        }
        assertEquals(366 + 365 + 365 + 365 + 366 + 365 + 365, checked);
    }

    @Test
    void holidaysOfEachYearAreExactlyTheTableRows() {
        for (int year = 2024; year <= 2030; year++) {
            Set<LocalDate> expected = new TreeSet<>();
            for (Closed row : TABLE) {
                if (row.date().getYear() == year) {
                    expected.add(row.date());
                }
            }
            assertEquals(expected, new TreeSet<>(calendar.holidays(year)), "holidays " + year);
            assertEquals(new ArrayList<>(expected), new ArrayList<>(calendar.holidays(year)), "date order " + year);
        }
    }

    @Test
    void describeNamesEveryTableRow() {
        for (Closed row : TABLE) {
            String name = calendar.describe(row.date());
            if (row.name().equals(EQ)) {
                assertTrue(name.contains("equated by decree"), row + " -> " + name);
            } else {
                assertEquals(row.name(), name, row.toString());
            }
        }
        assertEquals(null, calendar.describe(LocalDate.of(2026, 4, 28)));
        assertEquals(null, calendar.describe(LocalDate.of(2026, 4, 4)), "a plain Saturday has no name");
        assertEquals("Friday after Ascension Day (equated by decree)", calendar.describe(LocalDate.of(2026, 5, 15)));
    }

    @Test
    void workingDaysPerYearMatchHandCount() {
        int total = 0;
        for (int year = 2024; year <= 2030; year++) {
            int expected = WORKING_DAYS.get(year);
            LocalDate lastOfPreviousYear = LocalDate.of(year - 1, 12, 31);
            assertEquals(expected, calendar.workingDaysBetween(lastOfPreviousYear, LocalDate.of(year, 12, 31)), "" + year);
            total += expected;
        }
        assertEquals(1769, total);
        assertEquals(1769, calendar.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2030, 12, 31)));
        assertEquals(LocalDate.of(2030, 12, 31), calendar.addWorkingDays(LocalDate.of(2023, 12, 31), 1769));
    }

    @Test
    void decreeDaysOnlyInTheirYears() {
        // the same calendar dates, or the same "Friday after", in other years are working days
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2032, 1, 2)), "Friday 2 Jan 2032");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 2)), "Thursday 2 Jan 2025");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 15)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 5, 10)), "Friday after Ascension 2024");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2029, 5, 11)), "Friday after Ascension 2029");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2030, 5, 31)), "Friday after Ascension 2030");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 5, 7)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2032, 5, 7)), "Friday 7 May 2032, Ascension is 6 May 2032");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2028, 4, 28)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 4, 28)), "Friday 28 Apr 2023");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2028, 5, 26)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2034, 5, 26)), "Friday 26 May 2034");
        assertEquals(5, EquatedDays.bundled().size());
    }
}
