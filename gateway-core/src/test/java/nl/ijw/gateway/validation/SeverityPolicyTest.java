package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class SeverityPolicyTest {

    @Test
    void overridesSeverityPerRuleFromConfiguration() {
        Properties p = new Properties();
        p.setProperty("severity.UNKNOWN_NAMESPACE", "warning");
        p.setProperty("other.key", "x");
        SeverityPolicy policy = SeverityPolicy.fromProperties(p);

        MessageValidator lenient = new MessageValidator(SchemaSet.bundled(), nl.ijw.gateway.message.MessageRegistry.standard(),
                ModelBinding.ijw32(), ValidationSettings.DEFAULT.withSeverities(policy));
        ValidationReport r = lenient.validate("<x xmlns='urn:other'/>".getBytes(), "x.xml");
        Finding f = r.findings().get(0);
        assertEquals("UNKNOWN_NAMESPACE", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(AcceptRecommendation.ACCEPT, AcceptRecommendation.of(r));
        assertTrue(r.isValid());
    }

    @Test
    void rejectsAnUnknownSeverity() {
        Properties p = new Properties();
        p.setProperty("severity.SCHEMA", "LOUD");
        assertThrows(IllegalArgumentException.class, () -> SeverityPolicy.fromProperties(p));
    }
}
