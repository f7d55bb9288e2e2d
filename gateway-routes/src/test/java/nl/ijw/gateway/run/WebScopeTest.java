package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import jakarta.jms.BytesMessage;
import jakarta.jms.MessageProducer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.store.DatabaseConfig;

/**
 * Who sees what, tried against a real gateway with real traffic: a provider sees only its own
 * messages and dead letters (tampered ids answer 404 like unknown ones), a municipality sees its
 * own in full and the others as totals only; an operator resubmits a dead letter (it leaves the DLQ,
 * is processed again and recorded with who did it), a viewer is refused.
 */
class WebScopeTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachUserSeesItsScopeAndOnlyAnOperatorResubmits() throws Exception {
        try (LiveHarness live = new LiveHarness("web-scope", Map.of("web.users", WebUsers.write("scope").toString()))) {
            byte[] a = LiveHarness.sample("messages/jw315.xml");
            live.send(a); // provider A -> Rotterdam, accepted
            String b = new String(a, StandardCharsets.UTF_8).replace(WebUsers.PROVIDER_A, WebUsers.PROVIDER_B)
                    .replace(">264819378<", ">123456789<"); // provider B, a BSN failing the elfproef: rejected
            live.send(b.getBytes(StandardCharsets.UTF_8));
            awaitJournal(live, 2);
            live.awaitPublished(10_000);
            String letterA = park(live, a, WebUsers.PROVIDER_A);
            String letterB = park(live, b.getBytes(StandardCharsets.UTF_8), WebUsers.PROVIDER_B);

            JsonNode admin = api(live, "kijker", "/api/traffic");
            assertEquals(2, total(admin), admin.toString());
            assertTrue(admin.has("queues"), "* sees the deployment's queues");

            JsonNode zorgA = api(live, "zorg-a", "/api/traffic");
            assertEquals(1, total(zorgA), zorgA.toString());
            assertEquals(0, zorgA.get("lastRejected").size(), "B's rejection is not A's business");
            assertEquals(0, zorgA.get("otherMunicipalities").size(), "a provider gets no totals of others");
            assertFalse(zorgA.has("queues"));
            assertEquals(1, zorgA.get("deadLetters").asInt());

            JsonNode zorgB = api(live, "zorg-b", "/api/traffic");
            assertEquals(1, total(zorgB));
            JsonNode rejected = zorgB.get("lastRejected").get(0);
            assertEquals(WebUsers.PROVIDER_B, rejected.get("sender").asText());
            assertTrue(rejected.get("findings").toString().contains("CS002"), rejected.toString());
            assertFalse(rejected.toString().contains("123456789"), "the BSN is masked in the findings: " + rejected);

            JsonNode rotterdam = api(live, "rotterdam", "/api/traffic");
            assertEquals(2, total(rotterdam), "both were sent to Rotterdam");
            JsonNode amsterdam = api(live, "amsterdam", "/api/traffic");
            assertEquals(0, total(amsterdam), "Amsterdam has no traffic of its own");
            assertEquals(0, amsterdam.get("lastRejected").size());
            assertEquals(2, amsterdam.get("otherMunicipalities").findValues("count").stream().mapToLong(JsonNode::asLong).sum(),
                    "the other municipalities' traffic as totals: " + amsterdam);
            assertFalse(amsterdam.get("otherMunicipalities").toString().contains(WebUsers.PROVIDER_B), "totals without parties");

            // Dead letters: A's operator sees A's only; B's id in a tampered POST answers like an unknown one.
            WebClient opsA = WebClient.of(live);
            assertEquals(303, opsA.login("ops-a", "pw-ops-a").statusCode());
            String dlqPage = opsA.get("/dlq").body();
            assertTrue(dlqPage.contains(letterA) && !dlqPage.contains(letterB), dlqPage);
            String csrf = WebClient.csrf(dlqPage.substring(dlqPage.indexOf("action=\"/dlq/resubmit\"")));
            assertEquals(404, opsA.post("/dlq/resubmit", Map.of("csrf", csrf, "id", letterB)).statusCode(), "B's letter");
            assertEquals(404, opsA.post("/dlq/resubmit", Map.of("csrf", csrf, "id", "ID:no-such-letter")).statusCode());
            assertEquals(403, opsA.post("/dlq/resubmit", Map.of("id", letterA)).statusCode(), "no CSRF token");

            WebClient viewer = WebClient.of(live);
            viewer.login("zorg-a", "pw-zorg-a");
            String viewerPage = viewer.get("/dlq").body();
            assertFalse(viewerPage.contains("action=\"/dlq/resubmit\""), "a viewer gets no resubmit button");
            String viewerCsrf = WebClient.csrf(viewerPage);
            assertEquals(403, viewer.post("/dlq/resubmit", Map.of("csrf", viewerCsrf, "id", letterA)).statusCode());

            long before = journalSize(live);
            HttpResponse<String> done = opsA.post("/dlq/resubmit", Map.of("csrf", csrf, "id", letterA));
            assertEquals(303, done.statusCode(), done.body());
            assertTrue(done.headers().firstValue("Location").orElseThrow().startsWith("/dlq?done=ID%3A"));
            awaitJournal(live, before + 1);
            assertEquals(0, api(live, "zorg-a", "/api/dlq").get("deadLetters").size(), "A's letter left the DLQ");
            assertEquals(1, api(live, "kijker", "/api/dlq").get("deadLetters").size(), "B's is still there");
            assertEquals(List.of("ops-a " + letterA + " JW315 " + WebUsers.PROVIDER_A), resubmits(live));
            assertNull(live.receive("ijw.dlq", "JMSMessageID = '" + letterA + "'", 200));
        }
    }

    /** Puts a message on ijw.dlq as the gateway parks one: original bytes, parties and the error text. */
    static String park(LiveHarness live, byte[] xml, String sender) throws Exception {
        BytesMessage m = live.session.createBytesMessage();
        m.writeBytes(xml);
        m.setStringProperty("IjwError", "database unavailable: connection refused");
        m.setStringProperty("IjwMessageType", "JW315");
        m.setStringProperty("IjwSender", sender);
        m.setStringProperty("IjwReceiver", "0599");
        try (MessageProducer p = live.session.createProducer(live.session.createQueue("ijw.dlq"))) {
            p.send(m);
        }
        return m.getJMSMessageID();
    }

    static JsonNode api(LiveHarness live, String user, String path) throws Exception {
        WebClient c = WebClient.of(live);
        assertEquals(303, c.login(user, "pw-" + user).statusCode(), user);
        HttpResponse<String> r = c.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static long total(JsonNode traffic) {
        return traffic.get("hours").findValues("count").stream().mapToLong(JsonNode::asLong).sum();
    }

    static long journalSize(LiveHarness live) throws Exception {
        try (Connection c = connect(live); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM journal WHERE direction = 'IN'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void awaitJournal(LiveHarness live, long atLeast) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        while (journalSize(live) < atLeast) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("journal did not reach " + atLeast);
            }
            Thread.sleep(50);
        }
    }

    private static List<String> resubmits(LiveHarness live) throws Exception {
        try (Connection c = connect(live); ResultSet rs = c.createStatement().executeQuery(
                "SELECT user_name, jms_message_id, message_type, sender FROM dlq_resubmit ORDER BY id")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
            return out;
        }
    }

    private static Connection connect(LiveHarness live) throws Exception {
        DatabaseConfig d = live.gateway.databaseConfig();
        return DriverManager.getConnection(d.url(), d.user(), d.password());
    }
}
