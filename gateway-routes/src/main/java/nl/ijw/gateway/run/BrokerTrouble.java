package nl.ijw.gateway.run;

import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;

import org.apache.activemq.artemis.api.core.ActiveMQNotConnectedException;

/**
 * What went wrong with the broker, in words. The client's own text for a connection refused is
 * "Failed to create session factory", which names its internals, not the cause.
 */
public final class BrokerTrouble {

    private BrokerTrouble() {
    }

    public static String describe(String url, JMSException e) {
        if (e instanceof JMSSecurityException) {
            return "the broker at " + url + " refused the login (" + e.getMessage() + "); give its user as broker.user"
                    + " (-D or IJW_BROKER_USER) and its password in IJW_BROKER_PASSWORD";
        }
        if (unreachable(e)) {
            return "cannot reach the broker at " + url + ": nothing answers there";
        }
        return "the broker at " + url + " failed: " + e.getMessage();
    }

    /** Nothing listens at the broker's address (or the network does not get there). */
    public static boolean unreachable(JMSException e) {
        return e.getCause() instanceof ActiveMQNotConnectedException || e.getLinkedException() instanceof ActiveMQNotConnectedException;
    }
}
