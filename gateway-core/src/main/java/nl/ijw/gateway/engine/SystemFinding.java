package nl.ijw.gateway.engine;

import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.Location;
import nl.ijw.gateway.validation.Severity;

/** The finding on a FAILED message: which exception broke its decision, for an operator. */
final class SystemFinding {

    static final String RULE = "SYSTEM";

    private SystemFinding() {
    }

    /** Names the exception, its root cause and where it was thrown; no retourcode, as no answer is sent. */
    static Finding of(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " (at " + trace[0] + ")";
        return new Finding(RULE, Severity.ERROR, Layer.RULES, Location.NONE, null,
                "Deciding this message failed on a defect of the gateway: " + describe(e) + where
                        + ". Nothing of it was applied and no answer was sent; it is kept for an operator.");
    }

    /** Class and message of an exception and of its root cause, nine-digit numbers (BSNs) masked. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (root == e ? "" : ", caused by " + root.getClass().getName()
                        + (root.getMessage() == null ? "" : ": " + root.getMessage()));
        return Masking.maskNineDigitNumbers(text);
    }
}
