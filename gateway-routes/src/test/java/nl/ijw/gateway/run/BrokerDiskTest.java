package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;

import org.junit.jupiter.api.Test;

/**
 * A broker whose disk is fuller than {@code broker.max.disk.usage} holds every sender: the gateway
 * is then not healthy, its status says why and what to do, and {@code send} gives up after its
 * {@code --timeout} instead of waiting for ever (seen for real on a shared disk 90%
 * full, where a benchmark stopped without a word). A limit of 1% makes any real disk "full".
 */
class BrokerDiskTest {

    @Test
    void aDiskAboveTheLimitMakesTheGatewayDegradedAndStatusSaysWhy() throws Exception {
        try (LiveHarness live = new LiveHarness("disk-full", Map.of("broker.max.disk.usage", "1"))) {
            long until = System.nanoTime() + 30_000_000_000L;
            while (live.gateway.health().getOrDefault("disk", true) && System.nanoTime() < until) {
                Thread.sleep(100); // the broker scans its disk every few seconds
            }
            assertEquals(Boolean.FALSE, live.gateway.health().get("disk"), live.gateway.health().toString());
            assertFalse(live.gateway.healthy());
            var status = SendStatusCommandTest.cli("status", "--data", live.data.toString(), "-D",
                    "http.port=" + live.gateway.httpPort());
            assertEquals(1, status.code(), status.out() + status.err());
            assertTrue(status.out().contains("broker disk FULL: "), status.out());
            assertTrue(status.out().contains("above broker.max.disk.usage=1%"), status.out());
            var send = SendStatusCommandTest.cli("send", "--timeout", "2", "-D", "broker.port=" + live.config.brokerPort(),
                    "../samples/messages/jw315.xml");
            assertEquals(2, send.code(), "a held send ends after --timeout: " + send.out() + send.err());
            assertTrue(send.err().startsWith("error: the broker held the send of ../samples/messages/jw315.xml for 2 s"
                    + " (--timeout) without an answer: it holds every sender"), send.err());
            assertEquals("", send.out());
        }
    }

    /**
     * A file comes in through the inbox (no broker needed) while the broker holds every sender, so
     * the relay's publish of its outputs blocks: the stop must still end in seconds, and the outputs
     * wait in the outbox for the next start, published then exactly once.
     */
    @Test
    void aStopWhileTheBrokerHoldsTheRelayEndsInTimeAndTheOutputsComeAtTheNextStart() throws Exception {
        Path data = LiveHarness.dataDir("disk-stop");
        LiveHarness full = new LiveHarness(data, Map.of("broker.max.disk.usage", "1"), Clock.systemUTC(), Map.of());
        long until = System.nanoTime() + 30_000_000_000L;
        while (full.gateway.health().getOrDefault("disk", true) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Path inbox = data.resolve("inbox");
        Files.write(inbox.resolve(".jw315.xml.tmp"), LiveHarness.sample("messages/jw315.xml"));
        Files.move(inbox.resolve(".jw315.xml.tmp"), inbox.resolve("jw315.xml"), StandardCopyOption.ATOMIC_MOVE);
        Path archived = data.resolve("archive").resolve(LocalDate.now(ZoneId.of("Europe/Amsterdam"))
                .format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))).resolve("jw315.xml");
        while (!Files.exists(archived) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(archived), "processed while the broker holds its senders");
        Thread.sleep(500); // the relay's next tick takes the outputs and blocks on the held address

        long stop = System.nanoTime();
        full.close();
        long seconds = (System.nanoTime() - stop) / 1_000_000_000L;
        assertTrue(seconds < 20, "stopped in " + seconds + " s");

        try (LiveHarness room = new LiveHarness(data, Map.of("broker.max.disk.usage", "100"), Clock.systemUTC(), Map.of());
             MessageConsumer forwards = room.session.createConsumer(room.session.createQueue("ijw.out.0599"))) {
            Message forward = forwards.receive(20_000);
            assertNotNull(forward, "the forward, published at the next start");
            assertEquals("JW315", forward.getStringProperty("IjwMessageType"));
            assertNull(forwards.receive(1_000), "published once");
        }
    }

    @Test
    void withRoomTheDiskIsHealthy() throws Exception {
        try (LiveHarness live = new LiveHarness("disk-room", Map.of("broker.max.disk.usage", "100"))) {
            long until = System.nanoTime() + 20_000_000_000L;
            while (!live.gateway.healthy() && System.nanoTime() < until) {
                Thread.sleep(100); // the routes come up just after the start
            }
            assertEquals(Boolean.TRUE, live.gateway.health().get("disk"), live.gateway.health().toString());
            assertTrue(live.gateway.healthy(), live.gateway.health().toString());
        }
    }
}
