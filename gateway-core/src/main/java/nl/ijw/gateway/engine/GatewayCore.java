package nl.ijw.gateway.engine;

import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * The parts of the gateway that are expensive to build and shared by every engine: the compiled
 * schemas and model, the rules and their data, the answer writer and the SAP deadlines. One engine
 * per database.
 */
public record GatewayCore(MessageValidator validator, RuleSet rules, RulesConfig config, Responder responder,
                          SapTracker sap) {

    /** With the SAP deadlines of the brief and the standard working-day calendar. */
    public GatewayCore(MessageValidator validator, RuleSet rules, RulesConfig config, Responder responder) {
        this(validator, rules, config, responder, SapTracker.standard());
    }

    /** The bundled schemas, the standard rules with their default data, the standard retours and SAP. */
    public static GatewayCore standard() {
        RulesConfig config = RulesConfig.defaults();
        return new GatewayCore(MessageValidator.standard(), RuleSet.standard(config), config, RetourResponder.standard());
    }

    public ProcessingEngine engine(Database database) {
        return new ProcessingEngine(validator, database, rules, config, responder, sap);
    }
}
