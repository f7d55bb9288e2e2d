package nl.ijw.gateway.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What to chase today, in scope only, each list oldest due date first.
 *
 * @param overdue            awaited from providers, due date before the as-of date
 * @param noStart            allocations whose NO_START signal has fired (no JW305 yet)
 * @param owedByMunicipality retours, answers and JW325s the municipality owes, due or not yet
 */
public record Worklist(Scope scope, Instant asOf, LocalDate asOfDate, List<WorklistItem> overdue,
                       List<WorklistItem> noStart, List<WorklistItem> owedByMunicipality) {

    public Worklist {
        overdue = overdue.stream().sorted(WorklistItem.ORDER).toList();
        noStart = noStart.stream().sorted(WorklistItem.ORDER).toList();
        owedByMunicipality = owedByMunicipality.stream().sorted(WorklistItem.ORDER).toList();
    }

    /** All three lists, in that order. */
    public List<WorklistItem> all() {
        return java.util.stream.Stream.of(overdue, noStart, owedByMunicipality).flatMap(List::stream).toList();
    }
}
