package nl.ijw.gateway.run;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.intake.Delivery;
import nl.ijw.gateway.intake.Digest;
import nl.ijw.gateway.intake.Intake;
import nl.ijw.gateway.text.Counts;

/**
 * {@code ijw.in} in batches ({@code queue.batch} > 1): one consumer takes what is waiting, up to a
 * batch, in one JMS transaction, in broker order; the batch is prepared on two threads and
 * committed in one store transaction; the JMS transaction commits after the store's. On a system
 * failure the whole JMS transaction rolls back (the messages the store did commit are recognised
 * by their keys when redelivered) and the next deliveries are taken one at a time, so the last
 * attempt of a failing message parks it on {@code ijw.dlq} with the error text, as the route does.
 */
final class BatchConsumer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("nl.ijw.gateway.run.messages");

    private final ConnectionFactory factory;
    private final String brokerUrl;
    /** Connection attempts that failed since the consumer last had the broker; only its thread uses it. */
    private int failedTries;
    private final Intake intake;
    private final int batch;
    private final int maxAttempts;
    private final ExecutorService preparers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "ijw-prepare");
        t.setDaemon(true);
        return t;
    });
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean alive;

    BatchConsumer(ConnectionFactory factory, String brokerUrl, Intake intake, int batch, int maxAttempts) {
        this.factory = factory;
        this.brokerUrl = brokerUrl;
        this.intake = intake;
        this.batch = batch;
        this.maxAttempts = maxAttempts;
        this.thread = new Thread(this::run, "ijw-in-batch");
        thread.start();
    }

    boolean alive() {
        return alive;
    }

    private void run() {
        while (running) {
            try (Connection c = factory.createConnection()) {
                c.start();
                Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer in = s.createConsumer(s.createQueue(Output.IN));
                MessageProducer dlq = s.createProducer(s.createQueue(Output.DLQ));
                alive = true;
                if (failedTries > 0) {
                    LOG.info("ijw.in: connected to the broker at {} after {} failed attempts", brokerUrl, failedTries);
                    failedTries = 0;
                }
                int single = 0;
                while (running) {
                    Message first = in.receive(200);
                    if (first == null) {
                        continue;
                    }
                    List<Message> msgs = new ArrayList<>();
                    msgs.add(first);
                    Message m;
                    while (msgs.size() < (single > 0 ? 1 : batch) && (m = in.receiveNoWait()) != null) {
                        msgs.add(m);
                    }
                    single = handle(s, dlq, msgs) ? Math.max(0, single - 1) : batch;
                }
            } catch (JMSException e) {
                boolean wasAlive = alive;
                alive = false;
                if (running) {
                    failedTries = wasAlive ? 1 : failedTries + 1;
                    // The first failure and then once a minute: a broker down for an hour is not 3,600 lines.
                    if (failedTries == 1 || failedTries % 60 == 0) {
                        LOG.warn("ijw.in: {}{}; trying again every second (attempt {} failed)", wasAlive ? "connection lost: " : "",
                                BrokerTrouble.describe(brokerUrl, e), failedTries);
                    }
                    sleep(1000);
                }
            } catch (RuntimeException e) {
                alive = false;
                LOG.warn("ijw.in consumer failed, restarting: {}", String.valueOf(e.getMessage()));
                sleep(1000);
            }
        }
        alive = false;
    }

    /** @return false when the batch met a system failure and was rolled back */
    private boolean handle(Session s, MessageProducer dlq, List<Message> msgs) throws JMSException {
        List<Intake.Item> items = new ArrayList<>(msgs.size());
        for (Message m : msgs) {
            byte[] bytes = body(m);
            InputId id = InputId.of(m, bytes);
            items.add(new Intake.Item(bytes, new Delivery(id.key(), Channel.QUEUE, id.sourceName(), id.correlation())));
        }
        List<Intake.Result> results = intake.takeAll(items, preparers);
        RuntimeException failure = results.stream().filter(r -> !r.ok()).map(Intake.Result::failure).findFirst().orElse(null);
        if (failure == null) {
            s.commit();
            results.forEach(r -> LOG.info("{}", r.taken().logLine()));
            return true;
        }
        Message only = msgs.get(0);
        if (msgs.size() == 1 && only.propertyExists("JMSXDeliveryCount") && only.getIntProperty("JMSXDeliveryCount") >= maxAttempts) {
            BytesMessage parked = s.createBytesMessage();
            parked.writeBytes(items.get(0).bytes());
            parked.setStringProperty("IjwError", String.valueOf(failure.getMessage()));
            String correlation = items.get(0).delivery().correlationId();
            if (correlation != null) {
                parked.setJMSCorrelationID(correlation);
            }
            dlq.send(parked);
            s.commit();
            LOG.warn("parked on ijw.dlq after {} attempts: {}", maxAttempts, failure.getMessage());
            return true;
        }
        s.rollback();
        LOG.warn("system failure, {} rolled back for redelivery: {}", Counts.of(msgs.size(), "message"), failure.getMessage());
        return false;
    }

    private static byte[] body(Message m) throws JMSException {
        if (m instanceof TextMessage t) {
            return t.getText() == null ? new byte[0] : t.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (m instanceof BytesMessage b) {
            byte[] out = new byte[(int) b.getBodyLength()];
            b.readBytes(out);
            return out;
        }
        byte[] out = m.getBody(byte[].class);
        return out == null ? new byte[0] : out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking new batches; the batch in hand finishes first. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(20_000);
        preparers.shutdown();
    }
}
