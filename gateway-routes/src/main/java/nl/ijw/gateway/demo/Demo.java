package nl.ijw.gateway.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.ijw.gateway.cli.ErrorText;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.run.Gateway;
import nl.ijw.gateway.run.GatewayConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.text.Counts;

/**
 * The newcomer's tour: a live gateway on a data directory seeded with a generated history of the
 * last months (as if it had been running), live traffic through the queue and the inbox, and a
 * demo users file for the monitor. A temporary data directory is deleted on {@link #close}; one
 * given with {@code --data} is kept, and seeded only when it holds no store yet.
 */
public final class Demo implements AutoCloseable {

    /** What to generate and how fast to send. */
    public record Settings(int clients, int providers, int municipalities, int months, long seed, double lateRate,
                           double missingRate, double rate) {

        public Settings {
            if (!(rate > 0 && rate <= 1000)) {
                throw new IllegalArgumentException("--rate " + rate + ": give messages per second, more than 0 and at most 1000");
            }
        }

        public static Settings defaults() {
            return new Settings(300, 4, 3, 3, 1, 0.08, 0.04, 3);
        }

        public Settings withClientsAndRate(int c, double r) {
            return new Settings(c, providers, municipalities, months, seed, lateRate, missingRate, r);
        }
    }

    private final Path dataDir;
    private final boolean temporary;
    private final Path scratch;
    private final Gateway gateway;
    private final LiveTraffic traffic;
    private final long seeded;

    private Demo(Path dataDir, boolean temporary, Path scratch, Gateway gateway, LiveTraffic traffic, long seeded) {
        this.seeded = seeded;
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.scratch = scratch;
        this.gateway = gateway;
        this.traffic = traffic;
    }

    /**
     * Seeds (when the store is new), writes the users file, starts the gateway and the traffic, and
     * prints where to look.
     *
     * @param data the data directory, or null for a new temporary one
     */
    public static Demo start(GatewayConfig config, Path data, GatewayCore core, Clock clock, Settings s, PrintWriter out,
                             PrintWriter err) throws Exception {
        Gateway.preflight(config, data); // before minutes of seeding, not after
        boolean temporary = data == null;
        Path dir = temporary ? Files.createTempDirectory("ijw-demo-") : data;
        Path scratch = Files.createTempDirectory("ijw-demo-scratch-");
        LocalDate today = LocalDate.now(clock.withZone(SapTracker.AMSTERDAM));
        try {
            long seeded = 0;
            if (Files.isRegularFile(DatabaseConfig.h2DataFile(dir))) {
                out.println("demo: " + dir + " holds a store already; not seeded again");
            } else {
                DemoSeed.Result r = DemoSeed.seed(dir, scratch, core, config.served(), s, today);
                seeded = r.messages();
                out.println("demo: seeded " + dir + " with " + Counts.of(r.messages(), "message") + " ("
                        + Counts.number(r.accepted()) + " accepted) received " + r.first() + " to " + r.last() + ", "
                        + Counts.of(s.clients(), "client") + ", " + Counts.of(s.providers(), "provider") + ", "
                        + Counts.of(s.municipalities(), "municipality", "municipalities"));
                out.println("demo: " + Counts.of(r.signals(), "SAP signal") + " of that history (late, overdue, warnings)"
                        + " kept as the live gateway's, as sent then; 'status' shows the last ten");
            }
            List<DemoUsers.Login> logins = DemoUsers.logins(first(dir, "gemeente"), first(dir, "aanbieder"));
            Path users = dir.resolve("web-users.txt");
            boolean written = DemoUsers.write(users, logins);
            Gateway gateway = Gateway.start(config, dir, core, clock);
            LiveTraffic traffic = new LiveTraffic(config, dir.resolve("inbox"), scratch, s, today, err);
            traffic.start();
            Demo demo = new Demo(dir, temporary, scratch, gateway, traffic, seeded);
            demo.print(out, users, written, logins, s);
            return demo;
        } catch (Exception | Error e) {
            delete(scratch);
            if (temporary) {
                delete(dir);
            }
            throw e;
        }
    }

    private void print(PrintWriter out, Path users, boolean written, List<DemoUsers.Login> logins, Settings s) {
        out.println("demo: live traffic: about " + s.rate() + " messages a second, alternately on ijw.in and in "
                + dataDir.resolve("inbox"));
        out.println("demo: monitor " + url());
        out.println("demo: health  " + url() + "health, status: ./ijw-gateway status --data " + dataDir + " -D http.port="
                + gateway.httpPort());
        if (written) {
            out.println("demo: users file " + users + " (password '" + DemoUsers.PASSWORD + "' for each):");
            for (DemoUsers.Login l : logins) {
                out.println("  " + l.name() + "  " + l.role() + "  scope " + l.scope());
            }
        } else {
            out.println("demo: kept the users file " + users + " (not the demo's)");
        }
        out.println("demo: stop with Ctrl-C" + (temporary ? "; the temporary data folder is deleted then" : ""));
        out.flush();
    }

    /** The lowest code of this column of the allocations: a municipality or provider the history has. */
    private static String first(Path dir, String column) throws SQLException {
        DatabaseConfig c = DatabaseConfig.h2FileReadOnly(dir);
        try (Connection con = DriverManager.getConnection(c.url(), c.user(), c.password());
             Statement st = con.createStatement();
             ResultSet rs = st.executeQuery("SELECT MIN(" + column + ") FROM allocation")) {
            if (!rs.next() || rs.getString(1) == null) {
                throw new IllegalStateException("the store in " + dir + " holds no allocation to show the demo users");
            }
            return rs.getString(1);
        }
    }

    /** The monitor's address (the gateway's HTTP server). */
    public String url() {
        return "http://localhost:" + gateway.httpPort() + "/";
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Messages of the seeded history (0 when the store was there already). */
    public long seeded() {
        return seeded;
    }

    public Gateway gateway() {
        return gateway;
    }

    /** Live messages sent so far: on the queue, and as files in the inbox. */
    public long sentOnQueue() {
        return traffic.queued();
    }

    public long sentAsFiles() {
        return traffic.filed();
    }

    /** Stops the traffic, then the gateway (which finishes what it took), then deletes the temporary folders. */
    @Override
    public void close() {
        traffic.close();
        gateway.close();
        delete(scratch);
        if (temporary) {
            delete(dataDir);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("demo: could not delete " + dir + ": " + ErrorText.of(e, java.util.List.of()));
        }
    }
}
