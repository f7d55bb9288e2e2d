package nl.ijw.gateway.run;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the embedded broker's "duplicate message detected" warning (AMQ222059) out of the log. A
 * republish of outputs the broker already has is the outbox working as meant (after a restart, or
 * for a redelivered input), not a fault, and the broker's line dumps the whole message with its
 * properties. The relay says it in one line of its own instead ({@link OutboxRelay}).
 */
public final class BrokerDuplicateFilter extends TurboFilter {

    static final String CODE = "AMQ222059";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return format != null && format.startsWith(CODE) && logger.getName().startsWith("org.apache.activemq.artemis")
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
