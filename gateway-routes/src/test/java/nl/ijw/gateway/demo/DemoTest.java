package nl.ijw.gateway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.run.GatewayConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.DatabaseConfig;

/** The demo on free ports for a few seconds: seeded history, live traffic on both channels, users file, URL. */
class DemoTest {

    @TempDir
    Path tmp;

    static int freePort() throws IOException {
        return nl.ijw.gateway.testing.FreePorts.next();
    }

    static GatewayConfig config() throws IOException {
        return GatewayConfig.load(null, Map.of("broker.port", Integer.toString(freePort()), "http.port",
                Integer.toString(freePort()), "folder.stable.ms", "200"), Map.of());
    }

    @Test
    @Timeout(180)
    void seedsTheLastMonthsThenSendsLiveTrafficAndPrintsTheLogins() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Instant started = Instant.now();
        Path data = tmp.resolve("data");
        LocalDate today = LocalDate.now(SapTracker.AMSTERDAM);
        Demo.Settings s = Demo.Settings.defaults().withClientsAndRate(30, 20);
        try (Demo demo = Demo.start(config(), data, GatewayCore.standard(), Clock.systemUTC(), s, new PrintWriter(out),
                new PrintWriter(err))) {
            String printed = out.toString();
            assertTrue(demo.seeded() > 100, printed);
            DatabaseConfig db = demo.gateway().databaseConfig();
            // The seeded history: received over the last three months, before today, as the replay stored it.
            long before = count(db, "SELECT COUNT(*) FROM journal WHERE direction = 'IN' AND received_at < ?", started);
            assertEquals(demo.seeded(), before, printed);
            OffsetDateTime firstSeeded = first(db);
            assertTrue(!firstSeeded.toLocalDate().isBefore(today.minusMonths(3).minusDays(1))
                    && firstSeeded.toLocalDate().isBefore(today.minusMonths(2)), firstSeeded.toString());
            // Live messages arrive on both channels.
            long end = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < end && (live(db, "QUEUE", started) < 3 || live(db, "FOLDER", started) < 3)) {
                Thread.sleep(200);
            }
            assertTrue(live(db, "QUEUE", started) >= 3, "queue traffic: " + live(db, "QUEUE", started) + "; " + err);
            assertTrue(live(db, "FOLDER", started) >= 3, "inbox traffic: " + live(db, "FOLDER", started) + "; " + err);
            assertTrue(demo.sentOnQueue() >= 3 && demo.sentAsFiles() >= 3);
            // The users file parses, every password is 'demo', the scopes are real codes of the history.
            List<String> lines = Files.readAllLines(data.resolve("web-users.txt"), StandardCharsets.UTF_8);
            assertEquals(DemoUsers.MARKER, lines.get(0));
            List<String> users = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertEquals(4, users.size());
            for (String u : users) {
                String[] f = u.split(":", 4);
                assertEquals(4, f.length, u);
                assertTrue(f[0].matches("[A-Za-z0-9._@-]{1,64}"), u);
                assertTrue(List.of("viewer", "operator", "privacy-officer").contains(f[1]), u);
                Scope.parse(f[2]);
                assertTrue(f[3].startsWith("$2y$"), u);
                assertTrue(OpenBSDBCrypt.checkPassword(f[3], DemoUsers.PASSWORD.toCharArray()), u);
                assertFalse(OpenBSDBCrypt.checkPassword(f[3], "wrong".toCharArray()), u);
            }
            assertTrue(users.stream().anyMatch(u -> u.startsWith("demo:privacy-officer:*:")));
            assertTrue(users.stream().anyMatch(u -> u.matches("gemeente:viewer:\\d{4}:.*")));
            assertTrue(users.stream().anyMatch(u -> u.matches("aanbieder:viewer:\\d{8}:.*")));
            // The printed addresses answer.
            Matcher m = Pattern.compile("demo: monitor (http://localhost:\\d+/)").matcher(printed);
            assertTrue(m.find(), printed);
            assertEquals(demo.url(), m.group(1));
            int monitor = status(m.group(1));
            assertTrue(monitor >= 200 && monitor < 500, "monitor answered " + monitor);
            assertEquals(200, status(m.group(1) + "health"));
            assertTrue(printed.contains("  demo  privacy-officer  scope *"), printed);
            seededSignalsAreTheLiveGatewaysSignals(demo, data, started, printed);
        }
        assertTrue(Files.isRegularFile(DatabaseConfig.h2DataFile(data)), "a given data folder is kept");
        assertEquals("", err.toString());
    }

    @Test
    @Timeout(180)
    void aTemporaryFolderIsDeletedAndAStoreIsNotSeededTwice() throws Exception {
        Demo.Settings s = Demo.Settings.defaults().withClientsAndRate(10, 5);
        Path temporary;
        try (Demo demo = Demo.start(config(), null, GatewayCore.standard(), Clock.systemUTC(), s,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            temporary = demo.dataDir();
            assertTrue(Files.isDirectory(temporary));
        }
        assertFalse(Files.exists(temporary), "the temporary data folder is deleted");
        Path data = tmp.resolve("again");
        try (Demo first = Demo.start(config(), data, GatewayCore.standard(), Clock.systemUTC(), s,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            assertTrue(first.seeded() > 0);
        }
        StringWriter out = new StringWriter();
        try (Demo second = Demo.start(config(), data, GatewayCore.standard(), Clock.systemUTC(), s, new PrintWriter(out),
                new PrintWriter(new StringWriter()))) {
            assertEquals(0, second.seeded());
            assertTrue(out.toString().contains("holds a store already; not seeded again"), out.toString());
        }
    }

    @Test
    void aTakenPortIsRefusedBeforeTheStoreIsSeeded() throws Exception {
        int port = freePort();
        GatewayConfig config = GatewayConfig.load(null, Map.of("broker.port", Integer.toString(freePort()), "http.port",
                Integer.toString(port)), Map.of());
        Path data = tmp.resolve("taken");
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getByName("localhost"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Demo.start(config, data, GatewayCore.standard(), Clock.systemUTC(),
                            Demo.Settings.defaults().withClientsAndRate(10, 5), new PrintWriter(new StringWriter()),
                            new PrintWriter(new StringWriter())).close());
            assertEquals("the HTTP server cannot listen on localhost:" + port + " (in use?); choose another http.port",
                    e.getMessage());
        }
        assertFalse(Files.exists(data), "nothing was seeded");
    }

    /**
     * The SAP signals of the seeded history are kept as the live watch keeps its own: SIGNAL rows of
     * the outbox, sent when raised (so not published again), and status shows them, not "none yet".
     */
    private static void seededSignalsAreTheLiveGatewaysSignals(Demo demo, Path data, Instant started, String printed)
            throws Exception {
        DatabaseConfig db = demo.gateway().databaseConfig();
        long seeded = count(db, "SELECT COUNT(*) FROM outbox WHERE kind = 'SIGNAL' AND sent AND sent_at < ?", started);
        assertTrue(seeded > 0, "the seeded history's signals in the outbox; " + printed);
        assertTrue(printed.contains("demo: " + nl.ijw.gateway.text.Counts.of(seeded, "SAP signal") + " of that history"), printed);
        assertEquals(0, count(db, "SELECT COUNT(*) FROM outbox WHERE kind = 'SIGNAL' AND created_at < ?"
                + " AND (NOT sent OR sent_at <> created_at)", started), "stored as sent when raised");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = nl.ijw.gateway.cli.Main.run(new String[] {"status", "--data", data.toString(), "-D",
                "http.port=" + demo.gateway().httpPort()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, out + "" + err);
        String status = out.toString();
        assertFalse(status.contains("none yet"), status);
        assertTrue(status.matches("(?s).*last signals:\\n  \\d{4}-\\d\\d-\\d\\dT[^ ]+ [A-Z][A-Z0-9_]*: .*"), status);
    }

    private static long live(DatabaseConfig db, String channel, Instant since) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM journal WHERE direction = 'IN' AND channel = '" + channel
                + "' AND received_at >= ?", since);
    }

    private static long count(DatabaseConfig db, String sql, Instant t) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, t.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static OffsetDateTime first(DatabaseConfig db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT MIN(received_at) FROM journal");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    private static int status(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        try {
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }
}
