package nl.ijw.gateway.intake;

import java.util.Objects;

import nl.ijw.gateway.engine.Channel;

/**
 * One delivery of a message to the gateway.
 *
 * @param key           what identifies this delivery across redeliveries: the JMS message id; for a
 *                      file its path and SHA-256. Never the JMSRedelivered flag, which a crash loses.
 * @param correlationId the input's JMSMessageID, echoed as JMSCorrelationID on every output (null for files)
 */
public record Delivery(String key, Channel channel, String sourceName, String correlationId) {
    public Delivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(channel, "channel");
    }
}
