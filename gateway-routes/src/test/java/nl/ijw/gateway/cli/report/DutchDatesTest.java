package nl.ijw.gateway.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DutchDatesTest {

    @Test
    void isoDatesInATextBecomeDutchAndNothingElseChanges() {
        assertEquals("OP271 due 31-12-2026: LATE, arrived 04-01-2027 (1 working day late)",
                DutchDates.in("OP271 due 2026-12-31: LATE, arrived 2027-01-04 (1 working day late)"));
        assertEquals("request VOT-2026-0147, G26T12232, 12026-12-31, 2026-13-01", DutchDates.in(
                "request VOT-2026-0147, G26T12232, 12026-12-31, 2026-13-01"), "identifiers and non-dates stay");
        assertEquals(null, DutchDates.in(null));
    }

    @Test
    void datesAndTimesInAmsterdam() {
        assertEquals("12-03-2026", DutchDates.date(LocalDate.of(2026, 3, 12)));
        assertEquals("-", DutchDates.date(null));
        assertEquals("05-01-2027 10:00", DutchDates.minute(Instant.parse("2027-01-05T09:00:00Z")));
        assertEquals("01-07-2026 11:00", DutchDates.minute(Instant.parse("2026-07-01T09:00:00Z")), "summer time");
    }
}
