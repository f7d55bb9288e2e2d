package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import jakarta.jms.Message;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.ijw.gateway.store.DatabaseConfig;

/**
 * A store failure mid-load: messages are rolled back and redelivered with back-off, then parked on
 * ijw.dlq with the error text, with nothing applied; once the store is back, new messages flow.
 */
class DatabaseFailureTest {

    /** queue.batch 1: the Camel route, one message a transaction; 16: the batch consumer. */
    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void storeFailureParksOnTheDlqAfterTheRetriesAndTheGatewayResumes(int batch) throws Exception {
        try (LiveHarness live = new LiveHarness("dbfail", Map.of("queue.batch", Integer.toString(batch)))) {
            byte[] a = LiveHarness.sample("messages/jw315.xml");
            live.send(a);
            assertNotNull(live.receive("ijw.out.0599", "IjwMessageId = 'AB2600087'", 20_000), "flows before the failure");
            live.awaitPublished(10_000);
            DatabaseConfig db = live.gateway.databaseConfig();
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                long before = count(c, "journal");
                long outboxBefore = count(c, "outbox");
                // The journal "goes away": every transaction of the gateway now fails.
                exec(c, "ALTER TABLE journal RENAME TO journal_away");
                byte[] b = LiveHarness.withId(a, "AB2600087", "AB2600088");
                live.send(b);
                Message parked = live.receive("ijw.dlq", null, 30_000);
                assertNotNull(parked, "parked on ijw.dlq after the retries");
                assertArrayEquals(b, LiveHarness.body(parked), "the original bytes");
                String error = parked.getStringProperty("IjwError");
                assertTrue(error != null && error.startsWith("the store failed"), "error text: " + error);

                exec(c, "ALTER TABLE journal_away RENAME TO journal");
                assertEquals(before, count(c, "journal"), "nothing of the parked message applied");
                assertEquals(outboxBefore, count(c, "outbox"));
            }
            byte[] d = LiveHarness.withId(a, "AB2600087", "AB2600089");
            live.send(d);
            // The same client's second request is rejected by the rules (TR374); what matters is that it is decided.
            Message retour = live.receive("ijw.out.41836207", "IjwInReplyTo = 'AB2600089'", 20_000);
            assertNotNull(retour, "flows again once the store is back");
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
