package nl.ijw.gateway.monitor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import nl.ijw.gateway.cli.Main;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.generate.HistoryGenerator;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.replay.Replay;

/**
 * A generated history (4 providers, 3 municipalities, 4 months, many late and missing messages)
 * replayed by the real engine into a data directory, as the monitor's queries read a gateway's.
 */
record MonitorData(Path history, Path dataDir, Instant asOf) {

    static MonitorData make(Path tmp) throws IOException {
        Path history = tmp.resolve("history");
        HistoryGenerator.Result g = new HistoryGenerator(new HistoryGenerator.Settings(90, 4, 3, 4, 11, 0.15, 0.1,
                LocalDate.of(2026, 1, 5))).write(history);
        Path data = tmp.resolve("data");
        // A week after the last message: the last deadlines have passed, so there are overdue items.
        Instant asOf = g.last().plusSeconds(7 * 86_400);
        new Replay(GatewayCore.standard()).run(Manifest.read(history), data, asOf, false);
        if (!Files.isRegularFile(data.resolve("db/ijw-gateway.mv.db"))) {
            throw new IllegalStateException("the replay wrote no store");
        }
        return new MonitorData(history, data, asOf);
    }

    MonitorStore store() {
        return MonitorStore.dataDir(dataDir);
    }

    /** The distinct values of a one-column query on the store, ascending. */
    List<String> codes(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = store().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.stream().distinct().sorted().toList();
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
