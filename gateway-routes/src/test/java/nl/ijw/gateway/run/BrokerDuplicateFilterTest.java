package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;

/** Only the broker's duplicate warning is kept out of the log; its other warnings, and ours, stay. */
class BrokerDuplicateFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final BrokerDuplicateFilter filter = new BrokerDuplicateFilter();

    private FilterReply decide(String logger, String format) {
        return filter.decide(null, context.getLogger(logger), Level.WARN, format, new Object[0], null);
    }

    @Test
    void theBrokersDuplicateWarningOnly() {
        String server = "org.apache.activemq.artemis.core.server";
        assertEquals(FilterReply.DENY, decide(server,
                "AMQ222059: Duplicate message detected - message will not be routed. Message information:\n{}"));
        assertEquals(FilterReply.NEUTRAL, decide(server, "AMQ222148: Message {} has exceeded max delivery attempts."));
        assertEquals(FilterReply.NEUTRAL, decide("nl.ijw.gateway.run.OutboxRelay", "AMQ222059 quoted by us"));
        assertEquals(FilterReply.NEUTRAL, decide(server, null));
    }

    /** The main configuration wires the filter in (a test configuration may not). */
    @Test
    void theLogConfigurationUsesIt() throws Exception {
        try (var in = BrokerDuplicateFilterTest.class.getResourceAsStream("/logback.xml")) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(true, xml.contains("<turboFilter class=\"" + BrokerDuplicateFilter.class.getName() + "\"/>"), xml);
        }
    }
}
