package nl.ijw.gateway.sap.report;

import java.time.LocalDate;
import java.util.Comparator;

import nl.ijw.gateway.store.ExpectationOutcome.MessageRef;

/**
 * One awaited message a manager can put to a provider: late (came after its due date), overdue
 * (due date passed, not come) or, for OP271, an allocation without start (not a breach).
 *
 * @param waiting         the message that waited for it (its Identificatie and journal entry)
 * @param fulfilledBy     LATE: the message that came late; otherwise null
 * @param actual          LATE: its receipt date; otherwise null
 * @param workingDaysLate LATE: working days after due up to receipt; OVERDUE: up to the as-of date; otherwise 0
 */
public record Item(String provider, String rule, AwaitedFrom awaitedFrom, Kind kind, LocalDate due, LocalDate actual,
                   int workingDaysLate, MessageRef waiting, MessageRef fulfilledBy, String toewijzingNummer,
                   long expectationId) {

    public enum Kind { LATE, OVERDUE, WITHOUT_START }

    /** By provider, rule, due date, then expectation id: the same store gives the same order. */
    public static final Comparator<Item> ORDER = Comparator.comparing(Item::provider).thenComparing(Item::rule)
            .thenComparing(Item::due).thenComparingLong(Item::expectationId);
}
