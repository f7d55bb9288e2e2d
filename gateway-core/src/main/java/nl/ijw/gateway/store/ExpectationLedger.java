package nl.ijw.gateway.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Read-only access to the SAP expectations of an existing gateway database, for the compliance
 * report. It opens no {@link Database}: that would run migrations on the gateway's data, and
 * H2 would create an empty database where none is.
 */
public final class ExpectationLedger implements AutoCloseable {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Connection connection;

    private ExpectationLedger(Connection connection) {
        this.connection = connection;
    }

    /** Opens the H2 database of a gateway data directory read-only; refuses when it does not exist. */
    public static ExpectationLedger openDataDir(Path dataDir) {
        DatabaseConfig.requireH2(dataDir);
        return open(DatabaseConfig.h2FileReadOnly(dataDir));
    }

    public static ExpectationLedger open(DatabaseConfig config) {
        try {
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            c.setReadOnly(true);
            return new ExpectationLedger(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + config.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Created by a message received by as-of. created_on is that message's receipt date in
     * Europe/Amsterdam, so a row created on an earlier day than as-of's passes without looking
     * the message up (OR stops at its first true side); only the as-of day's rows need its
     * receipt time. On a year's store that saved a random journal read for nearly every row.
     */
    private static final String CREATED_BY_AS_OF = " AND (e.created_on < ? OR COALESCE((SELECT c.received_at <= ?"
            + " FROM journal c WHERE c.id = e.journal_id), TRUE))";

    /**
     * Every expectation of the given rules with a due date in [from, to] (either bound may be
     * null: open), except CANCELLED ones, in id order, joined with the receipt time of the
     * message that met it, as it stood at {@code asOf}: a row whose creating message was received
     * after it is left out, and one met by a message received after it is still awaited (OPEN).
     * A cancellation has no time in the store: a row cancelled after asOf is left out all the same.
     */
    public void forEach(Collection<String> rules, LocalDate from, LocalDate to, Instant asOf,
                        Consumer<ExpectationOutcome> sink) {
        if (rules.isEmpty()) {
            return;
        }
        // Never select match_key: allocation keys contain the BSN.
        StringBuilder sql = new StringBuilder("SELECT e.id, e.rule, e.due, e.status, e.sender, e.receiver, j.received_at,"
                + " e.message_type, e.message_id, e.journal_id, j.message_type, j.identificatie, j.id, e.toewijzing_nummer"
                + " FROM sap_expectation e LEFT JOIN journal j ON j.id = e.fulfilled_journal_id"
                + " WHERE e.status <> 'CANCELLED' AND e.rule IN (" + "?, ".repeat(rules.size() - 1) + "?)"
                + CREATED_BY_AS_OF);
        List<Object> args = new ArrayList<>(rules);
        OffsetDateTime until = asOf.atOffset(ZoneOffset.UTC);
        args.add(Date.valueOf(asOf.atZone(AMSTERDAM).toLocalDate()));
        args.add(until);
        if (from != null) {
            sql.append(" AND e.due >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND e.due <= ?");
            args.add(Date.valueOf(to));
        }
        sql.append(" ORDER BY e.id");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(asOf(outcome(rs), rs.getObject(7, OffsetDateTime.class), until));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the SAP expectations: " + e.getMessage(), e);
        }
    }

    private static ExpectationOutcome asOf(ExpectationOutcome o, OffsetDateTime met, OffsetDateTime until) {
        if (met == null || !met.isAfter(until)) {
            return o;
        }
        return new ExpectationOutcome(o.id(), o.rule(), o.due(), Expectation.Status.OPEN, o.sender(), o.receiver(), null,
                o.waiting(), null, o.toewijzingNummer());
    }

    private static ExpectationOutcome outcome(ResultSet rs) throws SQLException {
        OffsetDateTime met = rs.getObject(7, OffsetDateTime.class);
        return new ExpectationOutcome(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                Expectation.Status.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                met == null ? null : met.atZoneSameInstant(AMSTERDAM).toLocalDate(),
                new ExpectationOutcome.MessageRef(rs.getString(8), rs.getString(9), rs.getLong(10)),
                met == null ? null : new ExpectationOutcome.MessageRef(rs.getString(11), rs.getString(12), rs.getLong(13)),
                rs.getString(14));
    }

    /**
     * The receipt time of the last message, when a replay received it (journal channel REPLAY): then
     * the store is a replay's output, which knows nothing after its history ended, and "now" would
     * call every deadline since then overdue. Empty for a live gateway's store (its last message
     * came by queue or folder) and for an empty one. One row read backwards on the primary key.
     */
    public java.util.Optional<Instant> replayedUntil() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT received_at, channel FROM journal"
                + " WHERE direction = 'IN' ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !"REPLAY".equals(rs.getString(2))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
        } catch (SQLException e) {
            throw new StoreException("Cannot read the journal: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database: " + e.getMessage(), e);
        }
    }
}
