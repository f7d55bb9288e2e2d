package nl.ijw.gateway.validation;

import java.util.List;

/** The immutable outcome of one validation layer. */
public record LayerResult(Layer layer, LayerStatus status, List<Finding> findings) {

    public LayerResult {
        findings = List.copyOf(findings);
    }

    public static LayerResult skipped(Layer layer) {
        return new LayerResult(layer, LayerStatus.SKIPPED, List.of());
    }

    /** PASSED unless one of the findings is an error. */
    public static LayerResult of(Layer layer, List<Finding> findings) {
        boolean failed = findings.stream().anyMatch(Finding::isError);
        return new LayerResult(layer, failed ? LayerStatus.FAILED : LayerStatus.PASSED, findings);
    }
}
