package nl.ijw.gateway.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.ijw.gateway.testing.MovingClock;
import nl.ijw.gateway.cli.Main;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.generate.HistoryGenerator;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.store.DatabaseConfig;

/**
 * A generated history (40 clients, 4 providers, 3 municipalities, 4 months, late and missing messages) replayed
 * by the engine into a data folder, then a live gateway started on it with its clock at the as-of
 * moment, so the monitor's pages show what a gateway that had been running would.
 */
record MonitorHistory(Path data, Instant asOf, String sapReportJson) {

    static MonitorHistory make(String name) throws Exception {
        Path base = LiveHarness.dataDir(name).toAbsolutePath().normalize();
        Path history = base.resolve("history");
        HistoryGenerator.Result g = new HistoryGenerator(new HistoryGenerator.Settings(40, 4, 3, 4, 11, 0.15, 0.1,
                LocalDate.of(2026, 1, 5))).write(history);
        Path data = base.resolve("data");
        Instant asOf = g.last().plusSeconds(7 * 86_400);
        // One thread: the grouped replay (parallel preparers) twice left a store H2 called corrupted
        // ("Double mark") here, under a load of 16 on 2 cores; reported to the lead.
        new Replay(GatewayCore.standard(), Replay.Tuning.singleThreaded()).run(Manifest.read(history), data, asOf, false);
        // Opened and closed once as the gateway will (migrated, closed cleanly): sap-report opens the
        // store read-only, and a read-only open of the replay's store sometimes finds it "damaged".
        nl.ijw.gateway.store.Database.open(DatabaseConfig.h2File(data)).close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"sap-report", data.toString(), "--as-of", asOf.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("sap-report exit " + code + ": " + err);
        }
        return new MonitorHistory(data, asOf, out.toString());
    }

    LiveHarness start(Path users) throws Exception {
        return new LiveHarness(data, Map.of("web.users", users.toString(), "folder.enabled", "false"),
                new MovingClock(asOf), Map.of());
    }

    /** Rows of a query on the running gateway's store, columns joined by a space. */
    static List<String> query(LiveHarness live, String sql) throws Exception {
        DatabaseConfig d = live.gateway.databaseConfig();
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(d.url(), d.user(), d.password());
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
