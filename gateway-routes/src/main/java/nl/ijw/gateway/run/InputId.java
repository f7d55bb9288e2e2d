package nl.ijw.gateway.run;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

import nl.ijw.gateway.intake.Digest;

/**
 * Who a message on {@code ijw.in} is to its sender (the correlation id its outputs carry) and how
 * a redelivery of it is known (the delivery key).
 *
 * <p>A Core (JMS) or STOMP message keeps its {@code JMSMessageID} from send to every redelivery.
 * An AMQP 1.0 message does not: the broker gives it a new {@code JMSMessageID} each time it
 * converts it for a JMS consumer, so after a rollback or a crash the redelivery would look like a
 * new message and be rejected as a resend (TR056). Its sender's own message-id, which the broker
 * keeps as {@code NATIVE_MESSAGE_ID}, is stable and is what that sender knows; the key pairs it
 * with the bytes' SHA-256, as AMQP leaves the choice of ids to the client (two clients may both
 * count from 1).
 */
record InputId(String correlation, String key) {

    /** The property in which Artemis keeps an AMQP message's own message-id. */
    static final String NATIVE_MESSAGE_ID = "NATIVE_MESSAGE_ID";

    static InputId of(Message m, byte[] bytes) throws JMSException {
        Object nativeId = m.getObjectProperty(NATIVE_MESSAGE_ID);
        return of(m.getJMSMessageID(), nativeId == null ? null : nativeId.toString(), bytes);
    }

    /** @param jmsMessageId null when the client set none; nativeMessageId null for a Core or STOMP message */
    static InputId of(String jmsMessageId, String nativeMessageId, byte[] bytes) {
        if (nativeMessageId != null) {
            return new InputId(nativeMessageId, "amqp:" + nativeMessageId + ":" + Digest.sha256(bytes));
        }
        if (jmsMessageId != null) {
            return new InputId(jmsMessageId, "jms:" + jmsMessageId);
        }
        // Without a message id (a client that sets none) the bytes are the only identity there is.
        return new InputId(null, "jms-sha256:" + Digest.sha256(bytes));
    }

    /** The input as the journal names its source: the queue and the sender's id. */
    String sourceName() {
        return nl.ijw.gateway.dispatch.Output.IN + (correlation == null ? "" : " " + correlation);
    }
}
