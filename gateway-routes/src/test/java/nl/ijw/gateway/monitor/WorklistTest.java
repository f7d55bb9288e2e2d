package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.AwaitedFrom;
import nl.ijw.gateway.sap.report.Item;
import nl.ijw.gateway.sap.report.SapReport;

/** What to chase today, by scope, against the auditor report on the same store. */
class WorklistTest {

    @TempDir
    static Path tmp;
    static MonitorData data;
    static Worklists worklists;
    static Worklist all;
    static SapReport report;

    @BeforeAll
    static void replay() throws IOException {
        data = MonitorData.make(tmp);
        worklists = new Worklists(data.store(), SapTracker.standard());
        all = worklists.of(Scope.all(), data.asOf());
        report = new Compliance(data.store(), SapTracker.standard()).of(Scope.all(), data.asOf()).report();
    }

    static Set<Long> ids(List<WorklistItem> items) {
        Set<Long> out = new TreeSet<>();
        items.forEach(i -> out.add(i.expectationId()));
        return out;
    }

    @Test
    void theOverdueItemsAreTheReportsOverdueItemsOwedByProvidersOldestFirst() {
        Set<Long> expected = new TreeSet<>();
        report.items(Item.Kind.OVERDUE).stream().filter(i -> i.awaitedFrom() == AwaitedFrom.PROVIDER)
                .forEach(i -> expected.add(i.expectationId()));
        assertFalse(expected.isEmpty(), "the history has overdue messages");
        assertEquals(expected, ids(all.overdue()));
        for (int i = 1; i < all.overdue().size(); i++) {
            assertFalse(all.overdue().get(i).due().isBefore(all.overdue().get(i - 1).due()), "oldest first");
        }
        assertTrue(all.overdue().stream().allMatch(i -> i.workingDaysOverdue() > 0 && i.kind() == WorklistItem.Kind.OVERDUE
                && !i.rule().equals(SapRule.OP271)));
        Item first = report.items(Item.Kind.OVERDUE).stream().filter(i -> i.expectationId() == all.overdue().get(0).expectationId())
                .findFirst().orElseThrow();
        assertEquals(first.workingDaysLate(), all.overdue().get(0).workingDaysOverdue());
        assertEquals(first.due(), all.overdue().get(0).due());
        assertEquals(first.toewijzingNummer(), all.overdue().get(0).toewijzingNummer());
    }

    @Test
    void whatTheMunicipalityOwesIsEveryAwaitedMessageFromItDueOrNot() {
        Set<Long> overdueFromMunicipality = new TreeSet<>();
        report.items(Item.Kind.OVERDUE).stream().filter(i -> i.awaitedFrom() == AwaitedFrom.MUNICIPALITY)
                .forEach(i -> overdueFromMunicipality.add(i.expectationId()));
        Set<Long> owed = ids(all.owedByMunicipality());
        assertFalse(owed.isEmpty());
        assertTrue(owed.containsAll(overdueFromMunicipality));
        assertEquals(overdueFromMunicipality, ids(all.owedByMunicipality().stream().filter(WorklistItem::isOverdue).toList()));
        assertTrue(all.owedByMunicipality().stream().allMatch(i -> i.awaitedFrom() == AwaitedFrom.MUNICIPALITY));
        assertEquals(report.overall().pending() - pendingFromProviders(), all.owedByMunicipality().stream()
                .filter(i -> !i.isOverdue()).count(), "the pending ones too");
    }

    /** Pending rows awaited from providers: the report counts them per side. */
    private static int pendingFromProviders() {
        return report.totals(nl.ijw.gateway.sap.report.Line.ALL).stream()
                .filter(l -> l.awaitedFrom() == AwaitedFrom.PROVIDER).mapToInt(l -> l.figures().pending()).sum();
    }

    @Test
    void allocationsWithoutStartAreThoseWhoseNoStartSignalFired() {
        assertFalse(all.noStart().isEmpty(), "the history has allocations that never started");
        assertTrue(all.noStart().stream().allMatch(i -> i.rule().equals(SapRule.NO_START) && i.due().isBefore(all.asOfDate())
                && i.toewijzingNummer() != null));
        Set<String> withoutStart = new TreeSet<>();
        report.items(Item.Kind.WITHOUT_START).forEach(i -> withoutStart.add(i.toewijzingNummer()));
        all.noStart().forEach(i -> assertTrue(withoutStart.contains(i.toewijzingNummer()), i.toString()));
    }

    @Test
    void clientsAreMaskedAndNoBsnIsInTheWorklist() {
        List<String> bsns = data.codes("SELECT bsn FROM allocation");
        String text = all.toString();
        bsns.forEach(b -> assertFalse(text.contains(b), "BSN in clear"));
        assertTrue(all.noStart().stream().allMatch(i -> i.clientMasked() != null && i.clientMasked().matches("\\*{6}[0-9]{3}")));
        assertTrue(all.all().stream().filter(i -> i.rule().equals(SapRule.OP090X4)).allMatch(i -> i.clientMasked() == null
                || i.clientMasked().matches("\\*{6}[0-9]{3}")));
    }

    @Test
    void scopesPartitionTheWorklist() {
        List<WorklistItem> byProvider = new ArrayList<>();
        for (String p : report.providers()) {
            Worklist w = worklists.of(Scope.parse(p), data.asOf());
            assertTrue(w.all().stream().allMatch(i -> i.provider().equals(p)), p);
            byProvider.addAll(w.all());
        }
        assertEquals(ids(all.all()), ids(byProvider));
        assertEquals(all.all().size(), byProvider.size());
        List<WorklistItem> byMunicipality = new ArrayList<>();
        for (String m : data.codes("SELECT gemeente FROM allocation")) {
            Worklist w = worklists.of(Scope.parse(m), data.asOf());
            assertTrue(w.all().stream().allMatch(i -> i.municipality().equals(m)), m);
            byMunicipality.addAll(w.all());
        }
        assertEquals(ids(all.all()), ids(byMunicipality));
        assertEquals(List.of(), worklists.of(Scope.parse("0363"), data.asOf()).all());
    }

    @Test
    void asOfTheFirstDayNothingIsOverdue() {
        Worklist early = worklists.of(Scope.all(), java.time.Instant.parse("2026-01-05T00:00:00Z"));
        assertEquals(List.of(), early.all());
    }
}
