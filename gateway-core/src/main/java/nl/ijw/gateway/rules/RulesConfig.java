package nl.ijw.gateway.rules;

import java.util.Set;

/**
 * Data the rules need that no message carries: which municipality codes exist (TR378). An
 * empty set means "not configured": the rule then checks nothing rather than reject everything.
 */
public record RulesConfig(Set<String> gemeenteCodes) {

    public static final RulesConfig NONE = new RulesConfig(Set.of());

    public RulesConfig {
        gemeenteCodes = Set.copyOf(gemeenteCodes);
    }
}
