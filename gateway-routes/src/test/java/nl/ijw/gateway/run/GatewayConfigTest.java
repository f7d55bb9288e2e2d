package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {

    @Test
    void defaultsFromTheJar() {
        GatewayConfig c = GatewayConfig.load(null, Map.of(), Map.of());
        assertEquals(61616, c.brokerPort());
        assertEquals("tcp://localhost:61616", c.brokerUrl());
        assertNull(c.externalBroker());
        assertEquals(8080, c.httpPort());
        assertEquals("all municipalities", c.served().describe());
        assertEquals(Duration.ofMinutes(15), c.watchInterval());
        assertTrue(c.folderEnabled());
        assertEquals(64, c.queueBatch());
        assertEquals(90, c.maxDiskUsage());
    }

    @Test
    void theGatewaysOwnConnectionsStayInTheJvmOnlyWithTheEmbeddedBroker() {
        assertEquals("vm://61616", GatewayConfig.load(null, Map.of(), Map.of()).ownBrokerUrl(),
                "embedded: the in-VM acceptor, named by the TCP port so two gateways in one JVM stay apart");
        assertEquals("vm://7777", GatewayConfig.load(null, Map.of("broker.port", "7777"), Map.of()).ownBrokerUrl());
        assertEquals("tcp://broker.example:61617", GatewayConfig.load(null, Map.of("broker.url", "tcp://broker.example:61617"),
                Map.of()).ownBrokerUrl(), "external: the external broker, there is no in-VM acceptor");
    }

    @Test
    void fileThenEnvironmentThenDashD(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gw.properties");
        Files.writeString(file, "broker.port=1111\nhttp.port=2222\nqueue.consumers=2\n");
        GatewayConfig c = GatewayConfig.load(file, Map.of("http.port", "3333"),
                Map.of("IJW_BROKER_PORT", "4444", "IJW_HTTP_PORT", "5555", "IJW_JAVA_OPTS", "-Xmx1g"));
        assertEquals(4444, c.brokerPort(), "the environment over the file");
        assertEquals(3333, c.httpPort(), "-D over the environment");
        assertEquals(2, c.queueConsumers(), "the file over the defaults");
    }

    @Test
    void unknownKeysAreRefusedWithTheirName(@TempDir Path dir) throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(null, Map.of("broker.prot", "1"), Map.of()));
        assertTrue(e.getMessage().startsWith("unknown setting 'broker.prot' in -D"), e.getMessage());
        Path file = dir.resolve("gw.properties");
        Files.writeString(file, "watch.intervall=5m\n");
        e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("'watch.intervall' in " + file), e.getMessage());
    }

    /** Refused at the start in words, not by the broker client later ("Schema localhost not found"). */
    @Test
    void aBrokerUrlWithoutSchemeAndMisusedPartyListsAreSaidInWords() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("broker.url", "localhost:61616"), Map.of()));
        assertEquals("broker.url must be an Artemis URL such as tcp://host:61616 (or (tcp://a:61616,tcp://b:61616) for a"
                + " pair), not 'localhost:61616'", e.getMessage());
        GatewayConfig.load(null, Map.of("broker.url", "(tcp://a:61616,tcp://b:61616)?ha=true"), Map.of());
        e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("folder.outbox.parties", "12,0599"), Map.of()));
        assertTrue(e.getMessage().contains("'12' is not a party code (a 4-digit municipality code or an 8-digit AGB code"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("gateway.serves", "municipalities,0599"), Map.of()));
        assertTrue(e.getMessage().startsWith("gateway.serves: 'municipalities' means every municipality and stands alone;"
                + " give it alone, or list party codes only"), e.getMessage());
    }

    @Test
    void secretsOnlyFromTheEnvironment() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("broker.password", "x"), Map.of()));
        assertTrue(e.getMessage().contains("set IJW_BROKER_PASSWORD"), e.getMessage());
        GatewayConfig c = GatewayConfig.load(null, Map.of("broker.host", "0.0.0.0"),
                Map.of("IJW_BROKER_USER", "gw", "IJW_BROKER_PASSWORD", "s3cret"));
        assertEquals("gw", c.brokerUser());
        assertTrue(!c.placeholders().containsKey("broker.password"), "secrets never reach Camel's properties");
    }

    @Test
    void aBrokerBeyondLocalhostNeedsAUser() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("broker.host", "0.0.0.0"), Map.of()));
        assertTrue(e.getMessage().contains("IJW_BROKER_USER"), e.getMessage());
    }

    @Test
    void badValuesSayWhatIsExpected() {
        var e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(null, Map.of("http.port", "eighty"), Map.of()));
        assertEquals("http.port must be a whole number, not 'eighty'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(null, Map.of("watch.interval", "soon"), Map.of()));
        assertTrue(e.getMessage().startsWith("watch.interval must be a duration"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(null, Map.of("gateway.serves", "0599,abc"), Map.of()));
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(null, Map.of("broker.max.disk.usage", "101"), Map.of()));
        assertEquals("broker.max.disk.usage must be a percentage from 1 to 100, not 101", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.load(null, Map.of("broker.max.disk.usage", "0"), Map.of()));
        assertEquals("broker.max.disk.usage must be a percentage from 1 to 100, not 0", e.getMessage());
    }

    @Test
    void theMonitorsSettingsAreCheckedAndItsKeystorePasswordComesFromTheEnvironmentOnly() {
        GatewayConfig c = GatewayConfig.load(null, Map.of(), Map.of());
        assertEquals("localhost", c.httpHost());
        assertTrue(c.webEnabled());
        assertEquals(null, c.tlsKeystore());
        assertEquals(Path.of("d", "web-users.txt"), c.webUsers(Path.of("d")));
        assertEquals(java.time.Duration.ofMinutes(30), c.webSessionTimeout());
        IllegalArgumentException secret = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("http.tls.password", "x"), Map.of()));
        assertEquals("http.tls.password in -D: secrets are read from the environment only; set IJW_HTTP_TLS_PASSWORD",
                secret.getMessage());
        assertEquals("x", GatewayConfig.load(null, Map.of(), Map.of("IJW_HTTP_TLS_PASSWORD", "x")).tlsPassword());
        assertEquals("web.enabled must be true or false, not 'yes'", assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("web.enabled", "yes"), Map.of())).getMessage());
        assertEquals("http.tls.keystore nowhere.p12 is not a readable file", assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("http.tls.keystore", "nowhere.p12"), Map.of())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.load(null, Map.of("web.session.timeout", "soon"), Map.of())).getMessage()
                .startsWith("web.session.timeout must be a duration such as 15m"));
    }
}
