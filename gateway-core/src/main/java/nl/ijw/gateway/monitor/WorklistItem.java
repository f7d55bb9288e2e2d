package nl.ijw.gateway.monitor;

import java.time.LocalDate;
import java.util.Comparator;

import nl.ijw.gateway.sap.report.AwaitedFrom;

/**
 * One thing to chase: an awaited message that did not come (yet).
 *
 * @param due                 last on-time day (for NO_START: the day the allocation should have started by)
 * @param workingDaysOverdue  working days from the due date to the as-of date; 0 when not yet due
 * @param toewijzingNummer    the allocation it concerns, or null (requests, claims)
 * @param clientMasked        the client's BSN masked ({@code ******123}); null when the waiting message
 *                            names no single client (a claim covers many)
 * @param waitingType         the message that waits (its type and Identificatie)
 */
public record WorklistItem(Kind kind, String rule, String provider, String municipality, AwaitedFrom awaitedFrom,
                           LocalDate due, int workingDaysOverdue, String toewijzingNummer, String clientMasked,
                           String waitingType, String waitingIdentificatie, long expectationId) {

    public enum Kind {
        /** Awaited from the provider, due date passed. */
        OVERDUE,
        /** An allocation whose NO_START signal has fired: no JW305 yet. */
        NO_START,
        /** Awaited from the municipality itself (a retour, an answer, a JW325), due or not. */
        OWED_BY_MUNICIPALITY
    }

    /** Oldest due date first, then expectation id: the same store gives the same order. */
    public static final Comparator<WorklistItem> ORDER = Comparator.comparing(WorklistItem::due)
            .thenComparingLong(WorklistItem::expectationId);

    public boolean isOverdue() {
        return workingDaysOverdue > 0;
    }
}
