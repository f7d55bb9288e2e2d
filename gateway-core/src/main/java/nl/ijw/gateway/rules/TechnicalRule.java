package nl.ijw.gateway.rules;

import java.sql.SQLException;
import java.util.Set;

import nl.ijw.gateway.message.MessageType;

/** One of the standard's technical rules (TRnnn), with the retourcode a breach of it gets. */
public interface TechnicalRule {

    String id();

    String retourCode();

    RuleLevel level();

    Set<MessageType> messages();

    /** Checks the context's message and reports each breach through {@link RuleContext#reject}. */
    void check(RuleContext ctx) throws SQLException;
}
