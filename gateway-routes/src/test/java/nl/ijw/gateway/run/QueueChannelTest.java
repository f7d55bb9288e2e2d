package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Message;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.ijw.gateway.validation.ValidationReport;

/**
 * The queue channel against the real embedded broker over TCP and the real Camel routes: here the
 * Camel route for ijw.in (queue.batch=1); the other tests run the default batch consumer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueChannelTest {

    static final String PROVIDER = "41836207";
    static final String MUNICIPALITY = "0599";
    static LiveHarness live;

    @BeforeAll
    static void start() throws Exception {
        live = new LiveHarness("queue", Map.of("queue.batch", "1"));
    }

    @AfterAll
    static void stop() throws Exception {
        live.close();
    }

    private NotifyBuilder done(int n) {
        return new NotifyBuilder(live.gateway.context()).fromRoute(QueueRoutes.ROUTE).whenDone(n).create();
    }

    @Test
    @Order(1)
    void jw315IsForwardedUnchangedAndAnsweredWithAValidJw316() throws Exception {
        byte[] jw315 = LiveHarness.sample("messages/jw315.xml");
        NotifyBuilder notify = done(1);
        String inId = live.send(jw315);
        assertTrue(notify.matches(20, TimeUnit.SECONDS), "the route took the message");

        Message forward = live.receive("ijw.out." + MUNICIPALITY, "IjwMessageId = 'AB2600087'", 10_000);
        assertNotNull(forward, "forward on ijw.out." + MUNICIPALITY);
        assertArrayEquals(jw315, LiveHarness.body(forward), "the forward carries the original bytes");
        assertEquals("JW315", forward.getStringProperty("IjwMessageType"));
        assertEquals(PROVIDER, forward.getStringProperty("IjwSender"));
        assertEquals(MUNICIPALITY, forward.getStringProperty("IjwReceiver"));
        assertEquals("ACCEPTED", forward.getStringProperty("IjwVerdict"));
        assertNotNull(forward.getStringProperty("IjwJournalId"));
        assertEquals(inId, forward.getJMSCorrelationID());

        Message retour = live.receive("ijw.out." + PROVIDER, "IjwInReplyTo = 'AB2600087'", 10_000);
        assertNotNull(retour, "JW316 on ijw.out." + PROVIDER);
        assertEquals("JW316", retour.getStringProperty("IjwMessageType"));
        assertEquals(inId, retour.getJMSCorrelationID());
        ValidationReport r = LiveHarness.core().validator().validate(LiveHarness.body(retour), "jw316");
        assertTrue(r.isValid(), () -> "schema-valid JW316: " + r.findings());
        assertEquals(PROVIDER, r.header().afzender(), "a retour keeps the heen-message's header");
        assertEquals(MUNICIPALITY, r.header().ontvanger());
        assertEquals("AB2600087", r.header().identificatie());
        assertEquals(retour.getStringProperty("IjwMessageId"), r.header().identificatieRetour());
    }

    @Test
    @Order(2)
    void schemaInvalidJw305GetsJw306WithCode0001AndACopyOnRejected() throws Exception {
        byte[] bad = LiveHarness.sample("invalid/jw305-bsn-8-digits.xml");
        String id = LiveHarness.core().validator().validate(bad, "x").header().identificatie();
        live.send(bad);
        Message retour = live.receive("ijw.out." + PROVIDER, "IjwInReplyTo = '" + id + "'", 20_000);
        assertNotNull(retour, "JW306 on ijw.out." + PROVIDER);
        assertEquals("JW306", retour.getStringProperty("IjwMessageType"));
        String xml = new String(LiveHarness.body(retour), StandardCharsets.UTF_8);
        assertTrue(xml.contains(">0001<"), "retourcode 0001 in " + xml);
        ValidationReport r = LiveHarness.core().validator().validate(LiveHarness.body(retour), "jw306");
        assertTrue(r.isValid(), () -> "schema-valid JW306: " + r.findings() + "\n" + xml);

        Message copy = live.receive("ijw.rejected", "IjwMessageId = '" + id + "'", 10_000);
        assertNotNull(copy, "copy on ijw.rejected");
        assertArrayEquals(bad, LiveHarness.body(copy));
        assertEquals("REJECTED", copy.getStringProperty("IjwVerdict"));
        assertTrue(copy.getStringProperty("IjwFindings").contains("\"retourCode\":\"0001\""), copy.getStringProperty("IjwFindings"));
    }

    @Test
    @Order(3)
    void garbageLandsOnRejected() throws Exception {
        byte[] garbage = LiveHarness.sample("invalid/plain-text.xml");
        String inId = live.send(garbage);
        Message copy = live.receive("ijw.rejected", "JMSCorrelationID = '" + inId + "'", 20_000);
        assertNotNull(copy, "garbage on ijw.rejected");
        assertArrayEquals(garbage, LiveHarness.body(copy));
        assertTrue(copy.getStringProperty("IjwReason").startsWith("no sender or receiver could be read"),
                copy.getStringProperty("IjwReason"));
        assertTrue(copy.getStringProperty("IjwFindings").contains("NOT_XML"), copy.getStringProperty("IjwFindings"));
    }

    @Test
    @Order(4)
    void jw301FromTheServedMunicipalityIsForwardedAndGetsNoGatewayJw302() throws Exception {
        byte[] jw301 = LiveHarness.sample("messages/jw301.xml");
        NotifyBuilder notify = done(1);
        live.send(jw301);
        assertTrue(notify.matches(20, TimeUnit.SECONDS));
        Message forward = live.receive("ijw.out." + PROVIDER, "IjwMessageId = 'G26T000342'", 10_000);
        assertNotNull(forward, "JW301 forwarded to the provider");
        assertEquals("JW301", forward.getStringProperty("IjwMessageType"));
        assertArrayEquals(jw301, LiveHarness.body(forward));
        live.awaitPublished(10_000);
        assertNull(live.receive("ijw.out." + MUNICIPALITY, "IjwInReplyTo = 'G26T000342'", 300),
                "the provider answers a JW301, not the gateway");
        assertNull(live.receive("ijw.rejected", "IjwMessageId = 'G26T000342'", 100));
    }

    @Test
    @Order(5)
    void aJw325FromTheServedMunicipalityIsForwardedNamingTheClaimItAnswers() throws Exception {
        byte[] jw325 = LiveHarness.sample("messages/jw325.xml");
        NotifyBuilder notify = done(1);
        live.send(jw325);
        assertTrue(notify.matches(20, TimeUnit.SECONDS));
        Message forward = live.receive("ijw.out." + PROVIDER, "IjwMessageId = 'G26D000219'", 10_000);
        assertNotNull(forward, "JW325 forwarded to the provider");
        assertEquals("JW325", forward.getStringProperty("IjwMessageType"));
        assertEquals("FORWARD", forward.getStringProperty("IjwOutputKind"));
        assertEquals("AB2600231", forward.getStringProperty("IjwInReplyTo"),
                "the claim it answers (its DeclaratieIdentificatie), as on the gateway's own JW325");
        assertArrayEquals(jw325, LiveHarness.body(forward));
    }

    /** A retour keeps the heen-message's header: the provider's JW302 names the municipality as Afzender. */
    @Test
    @Order(6)
    void aProvidersJw302IsForwardedToTheMunicipalityNamingTheJw301ItAnswers() throws Exception {
        byte[] jw302 = LiveHarness.sample("messages/jw302.xml");
        NotifyBuilder notify = done(1);
        live.send(jw302);
        assertTrue(notify.matches(20, TimeUnit.SECONDS));
        live.awaitPublished(10_000);
        Message forward = live.receive("ijw.out." + MUNICIPALITY, "IjwMessageId = 'AB26R0034'", 5_000);
        Message back = live.receive("ijw.out." + PROVIDER, "IjwMessageId = 'AB26R0034'", 300);
        Message rejected = live.receive("ijw.rejected", "IjwMessageId = 'AB26R0034'", 300);
        assertNull(back, "not sent back to the provider that sent it");
        assertNull(rejected, () -> "rejected: " + prop(rejected, "IjwReason"));
        assertNotNull(forward, "JW302 forwarded to the municipality");
        assertEquals("JW302", forward.getStringProperty("IjwMessageType"));
        assertEquals("G26T000342", forward.getStringProperty("IjwInReplyTo"));
        assertArrayEquals(jw302, LiveHarness.body(forward));
    }

    private static String prop(Message m, String name) {
        try {
            return m == null ? null : m.getStringProperty(name);
        } catch (jakarta.jms.JMSException e) {
            return e.toString();
        }
    }
}
