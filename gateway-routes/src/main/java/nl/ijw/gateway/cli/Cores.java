package nl.ijw.gateway.cli;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.run.GatewayConfig;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.validation.MessageValidator;

/** Builds the shared engine parts for the commands. */
final class Cores {

    private Cores() {
    }

    static GatewayCore standard() {
        return with(RulesConfig.defaults());
    }

    /** As the live gateway's settings say: the default rules' data, and whether the store holds every allocation. */
    static GatewayCore live(GatewayConfig c) {
        return with(RulesConfig.defaults().withAllocationsComplete(c.allocationsComplete()));
    }

    static GatewayCore with(RulesConfig config) {
        return with(config, SapTracker.standard());
    }

    static GatewayCore with(RulesConfig config, SapTracker sap) {
        return with(config, RuleSet.standard(config), sap);
    }

    static GatewayCore with(RulesConfig config, RuleSet rules, SapTracker sap) {
        return new GatewayCore(MessageValidator.standard(), rules, config, RetourResponder.standard(), sap);
    }
}
