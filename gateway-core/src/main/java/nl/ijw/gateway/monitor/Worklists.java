package nl.ijw.gateway.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.privacy.NamedClients;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.AwaitedFrom;
import nl.ijw.gateway.sap.report.SapReportBuilder;
import nl.ijw.gateway.store.ExpectationLedger;
import nl.ijw.gateway.store.ExpectationOutcome;
import nl.ijw.gateway.store.StoreException;

/**
 * The worklist: the expectations still awaited at the as-of moment that someone in scope should
 * act on. Read with the report's own as-of rules ({@link ExpectationLedger#forEach}); OP271 rows
 * are left out (a start is never overdue: its NO_START twin says when to chase). Stateless: each
 * call opens and closes its own connections.
 */
public final class Worklists {

    private final MonitorStore store;
    private final SapTracker sap;

    public Worklists(MonitorStore store, SapTracker sap) {
        this.store = Objects.requireNonNull(store, "store");
        this.sap = Objects.requireNonNull(sap, "sap");
    }

    public Worklist of(Scope scope, Instant asOf) {
        LocalDate today = asOf.atZone(SapTracker.AMSTERDAM).toLocalDate();
        List<ExpectationOutcome> open = new ArrayList<>();
        try (ExpectationLedger ledger = ExpectationLedger.open(store.config())) {
            ledger.forEach(rules(), null, null, asOf, e -> {
                if (e.status() != nl.ijw.gateway.store.Expectation.Status.DONE && Compliance.inScope(scope, e)) {
                    open.add(e);
                }
            });
        }
        List<WorklistItem> overdue = new ArrayList<>();
        List<WorklistItem> noStart = new ArrayList<>();
        List<WorklistItem> owed = new ArrayList<>();
        Map<Long, String> clients = clients(open);
        for (ExpectationOutcome e : open) {
            AwaitedFrom side = AwaitedFrom.of(e.rule(), e.sender(), e.receiver());
            boolean due = e.due().isBefore(today);
            if (e.rule().equals(SapRule.NO_START)) {
                if (due) {
                    noStart.add(item(WorklistItem.Kind.NO_START, e, side, today, clients));
                }
            } else if (side == AwaitedFrom.MUNICIPALITY) {
                owed.add(item(WorklistItem.Kind.OWED_BY_MUNICIPALITY, e, side, today, clients));
            } else if (due) {
                overdue.add(item(WorklistItem.Kind.OVERDUE, e, side, today, clients));
            }
        }
        return new Worklist(scope, asOf, today, overdue, noStart, owed);
    }

    /** The enabled deadline rules but OP271, and NO_START when enabled. */
    private List<String> rules() {
        return sap.config().rules().values().stream()
                .filter(r -> r.enabled() && !r.id().equals(SapRule.OP271)
                        && (r.kind() == SapFinding.Kind.OVERDUE || r.id().equals(SapRule.NO_START)))
                .map(SapRule::id).sorted().toList();
    }

    private WorklistItem item(WorklistItem.Kind kind, ExpectationOutcome e, AwaitedFrom side, LocalDate today,
                              Map<Long, String> clients) {
        int days = e.due().isBefore(today) ? sap.calendar().workingDaysBetween(e.due(), today) : 0;
        ExpectationOutcome.MessageRef w = e.waiting();
        String bsn = w == null ? null : clients.get(w.journalId());
        return new WorklistItem(kind, e.rule(), SapReportBuilder.provider(e.sender(), e.receiver()),
                PartyCodes.municipality(e.sender(), e.receiver()), side, e.due(), days, e.toewijzingNummer(),
                bsn == null ? null : Masking.bsn(bsn), w == null ? null : w.messageType(),
                w == null ? null : w.identificatie(), e.id());
    }

    /**
     * The one client each waiting message names, by journal entry, from its bytes; a message naming
     * none or several (a claim) gets none: no client is guessed.
     */
    private Map<Long, String> clients(List<ExpectationOutcome> open) {
        Set<Long> ids = new TreeSet<>();
        open.stream().filter(e -> e.waiting() != null).forEach(e -> ids.add(e.waiting().journalId()));
        Map<Long, String> out = new HashMap<>();
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT payload FROM journal_payload WHERE journal_id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        NamedClients.single(rs.getBytes(1)).ifPresent(b -> out.put(id, b));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the worklist's messages: " + e.getMessage(), e);
        }
        return out;
    }

}
