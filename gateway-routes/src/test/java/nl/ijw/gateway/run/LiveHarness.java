package nl.ijw.gateway.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.validation.MessageValidator;

/** A real gateway on free ports with its data under target/, and a JMS client over TCP. */
final class LiveHarness implements AutoCloseable {

    static final Path SAMPLES = Path.of("..", "samples");
    private static GatewayCore core;

    final Path data;
    final GatewayConfig config;
    final Gateway gateway;
    final Connection connection;
    final Session session;

    LiveHarness(String name, Map<String, String> settings) throws Exception {
        this(name, settings, Clock.systemUTC());
    }

    LiveHarness(String name, Map<String, String> settings, Clock clock) throws Exception {
        this(name, settings, clock, Map.of());
    }

    /** {@code env}: the environment the settings see (IJW_HTTP_TLS_PASSWORD). */
    LiveHarness(String name, Map<String, String> settings, Clock clock, Map<String, String> env) throws Exception {
        this(dataDir(name), settings, clock, env);
    }

    /** On a data folder prepared beforehand (e.g. a replayed history). */
    LiveHarness(Path data, Map<String, String> settings, Clock clock, Map<String, String> env) throws Exception {
        this.data = data;
        Files.createDirectories(data);
        Map<String, String> s = new LinkedHashMap<>();
        s.put("broker.port", Integer.toString(freePort()));
        s.put("http.port", Integer.toString(freePort()));
        s.put("broker.redelivery.delay.ms", "100");
        s.put("broker.redelivery.max.delay.ms", "200");
        s.put("broker.max.delivery.attempts", "3");
        // A shared build disk may be over the production default of 90%; these tests are not about it (BrokerDiskTest is).
        s.put("broker.max.disk.usage", "100");
        s.putAll(settings);
        config = GatewayConfig.load(null, s, env);
        gateway = Gateway.start(config, data, core(), clock);
        connection = new ActiveMQConnectionFactory(config.brokerUrl()).createConnection();
        connection.start();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    static Path dataDir(String name) {
        return Path.of("target", "live-tests", name + "-" + System.nanoTime());
    }

    static synchronized GatewayCore core() {
        if (core == null) {
            // Its stores begin empty, and its tests use a start on an allocation never sent as a ready rejection
            // (TR019): as a gateway told rules.allocations.complete=true. The default is in CoresTest.
            RulesConfig c = RulesConfig.defaults().withAllocationsComplete(true);
            core = new GatewayCore(MessageValidator.standard(), RuleSet.standard(c), c, RetourResponder.standard(),
                    SapTracker.standard());
        }
        return core;
    }

    static int freePort() throws IOException {
        return nl.ijw.gateway.testing.FreePorts.next();
    }

    static byte[] sample(String path) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(path));
    }

    /** A sample with another Identificatie, so it is a new message and not a TR056 resend. */
    static byte[] withId(byte[] xml, String from, String to) {
        String s = new String(xml, StandardCharsets.UTF_8);
        if (!s.contains(">" + from + "<")) {
            throw new IllegalArgumentException(from + " not in the sample");
        }
        return s.replace(">" + from + "<", ">" + to + "<").getBytes(StandardCharsets.UTF_8);
    }

    /** Sends on ijw.in as a BytesMessage; returns its JMSMessageID. */
    String send(byte[] xml) throws JMSException {
        BytesMessage m = session.createBytesMessage();
        m.writeBytes(xml);
        try (MessageProducer p = session.createProducer(session.createQueue("ijw.in"))) {
            p.send(m);
        }
        return m.getJMSMessageID();
    }

    /** The first message on the queue matching the selector, or null after the timeout. */
    Message receive(String queue, String selector, long millis) throws JMSException {
        try (MessageConsumer c = session.createConsumer(session.createQueue(queue), selector)) {
            return c.receive(millis);
        }
    }

    static byte[] body(Message m) throws JMSException {
        if (m instanceof TextMessage t) {
            return t.getText().getBytes(StandardCharsets.UTF_8);
        }
        BytesMessage b = (BytesMessage) m;
        b.reset();
        byte[] out = new byte[(int) b.getBodyLength()];
        b.readBytes(out);
        return out;
    }

    /** Waits until the outbox is published (the outputs are on the broker). */
    void awaitPublished(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Object backlog = gateway.status(Clock.systemUTC()).get("outboxBacklog");
            if (backlog instanceof Long l && l == 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("outbox not published within " + millis + " ms");
    }

    @Override
    public void close() throws Exception {
        try {
            connection.close();
        } finally {
            gateway.close();
        }
    }
}
