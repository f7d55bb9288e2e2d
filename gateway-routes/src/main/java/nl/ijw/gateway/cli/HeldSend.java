package nl.ijw.gateway.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;

import nl.ijw.gateway.run.DaemonThreads;

/**
 * A send that may wait for the broker only so long. A broker that holds its senders (its disk over
 * {@code broker.max.disk.usage}) blocks a send without an error, for ever; after the limit the
 * connection is closed, which ends the send, and {@link #held()} says why. Closing releases the
 * producer's withheld credits, so the held message may still go out as the connection closes and
 * the send then returns normally: a send the limit cut is reported as held either way, never as
 * sent (seen in a test: the file was processed, yet {@code send} said "sent" and exit 0).
 */
final class HeldSend implements AutoCloseable {

    private final Connection connection;
    private final int seconds;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("send-timeout"));
    private volatile boolean held;

    HeldSend(Connection connection, int seconds) {
        this.connection = connection;
        this.seconds = seconds;
    }

    void send(MessageProducer producer, Message m) throws JMSException {
        ScheduledFuture<?> limit = timer.schedule(this::giveUp, seconds, TimeUnit.SECONDS);
        try {
            producer.send(m);
        } finally {
            limit.cancel(false);
        }
        if (held) {
            throw new JMSException("the send was given up after " + seconds + " s; the message may have gone out as the"
                    + " connection closed");
        }
    }

    private void giveUp() {
        held = true;
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            // closing is how the blocked send is ended; a failure to close changes nothing then
        }
    }

    /** Whether the last send ended because the broker held it past the limit. */
    boolean held() {
        return held;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
