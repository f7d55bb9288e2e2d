package nl.ijw.gateway.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import jakarta.jms.ConnectionFactory;

/** What the web side needs of the running gateway, so that the web package does not depend on {@code run}. */
public interface Backend {

    boolean healthy();

    Map<String, Boolean> health();

    /** What {@code /api/status} shows (also the queue depths, outbox backlog and DLQ size of "Traffic now"). */
    Map<String, Object> status();

    /** A new connection to the store, beside the gateway's single writer; the caller closes it. */
    Connection connection() throws SQLException;

    /** The broker, for browsing and resubmitting dead letters. */
    ConnectionFactory jms();

    /** The store as the scoped monitor queries read it. */
    nl.ijw.gateway.monitor.MonitorStore monitorStore();

    /** The gateway's SAP configuration and calendar, so the monitor counts as the gateway decides. */
    nl.ijw.gateway.sap.SapTracker sap();
}
