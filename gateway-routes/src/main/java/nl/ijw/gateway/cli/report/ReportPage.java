package nl.ijw.gateway.cli.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.sap.report.Item;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.Timelines;

/**
 * The report with what the HTML page links to: for each item whose waiting message names one
 * client, a pseudonymous reference ("client-1", "client-2", ... in the order the clients first
 * appear in the items, so the same store gives the same page) and that client's timeline. The BSN
 * is never an anchor or a link; it is shown masked.
 *
 * @param refs    waiting message's journal id to client reference
 * @param clients the referenced clients' timelines, by reference
 */
public record ReportPage(SapReport report, Map<Long, String> refs, List<Client> clients) {

    public record Client(String ref, Timeline timeline) {
    }

    public ReportPage {
        refs = Map.copyOf(refs);
        clients = List.copyOf(clients);
    }

    /** Without timelines (nothing to link to). */
    public static ReportPage of(SapReport report) {
        return new ReportPage(report, Map.of(), List.of());
    }

    /** With the timelines of the clients of the late, overdue and without-start items, read from the store. */
    public static ReportPage withTimelines(SapReport report, Path dataDir, WorkingDayCalendar calendar) {
        Map<String, String> byBsn = new LinkedHashMap<>();
        Map<Long, String> refs = new HashMap<>();
        List<Client> clients = new ArrayList<>();
        try (Timelines t = Timelines.openDataDir(dataDir, calendar)) {
            Map<Long, Optional<String>> seen = new HashMap<>();
            for (Item i : report.items()) {
                if (i.waiting() == null) {
                    continue;
                }
                long id = i.waiting().journalId();
                seen.computeIfAbsent(id, t::clientOfMessage).ifPresent(bsn ->
                        refs.put(id, byBsn.computeIfAbsent(bsn, b -> "client-" + (byBsn.size() + 1))));
            }
            Map<String, Timeline> timelines = t.of(byBsn.keySet(), report.asOf());
            byBsn.forEach((bsn, ref) -> clients.add(new Client(ref, timelines.get(bsn))));
        }
        return new ReportPage(report, refs, clients);
    }

    public String ref(Item i) {
        return i.waiting() == null ? null : refs.get(i.waiting().journalId());
    }
}
