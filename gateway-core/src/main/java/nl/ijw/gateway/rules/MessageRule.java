package nl.ijw.gateway.rules;

import java.sql.SQLException;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.message.MessageType;

/** A rule on one kind of message: the subclass gets the message already cast. */
public abstract class MessageRule<M extends IjwMessage> extends BaseRule {

    private final Class<M> kind;

    protected MessageRule(String id, String retourCode, RuleLevel level, Class<M> kind, MessageType... messages) {
        super(id, retourCode, level, messages);
        this.kind = kind;
    }

    @Override
    public final void check(RuleContext ctx) throws SQLException {
        if (kind.isInstance(ctx.message())) {
            check(kind.cast(ctx.message()), ctx);
        }
    }

    protected abstract void check(M message, RuleContext ctx) throws SQLException;
}
