package nl.ijw.gateway.sap;

import java.time.LocalDate;

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
 */
public record SapFinding(String rule, Kind kind, LocalDate due, LocalDate actual, int workingDaysLate,
                         String messageType, String messageId, String sender, String receiver, long journalId,
                         String referenceMessageId, String toewijzingNummer, String referentie) {

    public enum Kind { LATE, OVERDUE, WARNING }

    public String text() {
        return switch (kind) {
            case LATE -> rule + ": arrived " + actual + ", due " + due + " (" + workingDaysLate
                    + " working days late); answers " + referenceMessageId;
            case OVERDUE -> rule + ": due " + due + ", not arrived (" + workingDaysLate + " working days overdue)";
            case WARNING -> rule + ": expected by " + due + ", not arrived";
        };
    }
}
