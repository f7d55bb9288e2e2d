package nl.ijw.gateway.run;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

import jakarta.jms.ConnectionFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ijw.gateway.monitor.MonitorStore;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.web.Backend;
import nl.ijw.gateway.web.WebServer;
import nl.ijw.gateway.web.WebSettings;

/**
 * The gateway's HTTP side: {@code /health}, {@code /api/status} and the monitor's pages
 * ({@code nl.ijw.gateway.web}), on {@code http.host:http.port}, HTTPS with {@code http.tls.keystore}.
 * The JDK's own HTTP server: camel-platform-http-main does not resolve for Camel 4.22.0, and the
 * monitor needs no web stack.
 */
final class StatusServer implements Backend, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);
    private final Gateway gateway;
    private final DatabaseConfig database;
    private final ConnectionFactory jms;
    private final Clock clock;
    private final MonitorStore store;
    private final SapTracker sap;
    private WebServer server;

    private StatusServer(Gateway gateway, DatabaseConfig database, ConnectionFactory jms, Clock clock, MonitorStore store,
            SapTracker sap) {
        this.gateway = gateway;
        this.database = database;
        this.jms = jms;
        this.clock = clock;
        this.store = store;
        this.sap = sap;
    }

    static StatusServer start(GatewayConfig c, Path dataDir, Gateway gateway, DatabaseConfig database, ConnectionFactory jms,
            SapTracker sap, Clock clock) throws IOException {
        StatusServer s = new StatusServer(gateway, database, jms, clock, new MonitorStore(database, dataDir.toString(), false), sap);
        WebSettings w = new WebSettings(c.httpHost(), c.httpPort(), c.tlsKeystore(), c.tlsPassword(), c.webEnabled(),
                c.webUsers(dataDir), c.webSessionTimeout(), dataDir);
        if (!GatewayConfig.isLocal(c.httpHost()) && !w.tls()) {
            LOG.warn("http.host {} is reachable from other machines without TLS: set http.tls.keystore", c.httpHost());
        }
        s.server = WebServer.start(w, s, clock);
        return s;
    }

    int port() {
        return server.port();
    }

    @Override
    public boolean healthy() {
        return gateway.healthy();
    }

    @Override
    public Map<String, Boolean> health() {
        return gateway.health();
    }

    @Override
    public Map<String, Object> status() {
        return gateway.status(clock);
    }

    @Override
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    @Override
    public ConnectionFactory jms() {
        return jms;
    }

    @Override
    public MonitorStore monitorStore() {
        return store;
    }

    @Override
    public SapTracker sap() {
        return sap;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
