package nl.ijw.gateway.sap;

import java.time.LocalDate;

import nl.ijw.gateway.text.Counts;

/**
 * A deadline signal. LATE: the awaited message arrived after its due date; OVERDUE: the due date
 * passed without it; WARNING: a monitoring signal (NO_START). None of them rejects anything.
 *
 * @param actual            receipt date of the late message; null when overdue or a warning
 * @param workingDaysLate   working days after the due date (up to the scan date when not arrived)
 * @param messageId         LATE: the late message's Identificatie (a retour's IdentificatieRetour);
 *                          otherwise the message still waiting
 * @param journalId         journal entry of that message (0 when unknown)
 * @param referenceMessageId LATE: the message it answers or completes; otherwise null
 * @param expectationId     the expectation (row of {@code sap_expectation}) this signal is about: an
 *                          OVERDUE and the later LATE of one breach carry the same id, so a live
 *                          gateway can publish "overdue" and then "resolved late" for it
 * @param overdueSince      LATE only: the day the watch first reported it overdue; null when it did not
 */
public record SapFinding(String rule, Kind kind, LocalDate due, LocalDate actual, int workingDaysLate,
                         String messageType, String messageId, String sender, String receiver, long journalId,
                         String referenceMessageId, String toewijzingNummer, String referentie, long expectationId,
                         LocalDate overdueSince) {

    public enum Kind { LATE, OVERDUE, WARNING }

    public String text() {
        return switch (kind) {
            case LATE -> rule + ": arrived " + actual + ", due " + due + " (" + Counts.of(workingDaysLate, "working day")
                    + " late); answers " + referenceMessageId
                    + (overdueSince == null ? "" : "; reported overdue since " + overdueSince);
            case OVERDUE -> rule + ": due " + due + ", not arrived (" + Counts.of(workingDaysLate, "working day") + " overdue)";
            case WARNING -> rule + ": expected by " + due + ", not arrived";
        };
    }
}
