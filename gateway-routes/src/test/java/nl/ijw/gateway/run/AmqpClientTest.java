package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An AMQP 1.0 client (Qpid JMS, which speaks the wire protocol a .NET or Python AMQP library
 * speaks) on the same acceptor as the Core clients: a heen-message sent as AMQP text and one
 * sent as AMQP binary are both judged, forwarded unchanged and answered, with the gateway's
 * properties readable as AMQP application properties.
 */
class AmqpClientTest {

    /** queue.batch 1: the Camel route; 64: the batch consumer. */
    @ParameterizedTest
    @ValueSource(ints = {1, 64})
    void amqpTextAndBinaryBodiesAreJudgedForwardedAndAnswered(int batch) throws Exception {
        try (LiveHarness live = new LiveHarness("amqp", Map.of("queue.batch", Integer.toString(batch)));
             Connection c = new JmsConnectionFactory("amqp://localhost:" + live.config.brokerPort()).createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            byte[] jw315 = LiveHarness.withId(LiveHarness.sample("messages/jw315.xml"), "AB2600087", "AMQP0001");
            byte[] jw305 = LiveHarness.withId(LiveHarness.sample("messages/jw305.xml"), "AB2600102", "AMQP0002");
            String textId;
            String bytesId;
            try (MessageProducer p = s.createProducer(s.createQueue("ijw.in"))) {
                TextMessage t = s.createTextMessage(new String(jw315, StandardCharsets.UTF_8));
                p.send(t);
                textId = t.getJMSMessageID();
                BytesMessage b = s.createBytesMessage();
                b.writeBytes(jw305);
                p.send(b);
                bytesId = b.getJMSMessageID();
            }

            Message forward = receive(s, "ijw.out.0599", "IjwMessageId = 'AMQP0001'");
            assertEquals("JW315", forward.getStringProperty("IjwMessageType"));
            assertEquals("ACCEPTED", forward.getStringProperty("IjwVerdict"));
            assertNotNull(forward.getStringProperty("IjwJournalId"));
            assertArrayEquals(jw315, LiveHarness.body(forward), "the forward carries the original bytes");
            assertEquals(textId, forward.getJMSCorrelationID(), "the sender's own message id as correlation id");
            Message jw316 = receive(s, "ijw.out.41836207", "IjwInReplyTo = 'AMQP0001'");
            assertEquals("JW316", jw316.getStringProperty("IjwMessageType"));
            assertTrue(text(jw316).contains("<jw316:Bericht"), text(jw316));

            // A JW305 without its allocation is rejected, and answered all the same.
            Message jw306 = receive(s, "ijw.out.41836207", "IjwInReplyTo = 'AMQP0002'");
            assertEquals("JW306", jw306.getStringProperty("IjwMessageType"));
            assertEquals(bytesId, jw306.getJMSCorrelationID());
        }
    }

    /**
     * The broker gives an AMQP message a new JMSMessageID each time it hands it to a JMS consumer;
     * the delivery key must not change with it, or a redelivery after a crash is judged again
     * (and rejected as a resend of itself).
     */
    @Test
    void aRedeliveredAmqpMessageKeepsItsDeliveryKeyAndItsSendersId() throws Exception {
        try (LiveHarness live = new LiveHarness("amqp-redelivery", Map.of());
             Connection amqp = new JmsConnectionFactory("amqp://localhost:" + live.config.brokerPort()).createConnection();
             Connection core = new ActiveMQConnectionFactory(live.config.brokerUrl()).createConnection()) {
            Session s = amqp.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage sent = s.createTextMessage("<a/>");
            try (MessageProducer p = s.createProducer(s.createQueue("amqp.probe"))) {
                p.send(sent);
            }
            core.start();
            InputId first = null;
            String firstJmsId = null;
            for (int delivery = 1; delivery <= 2; delivery++) {
                try (Session t = core.createSession(true, Session.SESSION_TRANSACTED);
                     MessageConsumer c = t.createConsumer(t.createQueue("amqp.probe"))) {
                    Message m = c.receive(10_000);
                    assertNotNull(m, "delivery " + delivery);
                    InputId id = InputId.of(m, LiveHarness.body(m));
                    if (first == null) {
                        first = id;
                        firstJmsId = m.getJMSMessageID();
                    } else {
                        assertNotEquals(firstJmsId, m.getJMSMessageID(), "the broker's id changes (why the key may not use it)");
                        assertEquals(first, id, "the same key and correlation on redelivery");
                    }
                    t.rollback();
                }
            }
            assertEquals(sent.getJMSMessageID(), first.correlation(), "the sender's own message id");
        }
    }

    @Test
    void keysOfCoreAndAmqpMessages() {
        byte[] a = "<a/>".getBytes(StandardCharsets.UTF_8);
        byte[] b = "<b/>".getBytes(StandardCharsets.UTF_8);
        assertEquals(new InputId("ID:1", "jms:ID:1"), InputId.of("ID:1", null, a));
        assertEquals("ID:7", InputId.of("ID:x", "ID:7", a).correlation());
        // An AMQP client chooses its ids: the same id on other bytes is another message.
        assertNotEquals(InputId.of("ID:x", "1", a).key(), InputId.of("ID:y", "1", b).key());
        assertEquals(InputId.of("ID:x", "1", a).key(), InputId.of("ID:y", "1", a).key());
        assertEquals(null, InputId.of(null, null, a).correlation());
        assertEquals("ijw.in", InputId.of(null, null, a).sourceName());
    }

    private static Message receive(Session s, String queue, String selector) throws Exception {
        try (MessageConsumer consumer = s.createConsumer(s.createQueue(queue), selector)) {
            Message m = consumer.receive(20_000);
            assertNotNull(m, "nothing on " + queue + " with " + selector);
            return m;
        }
    }

    private static String text(Message m) throws Exception {
        return new String(LiveHarness.body(m), StandardCharsets.UTF_8);
    }
}
