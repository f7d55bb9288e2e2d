package nl.ijw.gateway.monitor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.StoreException;

/**
 * The store the monitor's queries read: the live gateway's database (a second connection per
 * query beside the engine's, so a page never waits for the writer, nor the writer for a page), or a
 * stopped gateway's data directory opened read-only (no migration, no empty database created).
 *
 * @param name what the figures are computed from, in words (the report's basis)
 */
public record MonitorStore(DatabaseConfig config, String name, boolean readOnly) {

    public MonitorStore {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(name, "name");
    }

    /** The running gateway's database, already migrated (also V7, the access log). */
    public static MonitorStore live(Database database, Path dataDir) {
        return new MonitorStore(database.config(), dataDir.toString(), false);
    }

    /** The running gateway's database by its settings ({@code run.Gateway#databaseConfig()}). */
    public static MonitorStore live(DatabaseConfig config, Path dataDir) {
        return new MonitorStore(config, dataDir.toString(), false);
    }

    /** A data directory of a stopped gateway, read-only; refused when it holds no database. */
    public static MonitorStore dataDir(Path dataDir) {
        DatabaseConfig.requireH2(dataDir);
        return new MonitorStore(DatabaseConfig.h2FileReadOnly(dataDir), dataDir.toString(), true);
    }

    /** A new connection; the caller closes it. */
    Connection connect() {
        try {
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            if (readOnly) {
                c.setReadOnly(true);
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + config.where() + ": " + e.getMessage(), e);
        }
    }
}
