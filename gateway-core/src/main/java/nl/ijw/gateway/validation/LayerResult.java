package nl.ijw.gateway.validation;

import java.util.List;

/** The immutable outcome of one validation layer. */
public record LayerResult(Layer layer, LayerStatus status, List<Finding> findings) {

    /** Results without findings are the same every time, so each message shares these. */
    private static final List<LayerResult> PASSED = results(LayerStatus.PASSED);
    private static final List<LayerResult> SKIPPED = results(LayerStatus.SKIPPED);

    public LayerResult {
        findings = List.copyOf(findings);
    }

    public static LayerResult skipped(Layer layer) {
        return SKIPPED.get(layer.ordinal());
    }

    /** PASSED unless one of the findings is an error. */
    public static LayerResult of(Layer layer, List<Finding> findings) {
        if (findings.isEmpty()) {
            return PASSED.get(layer.ordinal());
        }
        boolean failed = false;
        for (Finding f : findings) {
            failed |= f.isError();
        }
        return new LayerResult(layer, failed ? LayerStatus.FAILED : LayerStatus.PASSED, findings);
    }

    private static List<LayerResult> results(LayerStatus status) {
        LayerResult[] all = new LayerResult[Layer.values().length];
        for (Layer l : Layer.values()) {
            all[l.ordinal()] = new LayerResult(l, status, List.of());
        }
        return List.of(all);
    }
}
