package nl.ijw.gateway.run;

import org.apache.camel.builder.RouteBuilder;

/** The outbox relay and the overdue watch: timers over beans. */
final class RelayRoutes extends RouteBuilder {

    static final String RELAY = "outbox-relay";
    static final String WATCH = "sap-watch";

    @Override
    public void configure() {
        from("timer:outbox-relay?period={{outbox.relay.interval.ms}}&delay=0")
                .routeId(RELAY)
                .to("bean:outboxRelay?method=tick");

        // Ticks often; the bean runs the watch at start and at the wall-clock times of WatchSchedule.
        from("timer:sap-watch?period={{watch.tick.ms}}&delay=0")
                .routeId(WATCH)
                .to("bean:scheduledWatch?method=tick");
    }
}
