package nl.ijw.gateway.rules;

import java.util.Set;

import nl.ijw.gateway.message.MessageType;

/** A rule over several kinds of message: id, retourcode, level and message types, the check is the subclass's. */
public abstract class BaseRule implements TechnicalRule {

    private final String id;
    private final String retourCode;
    private final RuleLevel level;
    private final Set<MessageType> messages;

    protected BaseRule(String id, String retourCode, RuleLevel level, MessageType... messages) {
        this.id = id;
        this.retourCode = retourCode;
        this.level = level;
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
}
