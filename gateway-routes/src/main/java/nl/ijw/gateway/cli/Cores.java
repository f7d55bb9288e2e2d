package nl.ijw.gateway.cli;

import java.util.List;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.validation.MessageValidator;

/** Builds the shared engine parts for the commands. */
final class Cores {

    private Cores() {
    }

    static GatewayCore standard() {
        // WIP: rules and answers are wired in once their modules land.
        return new GatewayCore(MessageValidator.standard(), new RuleSet(List.of()), RulesConfig.NONE,
                RetourResponder.standard());
    }
}
