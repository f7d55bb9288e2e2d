package nl.ijw.gateway.engine;

import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * The parts of the gateway that are expensive to build and shared by every engine: the compiled
 * schemas and model, the rules and their data, and the answer writer. One engine per database.
 */
public record GatewayCore(MessageValidator validator, RuleSet rules, RulesConfig config, Responder responder) {

    public ProcessingEngine engine(Database database) {
        return new ProcessingEngine(validator, database, rules, config, responder);
    }
}
