package nl.ijw.gateway.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.validation.MessageHeader;

class ServedPartiesTest {

    private static MessageHeader header(String from, String to) {
        return new MessageHeader("446", from, to, "X1", "2026-01-12", null, null, null);
    }

    @Test
    void municipalitySideByDefault() {
        ServedParties s = ServedParties.parse("municipalities");
        assertEquals(Role.TO_SERVED, s.roleFor(header("41836207", "0599")), "a provider's JW315 to a municipality");
        assertEquals(Role.FROM_SERVED, s.roleFor(header("0599", "41836207")), "the back-office's JW301");
        assertEquals(Role.FOREIGN, s.roleFor(header("41836207", "12345678")), "provider to provider");
        assertEquals(Role.UNIDENTIFIED, s.roleFor(MessageHeader.EMPTY));
    }

    @Test
    void aListServesOnlyItsParties() {
        ServedParties s = ServedParties.parse(" 0599, 0363 ");
        assertEquals(Role.TO_SERVED, s.roleFor(header("41836207", "0363")));
        assertEquals(Role.FOREIGN, s.roleFor(header("41836207", "0344")), "a municipality not in the list");
        assertEquals(Role.FROM_SERVED, s.roleFor(header("0599", "41836207")));
        assertEquals("0363,0599", s.describe());
    }

    @Test
    void aProviderSideDeploymentAnswersForItsProvider() {
        ServedParties s = ServedParties.parse("41836207");
        assertEquals(Role.TO_SERVED, s.roleFor(header("0599", "41836207")), "the municipality's JW301 to it");
        assertEquals(Role.FROM_SERVED, s.roleFor(header("41836207", "0599")), "its own JW315 leaving");
    }

    @Test
    void badCodesAreRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ServedParties.parse("0599,Rotterdam"));
        assertTrue(e.getMessage().contains("'Rotterdam'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServedParties.parse(" , "));
    }
}
