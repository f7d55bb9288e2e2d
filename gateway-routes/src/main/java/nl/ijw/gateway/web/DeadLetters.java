package nl.ijw.gateway.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.dispatch.Properties;
import nl.ijw.gateway.monitor.Scope;
import nl.ijw.gateway.privacy.Masking;

/**
 * What is parked on {@code ijw.dlq} (browsed, not consumed), and putting one back on {@code ijw.in}.
 * A dead letter is in scope when its sender or receiver property is; one without parties (a
 * system failure before the message was read) is seen by {@code *} only.
 */
final class DeadLetters {

    static final int MAX = 500;
    private final Backend backend;

    record Letter(String jmsId, Instant parkedAt, String type, String sender, String receiver, String messageId,
            String error, int size) {
    }

    DeadLetters(Backend backend) {
        this.backend = backend;
    }

    List<Letter> list(Scope scope) throws JMSException {
        List<Letter> out = new ArrayList<>();
        try (jakarta.jms.Connection c = backend.jms().createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            c.start();
            try (QueueBrowser b = s.createBrowser(s.createQueue(Output.DLQ))) {
                for (Object o : Collections.list(b.getEnumeration())) {
                    Letter l = letter((Message) o);
                    if (scope.sees(l.sender(), l.receiver()) && out.size() < MAX) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    Optional<Letter> find(Scope scope, String jmsId) throws JMSException {
        return list(scope).stream().filter(l -> l.jmsId().equals(jmsId)).findFirst();
    }

    /**
     * Moves the dead letter's original bytes to {@code ijw.in} in one JMS transaction, after the
     * store has recorded who did it. Out of scope or gone: {@link NotFound}.
     */
    String resubmit(Scope scope, String jmsId, String user, Instant at) throws JMSException, SQLException {
        if (!jmsId.matches("ID:[A-Za-z0-9:._-]{1,200}") || find(scope, jmsId).isEmpty()) {
            throw new NotFound();
        }
        try (jakarta.jms.Connection c = backend.jms().createConnection()) {
            Session s = c.createSession(true, Session.SESSION_TRANSACTED);
            c.start();
            try (MessageConsumer consumer = s.createConsumer(s.createQueue(Output.DLQ), "JMSMessageID = '" + jmsId + "'")) {
                Message m = consumer.receive(3000);
                if (m == null) {
                    s.rollback();
                    throw new NotFound();
                }
                Letter l = letter(m);
                BytesMessage again = s.createBytesMessage();
                again.writeBytes(body(m));
                s.createProducer(s.createQueue(Output.IN)).send(again);
                record(l, again.getJMSMessageID(), user, at);
                s.commit();
                WebServer.LOG.info("dead letter {} ({} {} -> {}) resubmitted to ijw.in as {} by {}", jmsId, l.type(), l.sender(),
                        l.receiver(), again.getJMSMessageID(), user);
                return again.getJMSMessageID();
            }
        }
    }

    private void record(Letter l, String newId, String user, Instant at) throws SQLException {
        try (Connection db = backend.connection(); PreparedStatement ps = db.prepareStatement("INSERT INTO dlq_resubmit"
                + " (resubmitted_at, user_name, jms_message_id, new_message_id, message_type, sender, receiver, error_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            db.setAutoCommit(true);
            ps.setObject(1, at.atOffset(ZoneOffset.UTC));
            ps.setString(2, user);
            ps.setString(3, l.jmsId());
            ps.setString(4, newId);
            ps.setString(5, l.type());
            ps.setString(6, l.sender());
            ps.setString(7, l.receiver());
            ps.setString(8, l.error() == null ? null : l.error().substring(0, Math.min(2000, l.error().length())));
            ps.executeUpdate();
        }
    }

    private static Letter letter(Message m) throws JMSException {
        String error = m.getStringProperty(Properties.ERROR);
        return new Letter(m.getJMSMessageID(), Instant.ofEpochMilli(m.getJMSTimestamp()), m.getStringProperty(Properties.TYPE),
                m.getStringProperty(Properties.SENDER), m.getStringProperty(Properties.RECEIVER),
                m.getStringProperty(Properties.MESSAGE_ID), error == null ? null : Masking.maskNineDigitNumbers(error),
                body(m).length);
    }

    static byte[] body(Message m) throws JMSException {
        if (m instanceof TextMessage t) {
            return t.getText() == null ? new byte[0] : t.getText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (m instanceof BytesMessage b) {
            b.reset();
            byte[] out = new byte[(int) b.getBodyLength()];
            b.readBytes(out);
            return out;
        }
        byte[] out = m.getBody(byte[].class);
        return out == null ? new byte[0] : out;
    }
}
