package nl.ijw.gateway.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the journal and state live. Embedded H2 in a file under the data directory by default;
 * any JDBC URL (PostgreSQL) otherwise. Passwords come from the environment, not from files.
 */
public record DatabaseConfig(String url, String user, String password) {

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * An H2 database in {@code dataDir/db/ijw-gateway.mv.db}.
     *
     * <p>{@code MAX_COMPACT_TIME=0}: H2 does not move chunks to compact the file when the database
     * closes. In H2 2.3.232 and 2.4.240 that move trips H2's own assertions under a plain mix of
     * inserts, updates and deletes with restarts (a store reopened 300 times showed it in both
     * versions, never with this setting: docs/configuration.md, "The store's file"), and upstream
     * ties it to rows lost after a restart (h2database issues 4123 and 4247). The journal must not
     * lose an acknowledged message, so the file grows instead; H2 still rewrites sparse chunks
     * while it runs.
     */
    public static DatabaseConfig h2File(Path dataDir) {
        return new DatabaseConfig("jdbc:h2:file:" + h2Base(dataDir)
                + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536;ANALYZE_AUTO=0;MAX_COMPACT_TIME=0", "sa", "");
    }

    /**
     * The existing H2 database of a data directory, opened read-only: for reports, which must
     * neither change the gateway's data nor create an empty database where none is.
     */
    public static DatabaseConfig h2FileReadOnly(Path dataDir) {
        return new DatabaseConfig("jdbc:h2:file:" + h2Base(dataDir) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "");
    }

    /**
     * Refuses, in words, a data folder a report would read that holds no gateway database: a file
     * given for the folder, or a folder without {@code db/ijw-gateway.mv.db}.
     */
    public static void requireH2(Path dataDir) {
        String give = "; give a gateway data folder (one holding db/ijw-gateway.mv.db)";
        if (java.nio.file.Files.isRegularFile(dataDir)) {
            throw new StoreException(dataDir + " is a file, not a folder" + give, null);
        }
        if (!java.nio.file.Files.isRegularFile(h2DataFile(dataDir))) {
            if (java.nio.file.Files.isRegularFile(dataDir.resolve("manifest.csv"))) {
                give = "; it holds a history (manifest.csv): give it as the history, not as a data folder";
            }
            throw new StoreException("No gateway database in " + dataDir + " (expected " + h2DataFile(dataDir) + ")" + give, null);
        }
    }

    /** The file {@link #h2File} keeps its data in. */
    public static Path h2DataFile(Path dataDir) {
        return h2Base(dataDir).resolveSibling("ijw-gateway.mv.db");
    }

    private static Path h2Base(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("db").resolve("ijw-gateway");
    }

    /** A private in-memory H2 database, for tests. */
    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * The database in words for an error the user reads: "the gateway database in DIR" for a data
     * folder's H2 file (its URL, with H2's settings, means nothing to them), else the URL as
     * {@link #describe()} gives it (a database the user configured by its URL).
     */
    public String where() {
        String prefix = "jdbc:h2:file:";
        if (url.startsWith(prefix)) {
            int end = url.indexOf(';');
            Path base = Path.of(end < 0 ? url.substring(prefix.length()) : url.substring(prefix.length(), end));
            if (base.getParent() != null && base.getParent().getParent() != null) {
                return "the gateway database in " + base.getParent().getParent();
            }
        }
        return describe();
    }

    /** The URL with any password parameter hidden, for logs. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
