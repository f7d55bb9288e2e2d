package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.ijw.gateway.run.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * The live gateway's rules take {@code rules.allocations.complete} from its settings: by default the store may lack
 * allocations sent before the gateway began, so TR019 and TR338 do not reject on an allocation it never saw.
 */
class CoresTest {

    @Test
    void byDefaultTheStoreIsNotTakenToHoldEveryAllocation() {
        GatewayConfig defaults = GatewayConfig.load(null, Map.of(), Map.of());
        assertFalse(Cores.live(defaults).config().allocationsComplete());
    }

    @Test
    void theSettingTellsTheRulesTheStoreHoldsThemAll() {
        GatewayConfig complete = GatewayConfig.load(null, Map.of("rules.allocations.complete", "true"), Map.of());
        assertTrue(Cores.live(complete).config().allocationsComplete());
    }

    @Test
    void aValueOtherThanTrueOrFalseIsRefusedInWords() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("rules.allocations.complete", "yes"), Map.of()));
        assertEquals("rules.allocations.complete must be true or false, not 'yes'", e.getMessage());
    }
}
