package nl.ijw.gateway.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.ijw.gateway.store.StoreException;

/**
 * The log of unmasked BSN views (table {@code access_log}, V7). {@link #record} commits before it
 * returns and throws when it cannot: the caller shows the BSN only after it returned, so no view
 * goes unlogged. Reading the log ({@link #list}) is not itself logged. Stateless: each call opens
 * and closes its own connection, so one instance serves concurrent requests.
 */
public final class AccessLog {

    private static final Pattern BSN = Pattern.compile("[0-9]{9}");
    private static final int TEXT = 1000;

    private final MonitorStore store;
    private final Clock clock;

    public AccessLog(MonitorStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes one view of a known kind, stored as {@link Viewed#stored()}: see {@link #record(String, String, String, String, String)}. */
    public AccessEntry record(String user, String role, String bsn, String reason, Viewed viewed) {
        return record(user, role, bsn, reason, viewed.stored());
    }

    /**
     * Writes one view, at the clock's time (to the millisecond), committed when it returns.
     *
     * @throws IllegalArgumentException when a field is missing or too long (the reason is required)
     * @throws StoreException           when the row cannot be written: then the BSN must not be shown
     */
    public AccessEntry record(String user, String role, String bsn, String reason, String viewed) {
        String u = required("user", user, 64);
        String r = required("role", role, 32);
        String why = required("reason (why the BSN is needed)", reason, TEXT);
        String what = required("what was viewed", viewed, TEXT);
        if (bsn == null || !BSN.matcher(bsn).matches()) {
            throw new IllegalArgumentException("access log: the client's BSN must be 9 digits");
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (store.readOnly()) {
            throw new StoreException("Cannot write the access log: " + store.name() + " is open read-only", null);
        }
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO access_log (viewed_at, user_name, user_role, bsn,"
                     + " reason, viewed) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            c.setAutoCommit(true);
            ps.setObject(1, at.atOffset(ZoneOffset.UTC));
            ps.setString(2, u);
            ps.setString(3, r);
            ps.setString(4, bsn);
            ps.setString(5, why);
            ps.setString(6, what);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("Cannot write the access log: the row was not stored", null);
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("Cannot write the access log: no id came back", null);
                }
                return new AccessEntry(keys.getLong(1), at, u, r, bsn, why, what);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot write the access log: " + e.getMessage(), e);
        }
    }

    /** The views with from ≤ time &lt; to (either may be null: open), oldest first. */
    public List<AccessEntry> list(Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT id, viewed_at, user_name, user_role, bsn, reason, viewed"
                + " FROM access_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND viewed_at >= ?");
            args.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND viewed_at < ?");
            args.add(to.atOffset(ZoneOffset.UTC));
        }
        sql.append(" ORDER BY viewed_at, id");
        List<AccessEntry> out = new ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AccessEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the access log: " + e.getMessage(), e);
        }
        return out;
    }

    private static String required(String what, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("access log: the " + what + " is required");
        }
        if (v.length() > max) {
            throw new IllegalArgumentException("access log: the " + what + " is longer than " + max + " characters");
        }
        return v;
    }
}
