package nl.ijw.gateway.run;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.intake.Delivery;
import nl.ijw.gateway.intake.Intake;
import nl.ijw.gateway.intake.Taken;

/** The bean behind the {@code ijw.in} route: a JMS delivery to the intake, keyed by its JMSMessageID. */
public final class QueueIntake {

    private static final Logger LOG = LoggerFactory.getLogger("nl.ijw.gateway.run.messages");

    private final Intake intake;

    QueueIntake(Intake intake) {
        this.intake = intake;
    }

    public void take(Exchange exchange) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        byte[] bytes = body == null ? new byte[0]
                : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : in.getBody(byte[].class);
        InputId id = InputId.of(in.getHeader("JMSMessageID", String.class),
                in.getHeader(InputId.NATIVE_MESSAGE_ID, String.class), bytes);
        Taken t = intake.take(bytes, new Delivery(id.key(), Channel.QUEUE, id.sourceName(), id.correlation()));
        LOG.info("{}", t.logLine());
    }
}
