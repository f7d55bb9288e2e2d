package nl.ijw.gateway.sap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A signal's text counts in words: one working day, not "1 working days". */
class SapFindingTextTest {

    private static SapFinding finding(SapFinding.Kind kind, int days) {
        return new SapFinding("OP271", kind, LocalDate.of(2026, 12, 31), kind == SapFinding.Kind.LATE
                ? LocalDate.of(2027, 1, 4) : null, days, "JW305", "AB2701041", "41836207", "0599", 7, "G26T12232",
                "48210604", null, 3, null);
    }

    @Test
    void oneWorkingDayIsSingular() {
        assertEquals("OP271: arrived 2027-01-04, due 2026-12-31 (1 working day late); answers G26T12232",
                finding(SapFinding.Kind.LATE, 1).text());
        assertEquals("OP271: due 2026-12-31, not arrived (1 working day overdue)", finding(SapFinding.Kind.OVERDUE, 1).text());
    }

    @Test
    void severalArePlural() {
        assertEquals("OP271: due 2026-12-31, not arrived (4 working days overdue)", finding(SapFinding.Kind.OVERDUE, 4).text());
    }
}
