package nl.ijw.gateway.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;

import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.files.NewOutput;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.text.Times;

/**
 * Writes a history folder from a gateway's journal: every message it received (direction IN,
 * accepted, rejected or failed alike, with the raw bytes as journaled), in receipt order, and a
 * {@code manifest.csv} with each receipt time. Of the gateway's own answers (OUT) only the retours
 * a live gateway sent for a served party go in, right after their heen-message (see SELECT); the
 * rest is not traffic and a replay makes it again. Rows are read one at a time, so memory does not
 * grow with the journal. The database is opened read-only.
 */
public final class JournalExport {

    /** What was written. */
    public record Result(long messages, Instant first, Instant last) {
    }

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /**
     * Every input, and the retours a live gateway sent on a served party's behalf: those are traffic
     * there (they meet the OP090 of their heen-message, {@code SentRetours}), so the history must hold
     * them for a replay to decide alike. A replay's own retours (channel REPLAY) are its judgement and
     * stay out, as do the JW325s (no traffic for the SAP either way).
     */
    private static final String SELECT = "SELECT j.id, j.received_at, j.message_type, p.payload FROM journal j"
            + " JOIN journal_payload p ON p.journal_id = j.id WHERE"
            + " (j.direction = 'IN' OR (j.direction = 'OUT' AND j.channel <> '" + Channel.REPLAY.name() + "'"
            + " AND j.message_type IN (" + retourTypes() + ")))"
            + " AND j.received_at >= ? AND j.received_at < ? ORDER BY j.received_at, j.id";

    private final Path data;
    private final LocalDate from;
    private final LocalDate to;
    private final Pseudonymiser pseudonymiser;

    /**
     * @param from first receipt date exported (Europe/Amsterdam, inclusive), or null
     * @param to   last receipt date exported (inclusive), or null
     * @param pseudonymiser replaces personal data, or null to export the bytes as journaled
     */
    public JournalExport(Path data, LocalDate from, LocalDate to, Pseudonymiser pseudonymiser) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to + "; swap them: --from " + to
                    + " --to " + from + " (--from is the first of the receipt dates, --to the last)");
        }
        this.data = data;
        this.from = from;
        this.to = to;
        this.pseudonymiser = pseudonymiser;
    }

    public Result write(Path out) throws IOException {
        Path db = DatabaseConfig.h2DataFile(data);
        if (Files.isRegularFile(data)) {
            throw new IllegalArgumentException("--data " + data + " is a file, not a folder; give a gateway data folder"
                    + " (one holding db/ijw-gateway.mv.db)");
        }
        if (!Files.isRegularFile(db) && Files.isRegularFile(data.resolve("manifest.csv"))) {
            throw new IllegalArgumentException("--data " + data + " is no gateway data directory: it holds a history"
                    + " (manifest.csv), which is an export already; replay it, or give the data folder of a gateway");
        }
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException("--data " + data + " is no gateway data directory: it holds no"
                    + " db/ijw-gateway.mv.db (the journal); give a gateway data folder, or a replay's --out folder");
        }
        refuseNonEmpty(out);
        DatabaseConfig config = DatabaseConfig.h2FileReadOnly(data);
        // Connect before creating anything: a database in use must leave no half-made --out behind.
        try (Connection c = connect(config)) {
            NewOutput output = NewOutput.before(out);
            try {
                return copy(c, out);
            } catch (IOException | SQLException | RuntimeException | Error e) {
                output.discard(e, java.util.Set.of()); // so the same command can be run again
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the journal in --data " + data, e); // ErrorText says why, in words
        }
    }

    private Connection connect(DatabaseConfig config) throws IOException {
        try {
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            throw new IOException("Cannot open the gateway database in --data " + data, e); // ErrorText says why, in words
        }
    }

    private Result copy(Connection c, Path out) throws IOException, SQLException {
        Path messages = Files.createDirectories(out.resolve("messages"));
        long n = 0;
        Instant first = null;
        Instant last = null;
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            manifest.write("receivedAt,file\n");
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setObject(1, (from == null ? OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                        : from.atStartOfDay(AMSTERDAM).toOffsetDateTime()));
                ps.setObject(2, (to == null ? OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                        : to.plusDays(1).atStartOfDay(AMSTERDAM).toOffsetDateTime()));
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
                        String type = rs.getString(3);
                        String file = String.format(Locale.ROOT, "%07d-%s.xml", n, type == null ? "unknown" : type.toLowerCase(Locale.ROOT));
                        byte[] bytes = rs.getBytes(4);
                        Files.write(messages.resolve(file), pseudonymiser == null ? bytes : pseudonymiser.apply(bytes));
                        manifest.write(Times.received(at) + ",messages/" + file + "\n");
                        first = first == null ? at : first;
                        last = at;
                    }
                }
            }
        }
        return new Result(n, first, last);
    }

    private static String retourTypes() {
        return java.util.Arrays.stream(MessageType.values()).filter(MessageType::isRetour)
                .map(t -> "'" + t.name() + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    private static void refuseNonEmpty(Path out) throws IOException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IllegalArgumentException("--out " + out + " is a file; give a new or empty folder");
            }
            try (Stream<Path> l = Files.list(out)) {
                if (l.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + out + " is not empty; give a new or empty folder"
                            + " (export never overwrites)");
                }
            }
        }
    }
}
