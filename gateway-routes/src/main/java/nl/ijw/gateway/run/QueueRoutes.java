package nl.ijw.gateway.run;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import nl.ijw.gateway.engine.SystemFailure;

/**
 * {@code ijw.in}: consumed in a local JMS transaction (one cached consumer each, no transaction
 * manager), acknowledged only after the store committed. A system failure rolls back, and the
 * broker redelivers with back-off; the last attempt parks the message on {@code ijw.dlq} with the
 * error text, in the same JMS transaction that consumes it.
 */
final class QueueRoutes extends RouteBuilder {

    static final String ROUTE = "queue-in";

    @Override
    public void configure() {
        onException(SystemFailure.class)
                .onWhen(QueueRoutes::lastAttempt)
                .handled(true)
                .setHeader("IjwError", simple("${exception.message}"))
                .to("jms:queue:ijw.dlq")
                .log(org.apache.camel.LoggingLevel.WARN, "nl.ijw.gateway.run.messages",
                        "parked on ijw.dlq after {{broker.max.delivery.attempts}} attempts: ${exception.message}");

        from("jms:queue:ijw.in?transacted=true&lazyCreateTransactionManager=false"
                + "&concurrentConsumers={{queue.consumers}}&maxConcurrentConsumers={{queue.consumers}}"
                + "&errorHandlerLogStackTrace=false")
                .routeId(ROUTE)
                .to("bean:queueIntake?method=take");
    }

    /** The broker's delivery count has reached the last attempt it allows. */
    static boolean lastAttempt(Exchange e) {
        Integer count = e.getMessage().getHeader("JMSXDeliveryCount", Integer.class);
        int max = Integer.parseInt(e.getContext().resolvePropertyPlaceholders("{{broker.max.delivery.attempts}}"));
        return count != null && count >= max;
    }
}
