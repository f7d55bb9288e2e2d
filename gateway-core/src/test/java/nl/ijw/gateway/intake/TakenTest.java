package nl.ijw.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TakenTest {

    @Test
    void theLogLinePointsTheWayTheMessageGoes() {
        assertEquals("journal 7 JW301 0599 -> 41836207 ACCEPTED",
                new Taken(false, 7, "JW301", "0599", "41836207", "ACCEPTED", "[]", List.of()).logLine());
        // A JW302 keeps its JW301's header (Afzender 0599) but is sent by the provider.
        assertEquals("journal 8 JW302 41836207 -> 0599 ACCEPTED",
                new Taken(false, 8, "JW302", "0599", "41836207", "ACCEPTED", "[]", List.of()).logLine());
        assertEquals("redelivered, already journal 9 - - -> - REJECTED",
                new Taken(true, 9, null, null, "", "REJECTED", "[]", List.of()).logLine());
    }
}
