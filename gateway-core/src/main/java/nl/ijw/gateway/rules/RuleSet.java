package nl.ijw.gateway.rules;

import java.sql.SQLException;
import java.util.List;

/** The technical rules the engine applies, in a fixed order, under one version stamp. */
public final class RuleSet {

    /** Stamped on every journal record and report; change it whenever a rule changes. */
    public static final String VERSION = "ijw-3.2-rules/1";

    private final List<TechnicalRule> rules;

    public RuleSet(List<TechnicalRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<TechnicalRule> rules() {
        return rules;
    }

    public String version() {
        return VERSION;
    }

    /** Runs every rule that applies to the context's message type. */
    public void check(RuleContext ctx) throws SQLException {
        for (TechnicalRule r : rules) {
            if (r.messages().contains(ctx.message().type())) {
                r.check(ctx);
            }
        }
    }
}
