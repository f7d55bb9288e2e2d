package nl.ijw.gateway.timeline;

import java.time.Instant;
import java.util.List;

import nl.ijw.gateway.privacy.Masking;

/**
 * The story of one client: every message about them in receipt order. The BSN is held so a caller
 * that was allowed to can show it; {@link #bsnMasked()} is what is shown by default.
 *
 * @param allocations the client's ToewijzingNummers, ascending
 */
public record Timeline(String bsn, Instant asOf, List<String> allocations, List<TimelineEntry> entries) {

    public Timeline {
        allocations = List.copyOf(allocations);
        entries = List.copyOf(entries);
    }

    public String bsnMasked() {
        return Masking.bsn(bsn);
    }

    /** The SAP findings (LATE, OVERDUE, WARNING) over all entries. */
    public long findings() {
        return entries.stream().flatMap(e -> e.deadlines().stream()).filter(d -> d.outcome().isFinding()).count();
    }
}
