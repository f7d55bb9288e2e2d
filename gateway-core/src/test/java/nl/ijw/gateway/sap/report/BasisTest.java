package nl.ijw.gateway.sap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The basis line of a report counts in words: one message is a message, not "1 messages". */
class BasisTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    @Test
    void oneMessageIsSingularInBothLanguages() {
        Basis one = new Basis(Basis.Source.HISTORY, "h", 1, DAY, DAY);
        assertEquals("Replay of history h: 1 message received 2026-03-12 to 2026-03-12, into a fresh store", one.english());
        assertEquals("Herhaling van berichtenhistorie h: 1 bericht ontvangen 2026-03-12 t/m 2026-03-12, in een lege database",
                one.dutch());
    }

    @Test
    void severalArePlural() {
        Basis two = new Basis(Basis.Source.HISTORY, "h", 2, DAY, DAY);
        assertEquals("Replay of history h: 2 messages received 2026-03-12 to 2026-03-12, into a fresh store", two.english());
        assertEquals("Herhaling van berichtenhistorie h: 2 berichten ontvangen 2026-03-12 t/m 2026-03-12, in een lege database",
                two.dutch());
    }
}
