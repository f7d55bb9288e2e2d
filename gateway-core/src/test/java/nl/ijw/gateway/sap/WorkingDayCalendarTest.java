package nl.ijw.gateway.sap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr
            "2026-04-02, 1, 2026-04-07",
            "2026-04-02, 3, 2026-04-09",
            "2026-04-01, 3, 2026-04-08",
            "2026-04-04, 1, 2026-04-07",   // from a Saturday
            "2026-04-03, 5, 2026-04-13",   // from the holiday itself: 7,8,9,10,13
            // King's Day Mon 27 Apr 2026 and Liberation Day Tue 5 May 2026
            "2026-04-24, 1, 2026-04-28",
            "2026-04-24, 5, 2026-05-04",
            "2026-04-24, 6, 2026-05-06",
            // Ascension Thu 14 May 2026 with its equated Friday 15 May, Whit Monday 25 May
            "2026-05-13, 1, 2026-05-18",
            "2026-05-12, 3, 2026-05-19",
            "2026-05-13, 5, 2026-05-22",
            "2026-05-22, 1, 2026-05-26",
            // King's Day Thu 27 Apr 2028 with equated Friday 28 Apr
            "2028-04-26, 1, 2028-05-01",
            "2028-04-26, 4, 2028-05-04",   // 1,2,3,4 May; 5 May is a Friday holiday
            "2028-04-26, 5, 2028-05-08",
            // Christmas 2025 and New Year 2026 with equated 2 Jan
            "2025-12-24, 1, 2025-12-29",
            "2025-12-24, 5, 2026-01-06",
            // Christmas 2026 (Fri 25, Sat 26) and New Year 2027 (Fri 1 Jan)
            "2026-12-23, 1, 2026-12-24",
            "2026-12-23, 3, 2026-12-29",
            "2026-12-23, 5, 2026-12-31",
            "2026-12-23, 6, 2027-01-04",
            // ordinary weeks, also from a weekend (long jumps must not end on one)
            "2026-06-06, 30, 2026-07-17",
            "2026-06-07, 15, 2026-06-26",
            "2092-01-13, 30, 2092-02-22",
            "2026-06-05, 1, 2026-06-08",
            "2026-06-08, 5, 2026-06-15",
            "2026-06-08, 10, 2026-06-22",
    })
    void addWorkingDaysExamples(String from, int n, String expected) {
        assertEquals(d(expected), calendar.addWorkingDays(d(from), n));
        assertEquals(n, calendar.workingDaysBetween(d(from), d(expected)));
        assertTrue(calendar.isWorkingDay(d(expected)), "the last on-time day is a working day");
        assertEquals(n - 1, calendar.workingDaysBetween(d(from), d(expected).minusDays(1)), "the nth is the first such day");
    }

    @Test
    void ascensionWeek2026TenDaysSpelledOut() {
        // after Wed 13 May: Mon 18, Tue 19, Wed 20, Thu 21, Fri 22, (Mon 25 Whit Monday) Tue 26, Wed 27,
        // Thu 28, Fri 29, Mon 1 Jun -> the tenth is 1 June; the 8th is 28 May
        assertEquals(d("2026-06-01"), calendar.addWorkingDays(d("2026-05-13"), 10));
        assertEquals(d("2026-05-28"), calendar.addWorkingDays(d("2026-05-13"), 8));
    }

    @Test
    void zeroDaysIsTheDateItselfEvenOnAHoliday() {
        assertEquals(d("2026-12-25"), calendar.addWorkingDays(d("2026-12-25"), 0));
        assertEquals(d("2026-04-04"), calendar.addWorkingDays(d("2026-04-04"), 0));
        assertEquals(d("2026-06-10"), calendar.addWorkingDays(d("2026-06-10"), 0));
    }

    @Test
    void negativeNIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d("2026-06-10"), -1));
    }

    @Test
    void largeN() {
        // hand count: 251 working days in 2026, 253 in 2027
        assertEquals(d("2026-12-31"), calendar.addWorkingDays(d("2025-12-31"), 251));
        assertEquals(d("2027-12-31"), calendar.addWorkingDays(d("2025-12-31"), 251 + 253));
        assertEquals(d("2027-12-30"), calendar.addWorkingDays(d("2025-12-31"), 251 + 252));
        // far beyond the table: agree with plain day-by-day counting
        LocalDate from = d("2024-03-01");
        int n = 20_000;
        LocalDate slow = from;
        for (int left = n; left > 0; ) {
            slow = slow.plusDays(1);
            if (calendar.isWorkingDay(slow)) {
                left--;
            }
        }
        assertEquals(slow, calendar.addWorkingDays(from, n));
        assertEquals(n, calendar.workingDaysBetween(from, slow));
    }

    @Test
    void workingDaysBetweenEdges() {
        assertEquals(0, calendar.workingDaysBetween(d("2026-06-10"), d("2026-06-10")));
        assertEquals(0, calendar.workingDaysBetween(d("2026-06-10"), d("2026-06-01")));
        assertEquals(1, calendar.workingDaysBetween(d("2026-06-09"), d("2026-06-10")));
        assertEquals(0, calendar.workingDaysBetween(d("2026-06-12"), d("2026-06-14")), "Fri -> Sun");
        assertEquals(0, calendar.workingDaysBetween(d("2026-12-24"), d("2026-12-27")), "Christmas weekend");
        assertEquals(0, calendar.workingDaysBetween(d("2026-05-13"), d("2026-05-17")), "Ascension + decree Friday");
        assertEquals(3, calendar.workingDaysBetween(d("2026-04-30"), d("2026-05-06")), "1, 4 and 6 May; 5 May closed");
    }

    @Test
    void consistencyPropertyOnRandomDates() {
        Random random = new Random(20260515L);
        LocalDate base = d("1990-01-01");
        for (int i = 0; i < 5_000; i++) {
            LocalDate x = base.plusDays(random.nextInt(50_000));
            int n = random.nextInt(i % 10 == 0 ? 3_000 : 40);
            LocalDate due = calendar.addWorkingDays(x, n);
            assertEquals(n, calendar.workingDaysBetween(x, due), x + " + " + n);
            if (n > 0) {
                assertTrue(calendar.isWorkingDay(due), x + " + " + n + " = " + due);
                assertEquals(n - 1, calendar.workingDaysBetween(x, due.minusDays(1)), x + " + " + n);
            } else {
                assertEquals(x, due);
            }
        }
    }

    @Test
    void workingDaysBetweenMatchesDayByDayCountingAndIsAdditive() {
        Random random = new Random(42L);
        LocalDate base = d("2020-01-01");
        for (int i = 0; i < 1_000; i++) {
            LocalDate a = base.plusDays(random.nextInt(5_000));
            LocalDate b = a.plusDays(random.nextInt(400) - 20);
            int slow = 0;
            for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    slow++;
                }
            }
            assertEquals(slow, calendar.workingDaysBetween(a, b), a + " .. " + b);
            LocalDate c = b.plusDays(random.nextInt(300));
            if (!b.isBefore(a)) {
                assertEquals(calendar.workingDaysBetween(a, c),
                        calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c), a + " " + b + " " + c);
            }
        }
    }

    @Test
    void easterAlwaysASundayBetween22MarchAnd25April() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = DutchHolidays.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "" + year);
            assertFalse(easter.isBefore(LocalDate.of(year, 3, 22)), "" + year);
            assertFalse(easter.isAfter(LocalDate.of(year, 4, 25)), "" + year);
        }
        // the extremes, known dates
        assertEquals(LocalDate.of(2285, 3, 22), DutchHolidays.easterSunday(2285));
        assertEquals(LocalDate.of(1818, 3, 22), DutchHolidays.easterSunday(1818));
        assertEquals(LocalDate.of(2038, 4, 25), DutchHolidays.easterSunday(2038));
        assertEquals(LocalDate.of(1943, 4, 25), DutchHolidays.easterSunday(1943));
        assertEquals(LocalDate.of(2000, 4, 23), DutchHolidays.easterSunday(2000));
    }

    @Test
    void kingsDaySundayRule() {
        assertEquals(LocalDate.of(2025, 4, 26), DutchHolidays.kingsDay(2025));
        assertEquals(LocalDate.of(2031, 4, 26), DutchHolidays.kingsDay(2031)); // 27 Apr 2031 is a Sunday
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2031, 4, 27).getDayOfWeek());
        assertEquals(LocalDate.of(2026, 4, 27), DutchHolidays.kingsDay(2026));
        assertEquals(LocalDate.of(2030, 4, 27), DutchHolidays.kingsDay(2030), "a Saturday is not moved");
    }

    @Test
    void coincidingHolidaysShareOneEntry() {
        // Liberation Day and Ascension coincide when Easter is 27 March (Easter + 39 = 5 May), e.g. in 2016
        assertEquals(LocalDate.of(2016, 3, 27), DutchHolidays.easterSunday(2016));
        assertEquals("Liberation Day / Ascension Day", calendar.describe(LocalDate.of(2016, 5, 5)));
        assertEquals(9 - 1, calendar.holidays(2016).size());
    }

    @Test
    void standardIsSharedAndSafeAcrossThreads() throws Exception {
        assertSame(WorkingDayCalendar.standard(), WorkingDayCalendar.standard());
        WorkingDayCalendar fresh = WorkingDayCalendar.standard().withClosedDays(java.util.Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int sum = 0;
                    for (int year = 2000 + offset % 4; year < 2100; year += 1) {
                        sum += fresh.workingDaysBetween(LocalDate.of(year - 1, Month.DECEMBER, 31),
                                LocalDate.of(year, Month.DECEMBER, 31));
                    }
                    return sum;
                }));
            }
            for (int t = 0; t < 16; t++) {
                int expected = 0;
                for (int year = 2000 + t % 4; year < 2100; year++) {
                    expected += calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
                }
                assertEquals(expected, results.get(t).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
