package nl.ijw.gateway.sap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDayConfigurationTest {

    private static final LocalDate CHRISTMAS_EVE_2026 = LocalDate.of(2026, 12, 24);
    private static final LocalDate LIBERATION_2026 = LocalDate.of(2026, 5, 5);

    private final WorkingDayCalendar standard = WorkingDayCalendar.standard();

    @Test
    void closedDaysAreAdded() {
        WorkingDayCalendar cal = standard.withClosedDays(Set.of(CHRISTMAS_EVE_2026));
        assertTrue(standard.isWorkingDay(CHRISTMAS_EVE_2026));
        assertFalse(cal.isWorkingDay(CHRISTMAS_EVE_2026));
        assertEquals(CalendarAdjustments.CONFIGURED, cal.describe(CHRISTMAS_EVE_2026));
        assertTrue(cal.holidays(2026).contains(CHRISTMAS_EVE_2026));
        assertFalse(cal.holidays(2025).contains(CHRISTMAS_EVE_2026));
        // Wed 23 Dec + 3: 24 closed, 25 closed, weekend, Mon 28, Tue 29, Wed 30
        assertEquals(LocalDate.of(2026, 12, 29), standard.addWorkingDays(LocalDate.of(2026, 12, 23), 3));
        assertEquals(LocalDate.of(2026, 12, 30), cal.addWorkingDays(LocalDate.of(2026, 12, 23), 3));
        assertEquals(2, cal.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29)));
        // the original is unchanged
        assertNull(standard.describe(CHRISTMAS_EVE_2026));
    }

    @Test
    void holidaysCanBeOpened() {
        WorkingDayCalendar cal = standard.withOpenDays(Set.of(LIBERATION_2026, LocalDate.of(2026, 1, 2)));
        assertFalse(standard.isWorkingDay(LIBERATION_2026));
        assertTrue(cal.isWorkingDay(LIBERATION_2026));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 1, 2)), "an equated day can be opened too");
        assertNull(cal.describe(LIBERATION_2026));
        assertFalse(cal.holidays(2026).contains(LIBERATION_2026));
        assertEquals(standard.holidays(2026).size() - 2, cal.holidays(2026).size());
        // only in 2026: Liberation Day 2027 (Wednesday) stays closed
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 5, 5)));
        // Fri 24 Apr + 6: 28, 29, 30 Apr, 1, 4, 5 May
        assertEquals(LocalDate.of(2026, 5, 5), cal.addWorkingDays(LocalDate.of(2026, 4, 24), 6));
    }

    @Test
    void weekendDaysCannotBeOpened() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> standard.withOpenDays(Set.of(LocalDate.of(2026, 12, 26))));
        assertTrue(e.getMessage().contains("SATURDAY"), e.getMessage());
    }

    @Test
    void laterChangeWins() {
        WorkingDayCalendar closedThenOpened = standard.withClosedDays(Set.of(CHRISTMAS_EVE_2026))
                .withOpenDays(Set.of(CHRISTMAS_EVE_2026));
        assertTrue(closedThenOpened.isWorkingDay(CHRISTMAS_EVE_2026));
        WorkingDayCalendar openedThenClosed = standard.withOpenDays(Set.of(LIBERATION_2026))
                .withClosedDays(Set.of(LIBERATION_2026));
        assertFalse(openedThenClosed.isWorkingDay(LIBERATION_2026));
    }

    @Test
    void fileFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("calendar.txt");
        Files.writeString(file, String.join("\n",
                "\uFEFF# contract Gemeente Voorbeeld",
                "",
                "+2026-12-24 Christmas Eve (contract)",
                "  +2026-12-31",
                "-2026-05-05 Liberation Day is a working day here",
                "-2026-05-15"), StandardCharsets.UTF_8);
        WorkingDayCalendar cal = WorkingDayCalendar.load(file);
        assertFalse(cal.isWorkingDay(CHRISTMAS_EVE_2026));
        assertEquals("Christmas Eve (contract)", cal.describe(CHRISTMAS_EVE_2026));
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 12, 31)));
        assertEquals(CalendarAdjustments.CONFIGURED, cal.describe(LocalDate.of(2026, 12, 31)));
        assertTrue(cal.isWorkingDay(LIBERATION_2026));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 5, 15)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 5, 14)), "Ascension Day itself stays closed");

        CalendarAdjustments adjustments = CalendarAdjustments.load(file);
        assertEquals(Set.of(CHRISTMAS_EVE_2026, LocalDate.of(2026, 12, 31)), adjustments.closed().keySet());
        assertEquals(Set.of(LIBERATION_2026, LocalDate.of(2026, 5, 15)), adjustments.open());
    }

    @Test
    void fileErrorsNameTheLine() {
        assertError(List.of("# x", "2026-12-24"), "cal:2:");
        assertError(List.of("+2026-13-01"), "cal:1: not an ISO date");
        assertError(List.of("+24-12-2026"), "cal:1: not an ISO date");
        assertError(List.of("+2026-12-24", "-2026-12-24"), "cal:2: 2026-12-24 is both closed and opened");
        assertError(List.of("-2026-12-27"), "cal:1: 2026-12-27 is a SUNDAY");
    }

    @Test
    void missingFileIsReported(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> WorkingDayCalendar.load(dir.resolve("none.txt")));
    }

    @Test
    void equatedDaysFileFormat() throws Exception {
        String text = "# c\ndate,name\n2029-05-11,Friday after Ascension\n2029-12-24\n";
        var days = EquatedDays.parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
        assertEquals(2, days.size());
        assertEquals("Friday after Ascension", days.get(LocalDate.of(2029, 5, 11)));
        assertEquals("Equated by decree", days.get(LocalDate.of(2029, 12, 24)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EquatedDays.parse(
                new java.io.ByteArrayInputStream("2029-02-30,x".getBytes(StandardCharsets.UTF_8)), "t"));
        assertTrue(e.getMessage().startsWith("t:1:"), e.getMessage());
    }

    private static void assertError(List<String> lines, String expectedStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarAdjustments.parse(lines, "cal"));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
