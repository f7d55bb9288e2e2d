package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aMunicipalityScopeSeesMessagesWhereItIsSenderOrReceiver() {
        Scope s = Scope.parse("0599, 0363");
        assertTrue(s.sees("41836207", "0599"));
        assertTrue(s.sees("0363", "41836207"));
        assertFalse(s.sees("41836207", "0344"));
        assertFalse(s.providersOnly());
        assertEquals(Set.of("0363", "0599"), s.municipalities());
        assertEquals("0363,0599", s.toString());
    }

    @Test
    void aProviderScopeIsProvidersOnly() {
        Scope s = Scope.parse("41836207");
        assertTrue(s.providersOnly());
        assertTrue(s.municipalities().isEmpty());
        assertFalse(s.sees("12345678"));
    }

    @Test
    void starSeesEverything() {
        Scope s = Scope.parse("*");
        assertTrue(s.sees("0344", "12345678"));
        assertFalse(s.providersOnly());
        assertEquals("*", s.toString());
    }

    @Test
    void badCodesAndEmptyScopesAreRefusedInWords() {
        var e = assertThrows(IllegalArgumentException.class, () -> Scope.parse("0599,59"));
        assertTrue(e.getMessage().contains("'59'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scope.parse(" "));
        assertFalse(Scope.parse("0599").sees(null));
    }
}
