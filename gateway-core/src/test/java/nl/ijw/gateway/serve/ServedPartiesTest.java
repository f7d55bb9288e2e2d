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

    /** A retour keeps its heen-message's header: the provider's JW302 names the municipality as Afzender. */
    @Test
    void aRetourIsJudgedByWhoSendsItNotByItsHeadersAfzender() {
        ServedParties s = ServedParties.parse("municipalities");
        for (String code : new String[] {"437", "489"}) { // JW302, JW320: the provider's retours
            MessageHeader retour = new MessageHeader(code, "0599", "41836207", "G26T000342", "2026-01-12", "AB26R0034",
                    "2026-01-13", null);
            assertEquals("41836207", retour.from());
            assertEquals("0599", retour.to());
            assertEquals(Role.TO_SERVED, s.roleFor(retour), code + ": addressed to the served municipality");
        }
        assertEquals(Role.FROM_SERVED, ServedParties.parse("41836207").roleFor(new MessageHeader("437", "0599",
                "41836207", "G1", "2026-01-12", "R1", "2026-01-13", null)), "a provider-side gateway: its own JW302 leaving");
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
    void betweenTwoServedPartiesTheGatewayActsForTheReceiver() {
        ServedParties s = ServedParties.parse("0599,41836207");
        assertEquals(Role.TO_SERVED, s.roleFor(header("41836207", "0599")), "the provider's JW315: answered for 0599");
        assertEquals(Role.TO_SERVED, s.roleFor(header("0599", "41836207")), "the JW301: answered for 41836207");
    }

    @Test
    void badCodesAreRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ServedParties.parse("0599,Rotterdam"));
        assertTrue(e.getMessage().contains("'Rotterdam'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServedParties.parse(" , "));
    }
}
