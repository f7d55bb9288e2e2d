package nl.ijw.gateway.timeline;

import java.time.LocalDate;

/**
 * An SAP expectation a message created, as it stood at the as-of moment. LATE, OVERDUE and WARNING
 * are findings; the others say where the deadline stands. Classified as the compliance report
 * counts it: OP271 still awaited is WITHOUT_START (never overdue), NO_START past its date a WARNING.
 * In words per language beside the commands (gateway-routes: {@code cli.report.TimelineWords}).
 *
 * @param actual          receipt date of the message that met it; null unless met
 * @param workingDaysLate LATE: working days after due up to receipt; OVERDUE/WARNING: up to the as-of date; else 0
 * @param metBy           journal id of the message that met it, or null
 * @param awaitedFrom     the party code that had to send the awaited message, or null when not known; said
 *                        with a missing message, so that an auditor does not put the municipality's
 *                        missing answer to the provider whose timeline it is
 */
public record Deadline(String rule, Outcome outcome, LocalDate due, LocalDate actual, int workingDaysLate,
                       Long metBy, String awaitedFrom) {

    public Deadline(String rule, Outcome outcome, LocalDate due, LocalDate actual, int workingDaysLate, Long metBy) {
        this(rule, outcome, due, actual, workingDaysLate, metBy, null);
    }

    public enum Outcome {
        ON_TIME, LATE, OVERDUE, WARNING, PENDING, WITHOUT_START, MET, CANCELLED;

        public boolean isFinding() {
            return this == LATE || this == OVERDUE || this == WARNING;
        }
    }
}
