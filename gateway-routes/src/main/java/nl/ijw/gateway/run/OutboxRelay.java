package nl.ijw.gateway.run;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ijw.gateway.dispatch.JsonProps;
import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.dispatch.Properties;
import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.Outbox;

/**
 * Publishes the outbox in id order and marks rows sent. Every message carries Artemis'
 * duplicate-detection id ({@code _AMQ_DUPL_ID}: this store's id and the row id), so a row
 * published again after a crash between the broker's commit and the row's mark is dropped by the
 * broker. One relay thread: the order of the outbox is the order on the wire.
 */
final class OutboxRelay implements AutoCloseable {

    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 256;
    /** Seconds without one row published after which the last flush takes the broker for holding its senders. */
    private static final int HELD_SECONDS = 3;

    private final ConnectionFactory factory;
    private final Database database;
    private final Clock clock;
    private final FolderOutbox files;
    private final String instance;
    private volatile Connection connection;
    private volatile boolean stopped;
    private Session session;
    private MessageProducer producer;
    private volatile long published;

    OutboxRelay(ConnectionFactory factory, Database database, Clock clock, FolderOutbox files) {
        this.factory = factory;
        this.database = database;
        this.clock = clock;
        this.files = files;
        this.instance = database.inTransaction(tx -> tx.outbox().instanceId());
    }

    long published() {
        return published;
    }

    private volatile String failing;

    /** The relay route's tick: a failure is logged when it starts and when it ends, not at every tick. */
    public void tick() {
        if (stopped) {
            return; // shutting down: the last flush is the stop's (flush), bounded in time
        }
        try {
            drain();
            if (failing != null) {
                LOG.warn("outbox relay publishing again");
                failing = null;
            }
        } catch (Exception e) {
            String text = Masking.maskNineDigitNumbers(String.valueOf(e.getMessage()));
            if (!text.equals(failing)) {
                LOG.warn("outbox relay cannot publish, will retry: {}", text);
            }
            failing = text;
        }
    }

    boolean failing() {
        return failing != null;
    }

    /** Publishes everything unsent; returns how many rows. Called by the relay route and at shutdown. */
    synchronized int drain() throws Exception {
        int total = 0;
        while (!stopped) {
            List<Outbox.Pending> rows = database.inTransaction(tx -> tx.outbox().unsent(BATCH));
            if (rows.isEmpty()) {
                return total;
            }
            try {
                publish(rows);
            } catch (JMSException e) {
                reset();
                throw e;
            }
            database.inTransaction(tx -> {
                tx.outbox().markSent(rows.stream().map(Outbox.Pending::id).toList(), clock.instant());
                return null;
            });
            total += rows.size();
            published += rows.size();
        }
        return total;
    }

    /**
     * The last flush at shutdown: publishes what it can within {@code limit}, and gives up sooner
     * when nothing is published for a few seconds; then stops the relay.
     * A broker that holds its senders (its disk over {@code broker.max.disk.usage}) blocks a send
     * for ever; the relay's connection is then closed, which ends that send, and whatever is left
     * stays in the outbox for the next start (the broker drops what it already had).
     *
     * @return whether everything was published
     */
    boolean flush(Duration limit) {
        ExecutorService one = Executors.newSingleThreadExecutor(DaemonThreads.named("outbox-flush"));
        try {
            String unfinished = await(one.submit(this::drain), limit);
            if (unfinished != null) {
                LOG.warn("the outbox could not be published before the stop: {}; what is left is published at the next"
                        + " start", unfinished);
            }
            return unfinished == null;
        } finally {
            stopped = true;
            abort();
            one.shutdownNow();
        }
    }

    /** Waits for the flush; null when it finished, else why it did not. */
    private String await(Future<Integer> flush, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        long seen = published;
        int still = 0;
        while (true) {
            try {
                flush.get(1, TimeUnit.SECONDS);
                return null;
            } catch (TimeoutException e) {
                still = published == seen ? still + 1 : 0;
                seen = published;
                if (still >= HELD_SECONDS) {
                    return "the broker took nothing for " + HELD_SECONDS + " s (it holds its senders while its disk is"
                            + " fuller than broker.max.disk.usage)";
                }
                if (System.nanoTime() > end) {
                    return "not done within " + limit.toSeconds() + " s";
                }
            } catch (ExecutionException e) {
                return Masking.maskNineDigitNumbers(String.valueOf(e.getCause().getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    /** Closes the connection without waiting for the relay's lock: ends a send the broker holds. */
    private void abort() {
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (JMSException | RuntimeException e) {
                LOG.debug("closing the held relay connection: {}", e.getMessage());
            }
        }
    }

    private void publish(List<Outbox.Pending> rows) throws Exception {
        open();
        try {
            for (Outbox.Pending r : rows) {
                send(r);
            }
            session.commit();
        } catch (JMSException e) {
            if (!duplicate(e)) {
                throw e;
            }
            // A transacted batch with an id the broker already has fails whole: one by one, a duplicate is "already sent".
            rollbackQuietly();
            int had = 0;
            for (Outbox.Pending r : rows) {
                try {
                    send(r);
                    session.commit();
                } catch (JMSException one) {
                    if (!duplicate(one)) {
                        throw one;
                    }
                    rollbackQuietly();
                    had++;
                }
            }
            LOG.info("{} of {} outputs published again were on the broker already (after a restart, or for a"
                    + " redelivered input) and were not sent twice", had, rows.size());
        }
    }

    private void send(Outbox.Pending r) throws Exception {
        if ("FILE".equals(r.kind())) {
            files.write(r);
            return;
        }
        Map<String, String> props = JsonProps.read(r.propertiesJson());
        Message m;
        if (Output.Kind.SIGNAL.name().equals(r.kind())) {
            m = session.createTextMessage(new String(r.payload(), StandardCharsets.UTF_8));
        } else {
            BytesMessage b = session.createBytesMessage();
            b.writeBytes(r.payload());
            m = b;
        }
        for (Map.Entry<String, String> p : props.entrySet()) {
            if (p.getKey().equals(Properties.CORRELATION)) {
                m.setJMSCorrelationID(p.getValue());
            } else {
                m.setStringProperty(p.getKey(), p.getValue());
            }
        }
        m.setStringProperty(DUPLICATE_ID, instance + ":" + r.id());
        Destination d = Output.Kind.SIGNAL.name().equals(r.kind()) ? session.createTopic(r.destination())
                : session.createQueue(r.destination());
        producer.send(d, m);
    }

    static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ActiveMQDuplicateIdException")
                    || String.valueOf(t.getMessage()).contains("Duplicate message detected")) {
                return true;
            }
        }
        return false;
    }

    private void open() throws JMSException {
        if (session == null) {
            connection = factory.createConnection();
            connection.start();
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
            producer = session.createProducer(null);
        }
    }

    private void rollbackQuietly() {
        try {
            session.rollback();
        } catch (JMSException e) {
            LOG.debug("rollback after a duplicate: {}", e.getMessage());
        }
    }

    private void reset() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException e) {
            LOG.debug("closing the relay connection: {}", e.getMessage());
        }
        connection = null;
        session = null;
        producer = null;
    }

    @Override
    public synchronized void close() {
        reset();
    }
}
