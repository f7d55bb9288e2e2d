package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

import org.junit.jupiter.api.Test;

/**
 * The routing matrix (core's RoutingMatrixTest has every cell) on the real broker: the queue names
 * and properties of a gateway that serves both sides of a message, and its folder outbox.
 */
class RoutingMatrixRouteTest {

    private static final String PROVIDER = "41836207";
    private static final String MUNICIPALITY = "0599";

    @Test
    void bothSidesServedEachHeenIsAnsweredForItsReceiverAndAForeignOneSaysWhy() throws Exception {
        try (LiveHarness live = new LiveHarness("matrix", Map.of("gateway.serves", MUNICIPALITY + "," + PROVIDER,
                "folder.outbox.parties", MUNICIPALITY + "," + PROVIDER))) {
            live.send(LiveHarness.sample("messages/jw315.xml"));
            live.send(LiveHarness.sample("messages/jw301.xml"));
            // Invalid and between two other parties: not this gateway's, whatever else is wrong with it.
            byte[] foreign = LiveHarness.withId(LiveHarness.withId(LiveHarness.sample("invalid/jw305-bsn-8-digits.xml"),
                    MUNICIPALITY, "0363"), PROVIDER, "12345678");
            live.send(foreign);

            expect(live.receive("ijw.out." + PROVIDER, "IjwInReplyTo = 'AB2600087'", 10_000),
                    "JW316", MUNICIPALITY, PROVIDER, "ANSWER");
            expect(live.receive("ijw.out." + MUNICIPALITY, "IjwMessageId = 'AB2600087'", 10_000),
                    "JW315", PROVIDER, MUNICIPALITY, "FORWARD");
            expect(live.receive("ijw.out." + MUNICIPALITY, "IjwInReplyTo = 'G26T000342'", 10_000),
                    "JW302", PROVIDER, MUNICIPALITY, "ANSWER");
            expect(live.receive("ijw.out." + PROVIDER, "IjwMessageId = 'G26T000342'", 10_000),
                    "JW301", MUNICIPALITY, PROVIDER, "FORWARD");
            Message rejected = live.receive("ijw.rejected", "IjwReceiver = '0363'", 10_000);
            expect(rejected, "JW305", "12345678", "0363", "REJECTED");
            assertTrue(rejected.getStringProperty("IjwReason").startsWith("GW-SERVES: neither the sender 12345678"),
                    rejected.getStringProperty("IjwReason"));
            assertNull(live.receive("ijw.rejected", "IjwReceiver <> '0363'", 300), "nothing else rejected");
            live.awaitPublished(10_000);
            assertEquals(List.of("jw301", "jw316"), files(live.data.resolve("outbox").resolve(PROVIDER)));
            assertEquals(List.of("jw302", "jw315"), files(live.data.resolve("outbox").resolve(MUNICIPALITY)));
        }
    }

    private static void expect(Message m, String type, String sender, String receiver, String kind) throws JMSException {
        assertNotNull(m, type + " " + kind);
        assertEquals(type, m.getStringProperty("IjwMessageType"));
        assertEquals(sender, m.getStringProperty("IjwSender"), type + " IjwSender");
        assertEquals(receiver, m.getStringProperty("IjwReceiver"), type + " IjwReceiver");
        assertEquals(kind, m.getStringProperty("IjwOutputKind"));
    }

    /** The message types of the files in a party's outbox folder, sorted. */
    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString().split("-")[1]).sorted().toList();
        }
    }
}
