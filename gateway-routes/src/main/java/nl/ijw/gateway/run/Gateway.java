package nl.ijw.gateway.run;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.files.FolderLock;
import nl.ijw.gateway.intake.Intake;
import nl.ijw.gateway.intake.OverdueWatch;
import nl.ijw.gateway.monitor.MonitorStore;
import nl.ijw.gateway.monitor.StatusFigures;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.serve.ServedGate;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.web.WebServer;

/**
 * The running gateway in one process: the embedded broker (unless {@code broker.url} names
 * another), the store, Camel with its routes, the outbox relay and the HTTP status server.
 * Stopped in the reverse order: consuming first, the broker last.
 */
public final class Gateway implements AutoCloseable {

    public static final String VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    static final List<String> ROUTES = List.of(QueueRoutes.ROUTE, RelayRoutes.RELAY, RelayRoutes.WATCH);

    private final GatewayConfig config;
    private final Path dataDir;
    private FolderLock lock;
    private EmbeddedBroker broker;
    private Database database;
    private OutboxRelay relay;
    private Main camel;
    private StatusServer http;
    private ActiveMQConnectionFactory factory;
    private Intake intake;
    private BatchConsumer batch;
    private nl.ijw.gateway.intake.GroupWriter writer;
    private ScheduledWatch watch;
    private StatusFigures figures;

    private Gateway(GatewayConfig config, Path dataDir) {
        this.config = config;
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public static Gateway start(GatewayConfig config, Path dataDir, GatewayCore core, Clock clock) throws Exception {
        Gateway g = new Gateway(config, dataDir);
        try {
            g.startAll(core, clock);
        } catch (Exception | Error e) {
            g.close();
            throw e;
        }
        return g;
    }

    /**
     * Refuses at once what would stop {@link #start} later: another gateway on the data directory,
     * a taken broker or HTTP port. For callers that do slow work first (the demo seeds its store
     * for minutes); {@link #start} checks the same again, as things may change in between.
     *
     * @param dataDir null for a folder still to be made (nobody can hold it)
     */
    public static void preflight(GatewayConfig config, Path dataDir) throws IOException {
        if (dataDir != null && Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new java.nio.file.NotDirectoryException(dataDir.toString()); // said in words at the command line
        }
        if (dataDir != null && Files.isDirectory(dataDir)) {
            DataDirLock.acquire(dataDir.toAbsolutePath().normalize()).close();
        }
        if (config.externalBroker() == null) {
            EmbeddedBroker.refuseTakenPort(config);
        }
        try {
            PortProbe.bind(config.httpHost(), config.httpPort());
        } catch (BindException e) {
            throw new IllegalStateException(WebServer.cannotListen(config.httpHost(), config.httpPort()), e);
        }
    }

    private void startAll(GatewayCore core, Clock clock) throws Exception {
        Files.createDirectories(dataDir);
        lock = DataDirLock.acquire(dataDir);
        if (config.externalBroker() == null) {
            broker = EmbeddedBroker.start(config, dataDir.resolve("broker"));
        }
        // WRITE_DELAY=0: a commit reaches the file before the broker is acknowledged, so a killed
        // process never loses a message it took (H2 otherwise keeps up to 500 ms of commits in memory).
        DatabaseConfig h2 = DatabaseConfig.h2File(dataDir);
        database = Database.open(new DatabaseConfig(h2.url() + ";WRITE_DELAY=0", h2.user(), h2.password()));
        figures = new StatusFigures(MonitorStore.live(database, dataDir));
        factory = new ActiveMQConnectionFactory(config.ownBrokerUrl(), config.brokerUser(), config.brokerPassword());
        ServedGate gate = new ServedGate(core, config.served());
        Intake intake = new Intake(gate, database, clock, config.folderOutboxParties());
        if (config.queueConsumers() > 1) {
            writer = intake.groupCommits(64);
        }
        relay = new OutboxRelay(factory, database, clock, new FolderOutbox(dataDir.resolve("outbox")));
        SapTracker sap = core.sap();
        camel = new Main();
        java.util.Properties props = config.placeholders();
        props.setProperty("folder.inbox", Files.createDirectories(dataDir.resolve("inbox")).toString());
        camel.setInitialProperties(props);
        camel.bind("jms", JmsComponent.jmsComponent((ConnectionFactory) factory));
        camel.bind("queueIntake", new QueueIntake(intake));
        camel.bind("outboxRelay", relay);
        OverdueWatch overdue = new OverdueWatch(sap.watch(), database, clock);
        watch = new ScheduledWatch(overdue::run, clock, config.watchInterval(), SapTracker.AMSTERDAM);
        camel.bind("scheduledWatch", watch);
        camel.configure().setName("ijw-gateway");
        if (config.queueBatch() <= 1) {
            camel.configure().addRoutesBuilder(new QueueRoutes());
        }
        camel.configure().addRoutesBuilder(new RelayRoutes());
        if (config.folderEnabled()) {
            camel.bind("folderIntake", new FolderIntake(intake, dataDir, clock));
            camel.configure().addRoutesBuilder(new FolderRoutes());
        }
        this.intake = intake;
        camel.start();
        if (config.queueBatch() > 1) {
            batch = new BatchConsumer(factory, config.brokerUrl(), intake, config.queueBatch(), config.maxDeliveryAttempts());
        }
        http = StatusServer.start(config, dataDir, this, database.config(), factory, sap, clock);
        LOG.info("ijw-gateway {} running: data {}, broker {} ({}), serves {}, http{} {}:{}{}", VERSION, dataDir,
                config.brokerUrl(), broker != null ? "embedded" : "external", config.served().describe(),
                config.tlsKeystore() != null ? "s" : "", config.httpHost(), http.port(), config.webEnabled() ? " (monitor on)" : "");
    }

    /** The store's settings: the monitor opens its own read connections with them ({@code monitor.MonitorStore.live}). */
    public DatabaseConfig databaseConfig() {
        return database.config();
    }

    Intake intake() {
        return intake;
    }

    ScheduledWatch watch() {
        return watch;
    }

    CamelContext context() {
        return camel.getCamelContext();
    }

    public int httpPort() {
        return http.port();
    }

    /** Broker, database and routes up. */
    public Map<String, Boolean> health() {
        Map<String, Boolean> h = new LinkedHashMap<>();
        h.put("broker", broker != null ? broker.active() : !relay.failing());
        h.put("database", databaseUp());
        h.put("routes", routesUp());
        if (broker != null && broker.disk() != null) {
            h.put("disk", !broker.disk().full());
        }
        return h;
    }

    public boolean healthy() {
        return !health().containsValue(false);
    }

    private boolean databaseUp() {
        try {
            database.inTransaction(tx -> tx.outbox().backlog());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean routesUp() {
        CamelContext c = camel == null ? null : camel.getCamelContext();
        if (c == null) {
            return false;
        }
        List<String> routes = new ArrayList<>(ROUTES);
        if (batch != null) {
            routes.remove(QueueRoutes.ROUTE);
            if (!batch.alive()) {
                return false;
            }
        }
        if (config.folderEnabled()) {
            routes.add(FolderRoutes.ROUTE);
        }
        for (String r : routes) {
            if (c.getRouteController().getRouteStatus(r) != ServiceStatus.Started) {
                return false;
            }
        }
        return true;
    }

    /** What {@code /api/status} shows. */
    public Map<String, Object> status(Clock clock) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", VERSION);
        s.put("healthy", healthy());
        s.put("health", health());
        s.put("dataDir", dataDir.toString());
        s.put("broker", Map.of("url", config.brokerUrl(), "embedded", broker != null));
        if (broker != null && broker.disk() != null) {
            BrokerDisk d = broker.disk();
            s.put("disk", Map.of("usedPercent", d.usedPercent(), "maxUsagePercent", d.maxUsage(), "full", d.full()));
        }
        s.put("serves", config.served().describe());
        Map<String, Object> queues = new LinkedHashMap<>();
        for (String q : List.of(Output.IN, Output.REJECTED_QUEUE, Output.DLQ)) {
            queues.put(q, broker == null ? null : broker.depth(q));
        }
        s.put("queues", queues);
        s.put("dlq", queues.get(Output.DLQ));
        try {
            java.time.Instant midnight = LocalDate.now(clock.withZone(SapTracker.AMSTERDAM))
                    .atStartOfDay(SapTracker.AMSTERDAM).toInstant();
            StatusFigures.Figures f = figures.read(midnight);
            List<Map<String, Object>> counts = new ArrayList<>();
            for (StatusFigures.Count row : f.journal()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", row.type());
                m.put("verdict", row.verdict());
                m.put("total", row.total());
                m.put("today", row.today());
                counts.add(m);
            }
            s.put("journal", counts);
            s.put("outboxBacklog", f.outboxBacklog());
            s.put("openExpectations", f.openExpectations());
            s.put("lastSignals", f.lastSignals().stream().map(RawJson::new).toList());
        } catch (RuntimeException e) {
            s.put("databaseError", String.valueOf(e.getMessage()));
        }
        s.put("published", relay.published());
        return s;
    }

    /** A JSON text to embed as it is. */
    record RawJson(@com.fasterxml.jackson.annotation.JsonRawValue @com.fasterxml.jackson.annotation.JsonValue String json) {
    }

    /** Stops consuming, lets in-flight messages finish, flushes the outbox, then stops the rest, the broker last. */
    @Override
    public synchronized void close() {
        boolean wasRunning = http != null;
        if (camel != null && camel.getCamelContext() != null) {
            try {
                if (batch != null) {
                    batch.close();
                } else {
                    camel.getCamelContext().getRouteController().stopRoute(QueueRoutes.ROUTE, 20, TimeUnit.SECONDS);
                }
                if (config.folderEnabled()) {
                    camel.getCamelContext().getRouteController().stopRoute(FolderRoutes.ROUTE, 20, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                LOG.warn("stopping the queue consumers: {}", e.getMessage());
            }
        }
        if (relay != null) {
            relay.flush(Duration.ofSeconds(8));
        }
        quietly(http == null ? null : http::close);
        quietly(camel == null ? null : camel::stop);
        quietly(writer);
        quietly(relay);
        quietly(factory);
        quietly(database);
        quietly(broker);
        quietly(lock); // last: the directory is free only when everything in it is closed
        lock = null;
        camel = null;
        http = null;
        relay = null;
        writer = null;
        batch = null;
        factory = null;
        database = null;
        broker = null;
        if (wasRunning) {
            LOG.info("ijw-gateway {} stopped: data {}", VERSION, dataDir);
        }
    }

    private static void quietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping: {}", e.getMessage());
        }
    }
}
