package nl.ijw.gateway.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import nl.ijw.gateway.cli.ErrorText;
import nl.ijw.gateway.generate.HistoryGenerator;
import nl.ijw.gateway.replay.Manifest;
import nl.ijw.gateway.run.GatewayConfig;

/**
 * Live traffic for the demo: new clients' stories (generated in batches of {@link #BATCH} clients
 * after the seeded ones, so they never collide with the store), sent in their receipt order at a
 * steady rate, alternately on the queue {@code ijw.in} and as files in the inbox (written hidden,
 * then renamed, so the folder route takes only whole files). One thread; {@link #close} stops it.
 */
final class LiveTraffic implements AutoCloseable {

    static final int BATCH = 50;

    private final GatewayConfig config;
    private final Path inbox;
    private final Path scratch;
    private final Demo.Settings settings;
    private final LocalDate today;
    private final PrintWriter err;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong filed = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    LiveTraffic(GatewayConfig config, Path inbox, Path scratch, Demo.Settings settings, LocalDate today, PrintWriter err) {
        this.config = config;
        this.inbox = inbox;
        this.scratch = scratch;
        this.settings = settings;
        this.today = today;
        this.err = err;
        this.thread = new Thread(this::run, "ijw-demo-traffic");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    long queued() {
        return queued.get();
    }

    long filed() {
        return filed.get();
    }

    private void run() {
        try (Connection c = new ActiveMQConnectionFactory(config.brokerUrl(), config.brokerUser(), config.brokerPassword())
                .createConnection()) {
            c.start();
            Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageProducer producer = session.createProducer(session.createQueue("ijw.in"))) {
                long pause = Math.max(1, Math.round(1e9 / settings.rate()));
                long next = System.nanoTime();
                for (int first = settings.clients(); running; first += BATCH) {
                    Path dir = scratch.resolve("live-" + first);
                    for (Manifest.Entry e : batch(dir, first)) {
                        next += pause;
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        if (!running) {
                            return;
                        }
                        send(session, producer, e);
                    }
                    Demo.delete(dir); // sent: the scratch folder does not grow with the demo's run time
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JMSException | IOException | RuntimeException e) {
            if (running) {
                err.println("error: demo traffic stopped: " + ErrorText.of(e, java.util.List.of()));
                err.flush();
            }
        }
    }

    /** The next clients' messages, in receipt order. */
    private List<Manifest.Entry> batch(Path dir, int first) throws IOException {
        new HistoryGenerator(DemoSeed.settings(settings, today, first + BATCH)).write(dir, first);
        return Manifest.read(dir).entries();
    }

    private void send(Session session, MessageProducer producer, Manifest.Entry e) throws IOException, JMSException {
        byte[] xml = Files.readAllBytes(e.path());
        if ((queued.get() + filed.get()) % 2 == 0) {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(xml);
            producer.send(m);
            queued.incrementAndGet();
        } else {
            String name = e.path().getFileName().toString();
            Path hidden = inbox.resolve("." + name + ".tmp");
            Files.write(hidden, xml);
            Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            filed.incrementAndGet();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
