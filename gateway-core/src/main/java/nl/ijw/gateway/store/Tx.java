package nl.ijw.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;

/** What one transaction can touch: the journal and the state. */
public final class Tx implements AutoCloseable {

    private final Statements statements;
    private final Journal journal;
    private final StateStore state;

    Tx(Connection connection) {
        this.statements = new Statements(connection);
        this.journal = new Journal(statements);
        this.state = new StateStore(statements);
    }

    public Journal journal() {
        return journal;
    }

    public StateStore state() {
        return state;
    }

    @Override
    public void close() throws SQLException {
        statements.close();
    }
}
