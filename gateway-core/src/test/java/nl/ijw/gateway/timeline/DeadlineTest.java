package nl.ijw.gateway.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void aCancelledDeadlineDoesNotClaimTheMessageCanNoLongerCome() {
        // A moved Einddatum cancels the stop's row and awaits it under the new date: the stop can still come.
        String text = new Deadline("OP272", Deadline.Outcome.CANCELLED, LocalDate.parse("2026-07-03"), null, 0, null).text();
        assertFalse(text.contains("can no longer come"), text);
        assertEquals("OP272 due 2026-07-03: no longer awaited by this date (allocation withdrawn, start deleted or"
                + " due date moved)", text);
    }
}
