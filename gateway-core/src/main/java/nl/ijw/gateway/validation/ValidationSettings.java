package nl.ijw.gateway.validation;

/**
 * Limits and policy for validation.
 *
 * @param maxBytes    largest accepted input; OP179 sets 25 MB for an iJw file
 * @param maxDepth    deepest element nesting accepted (iJw messages need fewer than 10 levels)
 * @param maxText     longest text of one element, in characters (iJw's longest field has 200);
 *                    the JDK's schema validator slows down quadratically on long values, so a
 *                    longer text is refused before it reaches the validator
 * @param maxFindings schema findings listed per message before the rest are only counted
 * @param bindModel   whether to bind valid messages to the Java model
 * @param severities  per-rule severity overrides
 */
public record ValidationSettings(long maxBytes, int maxDepth, int maxText, int maxFindings, boolean bindModel,
                                 SeverityPolicy severities) {

    public static final long OP179_MAX_BYTES = 25L * 1024 * 1024;

    public static final ValidationSettings DEFAULT =
            new ValidationSettings(OP179_MAX_BYTES, 64, 4096, 100, true, SeverityPolicy.DEFAULT);

    public ValidationSettings {
        if (maxBytes <= 0 || maxDepth < 4 || maxText < 256 || maxFindings < 1) {
            throw new IllegalArgumentException("maxBytes > 0, maxDepth >= 4, maxText >= 256 and maxFindings >= 1 are required");
        }
    }

    public ValidationSettings withSeverities(SeverityPolicy policy) {
        return new ValidationSettings(maxBytes, maxDepth, maxText, maxFindings, bindModel, policy);
    }

    public ValidationSettings withoutModel() {
        return new ValidationSettings(maxBytes, maxDepth, maxText, maxFindings, false, severities);
    }

    public ValidationSettings withMaxBytes(long bytes) {
        return new ValidationSettings(bytes, maxDepth, maxText, maxFindings, bindModel, severities);
    }
}
