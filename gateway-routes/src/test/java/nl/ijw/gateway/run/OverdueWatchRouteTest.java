package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.jms.MessageConsumer;
import jakarta.jms.TextMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.testing.MovingClock;

/**
 * The scheduled watch publishes an OVERDUE signal on ijw.signals once the answer to a JW315 is
 * past due, and none for OP090: the gateway's own JW316 is traffic and met it; both the signal and
 * the "resolved late" one after it carry the client's BSN, masked.
 */
class OverdueWatchRouteTest {

    @Test
    void overdueAnswerIsSignalledOnceAndTheGatewaysRetourMetOp090() throws Exception {
        MovingClock clock = new MovingClock(Instant.parse("2026-01-12T09:00:00Z"));
        try (LiveHarness live = new LiveHarness("watch", Map.of("watch.interval", "200ms"), clock);
             MessageConsumer signals = live.session.createConsumer(live.session.createTopic("ijw.signals"))) {
            live.send(LiveHarness.sample("messages/jw315.xml"));
            assertNotNull(live.receive("ijw.out.41836207", "IjwInReplyTo = 'AB2600087'", 20_000));
            clock.now = clock.now.plus(Duration.ofDays(60));
            TextMessage m = (TextMessage) signals.receive(20_000);
            assertNotNull(m, "a signal after the due date");
            JsonNode s = new ObjectMapper().readTree(m.getText());
            assertEquals("OVERDUE", s.path("kind").asText());
            assertEquals("OP274", s.path("rule").asText(), m.getText());
            assertEquals("41836207", s.path("provider").asText());
            assertEquals("0599", s.path("municipality").asText());
            assertEquals("JW315", s.path("messageType").asText());
            assertEquals("AB2600087", s.path("messageId").asText());
            assertEquals(clock.now.toString(), s.path("raisedAt").asText());
            assertEquals("******378", s.path("bsnMasked").asText(), "the client of the JW315, masked");
            assertEquals("OP274", m.getStringProperty("IjwRule"));
            assertNull(signals.receive(1_000), "once, and no OP090: the JW316 met it");

            // The allocation comes after all: "resolved late", about the same client.
            live.send(LiveHarness.sample("messages/jw301.xml"));
            TextMessage late = (TextMessage) signals.receive(20_000);
            assertNotNull(late, "a LATE signal for the overdue answer");
            JsonNode l = new ObjectMapper().readTree(late.getText());
            assertEquals("LATE", l.path("kind").asText(), late.getText());
            assertEquals(s.path("expectationId").asLong(), l.path("expectationId").asLong(), "one breach, one id");
            assertEquals("******378", l.path("bsnMasked").asText());
            assertTrue(!late.getText().contains("264819378") && !m.getText().contains("264819378"), "never in clear");
        }
    }
}
