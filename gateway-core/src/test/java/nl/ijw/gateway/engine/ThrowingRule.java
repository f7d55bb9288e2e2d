package nl.ijw.gateway.engine;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.TechnicalRule;

/**
 * A test double of a rule with a defect: it throws on the messages it is told to, with a BSN in
 * its exception message, as a careless {@code toString} of a domain value could. Shared with
 * gateway-routes' tests through this module's test-jar.
 */
public final class ThrowingRule implements TechnicalRule {

    public static final String BSN = "264819378";

    private final Predicate<IjwMessage> breaksOn;

    public ThrowingRule(Predicate<IjwMessage> breaksOn) {
        this.breaksOn = breaksOn;
    }

    /** Breaks on the message of this type and Identificatie (its retour carries the same header). */
    public static ThrowingRule on(MessageType type, String identificatie) {
        return new ThrowingRule(m -> m.type() == type && m.header().identificatie().equals(identificatie));
    }

    @Override
    public String id() {
        return "TR999";
    }

    @Override
    public String retourCode() {
        return "0001";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.CROSS_MESSAGE;
    }

    @Override
    public Set<MessageType> messages() {
        return EnumSet.allOf(MessageType.class);
    }

    @Override
    public void check(RuleContext ctx) {
        if (breaksOn.test(ctx.message())) {
            throw new IllegalStateException("rule double broke on client " + BSN);
        }
    }
}
