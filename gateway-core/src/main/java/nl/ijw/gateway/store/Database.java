package nl.ijw.gateway.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * The gateway's database: migrated with Flyway on open, then used through one connection by
 * one writer at a time. A message's journal entry, its state changes and its outcome commit in
 * one transaction ({@link #inTransaction}), so a crash never leaves a message half-applied.
 */
public final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    private final DatabaseConfig config;
    private final Connection connection;
    private final Tx tx;

    private Database(DatabaseConfig config, Connection connection) {
        this.config = config;
        this.connection = connection;
        this.tx = new Tx(connection);
    }

    public static Database open(DatabaseConfig config) {
        migrate(config);
        try {
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            c.setAutoCommit(false);
            return new Database(config, c);
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + config.where() + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(DatabaseConfig config) {
        boolean pg = config.isPostgres();
        Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration")
                .placeholders(Map.of("binary", pg ? "BYTEA" : "VARBINARY(1000000000)", "text", pg ? "TEXT" : "VARCHAR(1000000000)"))
                .load()
                .migrate();
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Runs the work in one transaction: commits when it returns, rolls back when it throws. */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run(tx);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("Transaction failed: " + e.getMessage(), e);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    @Override
    public synchronized void close() {
        try {
            tx.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database: " + e.getMessage(), e);
        }
    }
}
