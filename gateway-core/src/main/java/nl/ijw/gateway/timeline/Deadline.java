package nl.ijw.gateway.timeline;

import java.time.LocalDate;

/**
 * An SAP expectation a message created, as it stood at the as-of moment. LATE, OVERDUE and WARNING
 * are findings; the others say where the deadline stands. Classified as the compliance report
 * counts it: OP271 still awaited is WITHOUT_START (never overdue), NO_START past its date a WARNING.
 *
 * @param actual          receipt date of the message that met it; null unless met
 * @param workingDaysLate LATE: working days after due up to receipt; OVERDUE/WARNING: up to the as-of date; else 0
 * @param metBy           journal id of the message that met it, or null
 */
public record Deadline(String rule, Outcome outcome, LocalDate due, LocalDate actual, int workingDaysLate,
                       Long metBy) {

    public enum Outcome {
        ON_TIME, LATE, OVERDUE, WARNING, PENDING, WITHOUT_START, MET, CANCELLED;

        public boolean isFinding() {
            return this == LATE || this == OVERDUE || this == WARNING;
        }
    }

    public String text() {
        return switch (outcome) {
            case ON_TIME -> rule + " due " + due + ": on time (" + actual + ")";
            case LATE -> rule + " due " + due + ": LATE, arrived " + actual + " (" + days(workingDaysLate) + " late)";
            case OVERDUE -> rule + " due " + due + ": OVERDUE, not arrived (" + days(workingDaysLate) + " overdue)";
            case WARNING -> rule + " expected by " + due + ": WARNING, not arrived (" + days(workingDaysLate) + ")";
            case PENDING -> rule + " due " + due + ": awaited, not due yet";
            case WITHOUT_START -> rule + ": no start yet (judged when the JW305 comes; provisional due " + due + ")";
            case MET -> rule + " expected by " + due + ": met (" + actual + ")";
            case CANCELLED -> rule + " due " + due + ": cancelled (can no longer come)";
        };
    }

    private static String days(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }
}
