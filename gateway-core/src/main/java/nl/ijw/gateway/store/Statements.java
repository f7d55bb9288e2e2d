package nl.ijw.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Prepared statements cached per SQL text on one connection: preparing costs more than running. */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> cache = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
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
