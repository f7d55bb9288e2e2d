package nl.ijw.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;

/** What one transaction can touch: the journal, the state and the SAP expectations. */
public final class Tx implements AutoCloseable {

    private final Statements statements;
    private final Journal journal;
    private final StateStore state;
    private final Expectations expectations;
    private final Outbox outbox;
    private final DeliveryReceipts deliveries;

    Tx(Connection connection) {
        this.statements = new Statements(connection);
        this.journal = new Journal(statements);
        this.state = new StateStore(statements);
        this.expectations = new Expectations(statements);
        this.outbox = new Outbox(statements);
        this.deliveries = new DeliveryReceipts(statements);
    }

    public Journal journal() {
        return journal;
    }

    public StateStore state() {
        return state;
    }

    /** The SAP expectations (migration V3). */
    public Expectations expectations() {
        return expectations;
    }

    /** The live gateway's outbox (migration V6). */
    public Outbox outbox() {
        return outbox;
    }

    /** The live gateway's delivery keys (migration V6). */
    public DeliveryReceipts deliveries() {
        return deliveries;
    }

    @Override
    public void close() throws SQLException {
        statements.close();
    }
}
