package nl.ijw.gateway.rules;

import java.sql.SQLException;
import java.util.Set;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.message.MessageType;

/** A rule on one kind of message: the subclass gets the message already cast. */
public abstract class MessageRule<M extends IjwMessage> implements TechnicalRule {

    private final String id;
    private final String retourCode;
    private final RuleLevel level;
    private final Class<M> kind;
    private final Set<MessageType> messages;

    protected MessageRule(String id, String retourCode, RuleLevel level, Class<M> kind, MessageType... messages) {
        this.id = id;
        this.retourCode = retourCode;
        this.level = level;
        this.kind = kind;
        this.messages = Set.of(messages);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String retourCode() {
        return retourCode;
    }

    @Override
    public final RuleLevel level() {
        return level;
    }

    @Override
    public final Set<MessageType> messages() {
        return messages;
    }

    @Override
    public final void check(RuleContext ctx) throws SQLException {
        if (kind.isInstance(ctx.message())) {
            check(kind.cast(ctx.message()), ctx);
        }
    }

    protected abstract void check(M message, RuleContext ctx) throws SQLException;
}
