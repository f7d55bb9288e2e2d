package nl.ijw.gateway.sap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.sap.SapRule;

/** Who had to send the awaited message, from the waiting message's sender and receiver. */
class AwaitedFromTest {

    @Test
    void theReceiverOfTheWaitingMessageAnswersIt() {
        assertEquals(AwaitedFrom.PROVIDER, AwaitedFrom.of(SapRule.OP090, "0599", "41836207"), "JW302 to a JW301");
        assertEquals(AwaitedFrom.MUNICIPALITY, AwaitedFrom.of(SapRule.OP090, "41836207", "0599"), "JW306 to a JW305");
        assertEquals(AwaitedFrom.MUNICIPALITY, AwaitedFrom.of(SapRule.OP274, "41836207", "0599"), "answer to a JW315");
        assertEquals(AwaitedFrom.PROVIDER, AwaitedFrom.of(SapRule.OP271, "0599", "41836207"), "start of a JW301");
    }

    @Test
    void aStopAlwaysComesFromTheProvider() {
        assertEquals(AwaitedFrom.PROVIDER, AwaitedFrom.of(SapRule.OP272, "41836207", "0599"), "awaited since the start");
        assertEquals(AwaitedFrom.PROVIDER, AwaitedFrom.of(SapRule.OP272, "0599", "41836207"),
                "awaited since a JW301 set the Einddatum");
    }
}
