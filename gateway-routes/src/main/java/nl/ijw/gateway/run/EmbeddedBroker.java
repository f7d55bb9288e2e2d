package nl.ijw.gateway.run;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

import nl.ijw.gateway.dispatch.Output;

/**
 * The embedded Artemis broker: a persistent journal under {@code DIR/broker}, one acceptor that
 * speaks Core (JMS), AMQP 1.0 and STOMP, and the gateway's fixed addresses declared durable in
 * the configuration. Nothing is ever auto-deleted: an auto-deleted address forgets its
 * duplicate-detection ids, and a republished output would then arrive twice.
 */
final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ embedded = new EmbeddedActiveMQ();
    private BrokerDisk disk;

    static EmbeddedBroker start(GatewayConfig config, Path brokerDir) throws Exception {
        refuseTakenPort(config);
        EmbeddedBroker b = new EmbeddedBroker();
        b.embedded.setConfiguration(configuration(config, brokerDir));
        if (config.brokerUser() != null) {
            b.embedded.setSecurityManager(new SingleUser(config.brokerUser(), config.brokerPassword()));
        }
        b.embedded.start();
        var acceptor = b.server().getRemotingService().getAcceptor("ijw");
        if (!b.server().isActive() || acceptor == null || !acceptor.isStarted()) {
            b.close();
            throw new IllegalStateException(cannotListen(config));
        }
        b.disk = new BrokerDisk(brokerDir.toFile(), config.maxDiskUsage(),
                () -> b.server().getPagingManager() != null && b.server().getPagingManager().isDiskFull()).start();
        return b;
    }

    /**
     * Says in words that the port is taken before Artemis tries it: Artemis would log the failed
     * bind as an ERROR with a Java stack trace of some 50 lines before the gateway could explain.
     * Checked again after the start (below), as another process may take the port in between.
     */
    static void refuseTakenPort(GatewayConfig config) {
        try {
            PortProbe.bind(config.brokerHost(), config.brokerPort());
        } catch (IOException e) {
            // "Address already in use" is the port; anything else (an unknown host, an address
            // that is not this machine's, a port below 1024) is said as the system says it.
            if (e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")) {
                throw new IllegalStateException(cannotListen(config));
            }
            throw new IllegalStateException("the embedded broker cannot listen on " + config.brokerHost() + ":"
                    + config.brokerPort() + ": " + e.getMessage() + "; check broker.host and broker.port");
        }
    }

    private static String cannotListen(GatewayConfig config) {
        return "the embedded broker cannot listen on " + config.brokerHost() + ":" + config.brokerPort()
                + " (is another broker or gateway using it?); choose another broker.port";
    }

    static Configuration configuration(GatewayConfig config, Path dir) throws Exception {
        Configuration c = new ConfigurationImpl();
        c.setName("ijw-gateway");
        c.setPersistenceEnabled(true);
        c.setJournalDirectory(dir.resolve("journal").toString());
        c.setBindingsDirectory(dir.resolve("bindings").toString());
        c.setLargeMessagesDirectory(dir.resolve("large-messages").toString());
        c.setPagingDirectory(dir.resolve("paging").toString());
        c.setNodeManagerLockDirectory(dir.toString());
        c.setJMXManagementEnabled(false);
        c.setMaxDiskUsage(config.maxDiskUsage());
        c.setSecurityEnabled(config.brokerUser() != null);
        if (config.brokerUser() != null) {
            c.putSecurityRoles("#", Set.of(new Role("gateway", true, true, true, true, true, true, true, true, true, true, false, false)));
        }
        // No protocols= parameter: every protocol module on the classpath (Core, AMQP, STOMP).
        c.addAcceptorConfiguration("ijw", "tcp://" + config.brokerHost() + ":" + config.brokerPort());
        // The gateway's own consumer and relay connect in the same JVM: no sockets, no Netty framing.
        c.addAcceptorConfiguration("ijw-in-vm", GatewayConfig.inVmUrl(config.brokerPort()));
        c.addAddressSetting("#", new AddressSettings()
                .setAutoCreateAddresses(true).setAutoCreateQueues(true)
                .setAutoDeleteAddresses(false).setAutoDeleteQueues(false).setAutoDeleteCreatedQueues(false)
                .setDeadLetterAddress(SimpleString.of(Output.DLQ)).setExpiryAddress(SimpleString.of(Output.DLQ))
                .setRedeliveryDelay(config.redeliveryDelayMs()).setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(config.redeliveryMaxDelayMs())
                .setMaxDeliveryAttempts(config.maxDeliveryAttempts())
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
        // The DLQ itself never dead-letters (a message that cannot be delivered there stays there).
        c.addAddressSetting(Output.DLQ, new AddressSettings()
                .setAutoDeleteAddresses(false).setAutoDeleteQueues(false).setAutoDeleteCreatedQueues(false)
                .setMaxDeliveryAttempts(-1).setExpiryAddress(SimpleString.of(Output.DLQ))
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
        for (String q : new String[] {Output.IN, Output.REJECTED_QUEUE, Output.DLQ}) {
            c.addAddressConfiguration(new CoreAddressConfiguration().setName(q).addRoutingType(RoutingType.ANYCAST)
                    .addQueueConfiguration(QueueConfiguration.of(q).setRoutingType(RoutingType.ANYCAST).setDurable(true)));
        }
        c.addAddressConfiguration(new CoreAddressConfiguration().setName(Output.SIGNALS).addRoutingType(RoutingType.MULTICAST));
        return c;
    }

    ActiveMQServer server() {
        return embedded.getActiveMQServer();
    }

    boolean active() {
        return server() != null && server().isActive();
    }

    /** Messages waiting in a queue, or -1 when it does not exist. */
    long depth(String queue) {
        Queue q = server() == null ? null : server().locateQueue(SimpleString.of(queue));
        return q == null ? -1 : q.getMessageCount();
    }

    /** The broker's room on its disk; null before the start. */
    BrokerDisk disk() {
        return disk;
    }

    @Override
    public void close() throws Exception {
        if (disk != null) {
            disk.close();
        }
        embedded.stop();
    }

    /** One user with every right: for a broker reachable beyond localhost. */
    private record SingleUser(String user, String password) implements ActiveMQSecurityManager {
        @Override
        public boolean validateUser(String u, String p) {
            return user.equals(u) && java.security.MessageDigest.isEqual(
                    password.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    (p == null ? "" : p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public boolean validateUserAndRole(String u, String p, Set<Role> roles, CheckType checkType) {
            return validateUser(u, p);
        }
    }
}
