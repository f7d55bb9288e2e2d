package nl.ijw.gateway.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.store.StoreException;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.TimelineEntry;
import nl.ijw.gateway.timeline.Timelines;

/**
 * Client timelines as a monitor user may see them: only the messages between a party of the scope
 * and another, and nothing at all when the scope is party to none of them, exactly as for a client
 * the store does not know (so a tampered URL cannot tell one from the other). Stateless: each call
 * opens and closes its own connections.
 */
public final class ScopedTimelines {

    private static final Pattern BSN = Pattern.compile("[0-9]{9}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    private final MonitorStore store;
    private final WorkingDayCalendar calendar;

    public ScopedTimelines(MonitorStore store, WorkingDayCalendar calendar) {
        this.store = Objects.requireNonNull(store, "store");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The client's timeline in scope; empty when the scope is party to none of it, or the BSN is unknown or malformed. */
    public Optional<Timeline> byBsn(Scope scope, String bsn, Instant asOf) {
        String b = bsn == null ? "" : bsn.strip();
        if (!BSN.matcher(b).matches()) {
            return Optional.empty();
        }
        try (Timelines t = Timelines.open(store.config(), calendar)) {
            return scoped(scope, t.of(b, asOf));
        }
    }

    /**
     * The timelines of the clients holding this ToewijzingNummer (one per municipality that issued
     * it) that the scope is party to; empty when none, or the number is malformed.
     */
    public List<Timeline> byToewijzingNummer(Scope scope, String toewijzingNummer, Instant asOf) {
        String nr = toewijzingNummer == null ? "" : toewijzingNummer.strip();
        if (!NUMBER.matcher(nr).matches()) {
            return List.of();
        }
        List<Timeline> out = new ArrayList<>();
        try (Timelines t = Timelines.open(store.config(), calendar)) {
            for (Timeline full : t.of(t.clientsOfAllocation(nr), asOf).values()) {
                scoped(scope, full).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Timeline> scoped(Scope scope, Timeline full) {
        if (scope.everything()) {
            return full.entries().isEmpty() ? Optional.empty() : Optional.of(full);
        }
        List<TimelineEntry> entries = full.entries().stream().filter(e -> scope.sees(e.sender(), e.receiver())).toList();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Timeline(full.bsn(), full.asOf(), allocations(scope, full), entries));
    }

    /** The client's ToewijzingNummers between a municipality and a provider of which one is in scope. */
    private List<String> allocations(Scope scope, Timeline full) {
        Set<String> out = new TreeSet<>();
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT toewijzing_nummer, gemeente, aanbieder FROM allocation WHERE bsn = ?")) {
            ps.setString(1, full.bsn());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String nr = String.valueOf(rs.getLong(1));
                    if (full.allocations().contains(nr) && scope.sees(rs.getString(2), rs.getString(3))) {
                        out.add(nr);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the client's allocations: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}
