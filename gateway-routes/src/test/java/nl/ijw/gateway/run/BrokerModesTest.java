package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/** broker.url (an external broker, none started) and a broker beyond localhost (user and password). */
class BrokerModesTest {

    /** The broker's user and password, as the environment gives them. */
    private static final Map<String, String> SECRETS = Map.of("IJW_BROKER_USER", "backoffice",
            "IJW_BROKER_PASSWORD", "s3cret-for-the-test");

    /** Settings with the broker and HTTP on free ports, then the given key-value pairs over them. */
    private static GatewayConfig config(Map<String, String> env, String... keyValues) throws Exception {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("broker.port", Integer.toString(LiveHarness.freePort()));
        settings.put("http.port", Integer.toString(LiveHarness.freePort()));
        for (int i = 0; i < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        return GatewayConfig.load(null, settings, env);
    }

    private static Path dir(String name) throws Exception {
        return Files.createDirectories(Path.of("target", "live-tests", name + "-" + System.nanoTime()));
    }

    private static void roundTrip(Connection c) throws Exception {
        c.start();
        Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        byte[] jw315 = LiveHarness.sample("messages/jw315.xml");
        BytesMessage m = s.createBytesMessage();
        m.writeBytes(jw315);
        s.createProducer(s.createQueue("ijw.in")).send(m);
        try (MessageConsumer out = s.createConsumer(s.createQueue("ijw.out.0599"))) {
            Message forward = out.receive(20_000);
            assertNotNull(forward, "forwarded through the broker");
            assertArrayEquals(jw315, LiveHarness.body(forward));
        }
    }

    @Test
    void aTakenBrokerPortIsSaidInWordsAndArtemisIsNotStarted() throws Exception {
        int port = LiveHarness.freePort();
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getByName("localhost"))) {
            GatewayConfig config = config(Map.of(), "broker.port", Integer.toString(port));
            Path data = dir("port-taken");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Gateway.start(config, data, LiveHarness.core(), Clock.systemUTC()).close());
            assertEquals("the embedded broker cannot listen on localhost:" + port
                    + " (is another broker or gateway using it?); choose another broker.port", e.getMessage());
            assertFalse(Files.exists(data.resolve("broker/journal")), "Artemis was started (and logged its stack trace)");
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsNotCalledTaken() throws Exception {
        GatewayConfig config = config(SECRETS, "broker.host", "192.0.2.1");
        int port = config.brokerPort();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gateway.start(config, dir("foreign-address"), LiveHarness.core(), Clock.systemUTC()).close());
        assertTrue(e.getMessage().startsWith("the embedded broker cannot listen on 192.0.2.1:" + port + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; check broker.host and broker.port"), e.getMessage());
    }

    @Test
    void aSecondGatewayOnTheSameDataDirectoryRefusesToStartUntilTheFirstStops() throws Exception {
        Path data = dir("shared-data");
        GatewayConfig first = config(Map.of());
        GatewayConfig second = config(Map.of());
        try (Gateway g = Gateway.start(first, data, LiveHarness.core(), Clock.systemUTC())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Gateway.start(second, data, LiveHarness.core(), Clock.systemUTC()).close());
            assertEquals("another gateway is running on " + data.toAbsolutePath().normalize() + " (it holds "
                    + data.toAbsolutePath().normalize().resolve("gateway.lock") + " locked); stop that one first,"
                    + " or give another --data", e.getMessage());
        }
        Gateway.start(second, data, LiveHarness.core(), Clock.systemUTC()).close(); // free once the first stopped
    }

    @Test
    void anExternalBrokerIsUsedAndNoneStarted() throws Exception {
        int port = LiveHarness.freePort();
        GatewayConfig brokerOnly = GatewayConfig.load(null, Map.of("broker.port", Integer.toString(port)), Map.of());
        try (EmbeddedBroker external = EmbeddedBroker.start(brokerOnly, dir("external-broker").resolve("broker"))) {
            GatewayConfig config = config(Map.of(), "broker.url", "tcp://localhost:" + port);
            Path data = dir("external");
            try (Gateway g = Gateway.start(config, data, LiveHarness.core(), Clock.systemUTC());
                 Connection c = new ActiveMQConnectionFactory("tcp://localhost:" + port).createConnection()) {
                roundTrip(c);
                assertThrows(Exception.class, () -> new ActiveMQConnectionFactory("tcp://localhost:" + config.brokerPort())
                        .createConnection().close(), "no embedded broker on broker.port");
            }
        }
    }

    @Test
    void aBrokerBeyondLocalhostLetsOnlyItsUserIn() throws Exception {
        GatewayConfig config = config(SECRETS, "broker.host", "0.0.0.0");
        int port = config.brokerPort();
        try (Gateway g = Gateway.start(config, dir("secured"), LiveHarness.core(), Clock.systemUTC())) {
            String url = "tcp://localhost:" + port;
            assertThrows(JMSSecurityException.class, () -> new ActiveMQConnectionFactory(url).createConnection().close());
            assertThrows(JMSSecurityException.class,
                    () -> new ActiveMQConnectionFactory(url, "backoffice", "wrong").createConnection().close());
            SendStatusCommandTest.Run refused = SendStatusCommandTest.cli("send", "-D", "broker.port=" + port,
                    "../samples/messages/jw315.xml");
            assertEquals(2, refused.code());
            assertTrue(refused.err().startsWith("error: the broker at tcp://localhost:" + port + " refused the login ("),
                    refused.err());
            try (Connection c = new ActiveMQConnectionFactory(url, SECRETS.get("IJW_BROKER_USER"), SECRETS.get("IJW_BROKER_PASSWORD")).createConnection()) {
                roundTrip(c);
            }
        }
    }
}
