package nl.ijw.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Prepared statements cached per SQL text on one connection: preparing costs more than running. */
final class Statements implements AutoCloseable {

    /** SQLSTATE of a unique or primary key violation, in H2 as in PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private final Connection connection;
    private final Map<String, PreparedStatement> cache = new HashMap<>();
    private final boolean h2;

    Statements(Connection connection) {
        this.connection = connection;
        this.h2 = isH2(connection);
    }

    private static boolean isH2(Connection connection) {
        try {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** Binds the values of one statement. */
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Inserts a row unless its key is taken; tells whether it inserted. In H2 one INSERT whose
     * duplicate key is caught (H2 undoes just that statement); elsewhere the lookup first, as a
     * failed INSERT aborts a PostgreSQL transaction. Single writer: nothing can take the key between.
     */
    boolean insertIfAbsent(String lookup, String insert, Binder key, Binder row) throws SQLException {
        if (h2) {
            PreparedStatement ps = get(insert);
            row.bind(ps);
            try {
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
        PreparedStatement seen = get(lookup);
        key.bind(seen);
        try (java.sql.ResultSet rs = seen.executeQuery()) {
            if (rs.next()) {
                return false;
            }
        }
        PreparedStatement ps = get(insert);
        row.bind(ps);
        return ps.executeUpdate() == 1;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = cache.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            cache.put(sql, ps);
        }
        return ps;
    }

    PreparedStatement getWithKeys(String sql) throws SQLException {
        String key = "KEYS:" + sql;
        PreparedStatement ps = cache.get(key);
        if (ps == null) {
            ps = connection.prepareStatement(sql, new String[] {"ID"});
            cache.put(key, ps);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : cache.values()) {
            ps.close();
        }
        cache.clear();
    }
}
