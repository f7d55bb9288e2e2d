package nl.ijw.gateway.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.LayerResult;
import nl.ijw.gateway.validation.Location;
import nl.ijw.gateway.validation.Severity;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * The served-party decision in front of the engine, shared by the live gateway and the replay so
 * both decide alike. A message neither from nor to a served party is journaled as rejected with a
 * {@value #RULE} finding, and is not judged further: its rules, state and deadlines belong to
 * another gateway.
 */
public final class ServedGate {

    /** The gateway's own finding for a message outside its parties; not a rule of the standard. */
    public static final String RULE = "GW-SERVES";

    private final ServedParties serves;
    private final GatewayCore core;

    /** @param core the shared parts; its responder is wrapped so only served parties are answered */
    public ServedGate(GatewayCore core, ServedParties serves) {
        this.serves = serves;
        this.core = new GatewayCore(core.validator(), core.rules(), core.config(),
                new ServedResponder(core.responder(), serves), core.sap());
    }

    public ServedParties serves() {
        return serves;
    }

    public GatewayCore core() {
        return core;
    }

    public ProcessingEngine engine(Database database) {
        return core.engine(database);
    }

    public Role roleFor(ValidationReport report) {
        return serves.roleFor(report.header());
    }

    /** A party code as read, or what stands in for one the header lacks (never the word "null"). */
    private static String named(String code) {
        return code == null || code.isBlank() ? "(none in the header)" : code;
    }

    /** {@link ProcessingEngine#prepare}, with a foreign message turned into a rejected one that nothing applies. */
    public ProcessingEngine.Prepared prepare(ProcessingEngine engine, byte[] bytes, Receipt receipt) {
        ProcessingEngine.Prepared p = engine.prepare(bytes, receipt);
        if (p.failure() != null || roleFor(p.report()) != Role.FOREIGN) { // a broken preparation is journaled FAILED
            return p;
        }
        var h = p.report().header();
        Finding foreign = new Finding(RULE, Severity.ERROR, Layer.RULES, new Location(0, 0, "/Bericht/Header"), null,
                "neither the sender " + named(h.from()) + " nor the receiver " + named(h.to())
                        + " is a party this gateway serves (gateway.serves: " + serves.describe() + ")");
        ValidationReport r = p.report();
        List<LayerResult> layers = new ArrayList<>(r.layers());
        layers.add(LayerResult.of(Layer.RULES, List.of(foreign)));
        ValidationReport marked = new ValidationReport(r.source(), r.size(), r.schemaVersion(), r.kind(), h, layers, r.model());
        List<Finding> errors = marked.findings().stream().filter(Finding::isError).toList();
        // No domain message: the engine then claims no identity, runs no rules and tracks no deadline.
        return new ProcessingEngine.Prepared(p.bytes(), receipt, marked, null, p.sha256(), p.answerId(), p.answerDate(),
                errors, Optional.empty());
    }
}
