package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.traffic.StoryTraffic;

/**
 * Exactly-once across a crash: the packaged gateway runs as a process, 1,000 requests (JW315)
 * flow through it, the process is killed with SIGKILL midway (broker and all) and started again.
 * Afterwards every input has exactly one forward and one retour, none a TR056 rejection.
 */
class KillNineIT {

    private static final int MESSAGES = 1_000;
    private static final Pattern ID = Pattern.compile("<ijw:Identificatie>([^<]+)<");
    private static final Pattern PARTY = Pattern.compile("<jw315:(Afzender|Ontvanger)>([^<]+)<");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The default batch consumer (queue.batch 64). The Camel route (queue.batch=1) passes it too,
     * at a third of the speed: run it with {@code mvn verify -Dijw.kill9.batch=1}.
     */
    @Test
    void killedMidwayEveryInputHasExactlyOneForwardAndOneRetour() throws Exception {
        int batch = Integer.getInteger("ijw.kill9.batch", 64);
        Path data = Path.of("target", "kill9-" + System.nanoTime()).toAbsolutePath();
        int brokerPort = LiveHarness.freePort();
        int httpPort = LiveHarness.freePort();
        List<StoryTraffic.Message> msgs = new StoryTraffic(20).stream(MESSAGES * 14).limit(MESSAGES).toList();
        Set<String> ids = new TreeSet<>();
        Set<String> queues = new TreeSet<>();
        for (StoryTraffic.Message m : msgs) {
            String xml = new String(m.xml(), StandardCharsets.UTF_8);
            Matcher id = ID.matcher(xml);
            assertTrue(id.find());
            ids.add(id.group(1));
            Matcher p = PARTY.matcher(xml);
            while (p.find()) {
                queues.add("ijw.out." + p.group(2));
            }
        }
        assertEquals(MESSAGES, ids.size(), "distinct inputs");

        Process first = start(data, brokerPort, httpPort, batch);
        Process second = null;
        try {
            awaitHealthy(httpPort, first);
            String url = "tcp://localhost:" + brokerPort;
            try (Connection c = new ActiveMQConnectionFactory(url).createConnection()) {
                Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageProducer p = s.createProducer(s.createQueue("ijw.in"));
                int n = 0;
                for (StoryTraffic.Message m : msgs) {
                    BytesMessage b = s.createBytesMessage();
                    b.writeBytes(m.xml());
                    p.send(b);
                    if (++n % 100 == 0) {
                        s.commit();
                    }
                }
                s.commit();
            }
            // Kill while messages flow: some decided, many still waiting.
            long seen = awaitJournal(data, httpPort, MESSAGES / 4);
            first.destroyForcibly().waitFor();
            assertTrue(seen < MESSAGES, "killed midway, after " + seen + " inputs");

            second = start(data, brokerPort, httpPort, batch);
            awaitHealthy(httpPort, second);
            awaitDrained(data, httpPort);

            Map<String, Integer> forwards = new HashMap<>();
            Map<String, Integer> retours = new HashMap<>();
            List<String> problems = new ArrayList<>();
            try (Connection c = new ActiveMQConnectionFactory(url).createConnection()) {
                c.start();
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                for (String q : queues) {
                    try (MessageConsumer consumer = s.createConsumer(s.createQueue(q))) {
                        Message m;
                        while ((m = consumer.receive(500)) != null) {
                            String type = m.getStringProperty("IjwMessageType");
                            if ("JW315".equals(type)) {
                                forwards.merge(m.getStringProperty("IjwMessageId"), 1, Integer::sum);
                                if (!"ACCEPTED".equals(m.getStringProperty("IjwVerdict"))) {
                                    problems.add("forward not accepted: " + m.getStringProperty("IjwMessageId"));
                                }
                            } else if ("JW316".equals(type)) {
                                retours.merge(m.getStringProperty("IjwInReplyTo"), 1, Integer::sum);
                                String xml = new String(LiveHarness.body(m), StandardCharsets.UTF_8);
                                if (xml.contains("9056")) {
                                    problems.add("TR056 retour for " + m.getStringProperty("IjwInReplyTo"));
                                }
                            } else {
                                problems.add("unexpected " + type + " on " + q);
                            }
                        }
                    }
                }
                for (String q : List.of("ijw.rejected", "ijw.dlq")) {
                    try (MessageConsumer consumer = s.createConsumer(s.createQueue(q))) {
                        Message m = consumer.receive(300);
                        if (m != null) {
                            problems.add("on " + q + ": " + m.getStringProperty("IjwReason") + m.getStringProperty("IjwError"));
                        }
                    }
                }
            }
            assertEquals(List.of(), problems);
            assertEquals(ids, forwards.keySet(), "every input forwarded");
            assertEquals(ids, retours.keySet(), "every input answered");
            assertTrue(forwards.values().stream().allMatch(v -> v == 1), "no forward twice");
            assertTrue(retours.values().stream().allMatch(v -> v == 1), "no retour twice");
            second.destroy();
            assertEquals(0, second.waitFor(), "SIGTERM: an orderly stop exits 0");
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroyForcibly();
            }
        }
    }

    private Process start(Path data, int brokerPort, int httpPort, int batch) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = data.resolveSibling(data.getFileName() + "-" + System.nanoTime() + ".log");
        Files.createDirectories(data);
        return new ProcessBuilder(java, "-Duser.language=en", "-Duser.country=US", "-jar",
                Path.of("target", "ijw-gateway.jar").toAbsolutePath().toString(), "run", "--data", data.toString(),
                "-D", "broker.port=" + brokerPort, "-D", "http.port=" + httpPort, "-D", "queue.batch=" + batch)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The status as {@code ijw-gateway status} asks it: with the token the gateway wrote to its data folder. */
    private JsonNode status(Path data, int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/status"))
                .header("Authorization", "Bearer " + nl.ijw.gateway.web.StatusToken.read(data))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private void awaitHealthy(int port, Process p) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            assertTrue(p.isAlive(), "the gateway process stopped");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("gateway not healthy within 60 s");
    }

    private static long inputs(JsonNode status) {
        long n = 0;
        for (JsonNode row : status.path("journal")) {
            n += row.path("total").asLong();
        }
        return n;
    }

    private long awaitJournal(Path data, int port, long atLeast) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            long n = inputs(status(data, port));
            if (n >= atLeast) {
                return n;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + atLeast + " inputs within 120 s");
    }

    private void awaitDrained(Path data, int port) throws Exception {
        long end = System.currentTimeMillis() + 180_000;
        JsonNode s = null;
        while (System.currentTimeMillis() < end) {
            s = status(data, port);
            if (s.path("queues").path("ijw.in").asLong() == 0 && s.path("outboxBacklog").asLong() == 0
                    && inputs(s) >= MESSAGES) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not drained within 180 s: " + s);
    }
}
