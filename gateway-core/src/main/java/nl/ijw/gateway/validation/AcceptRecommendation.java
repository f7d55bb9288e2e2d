package nl.ijw.gateway.validation;

/**
 * Whether the gateway should accept a message, kept apart from whether it is valid: policy may
 * accept a message with warnings, and later layers (rules) may reject a schema-valid one.
 */
public enum AcceptRecommendation {
    ACCEPT, REJECT;

    public static AcceptRecommendation of(ValidationReport report) {
        return report.findings().stream().anyMatch(Finding::isError) ? REJECT : ACCEPT;
    }
}
