package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.cli.report.ReportFormat;
import nl.ijw.gateway.cli.report.ReportPage;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Item;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.SapReport;

/** The auditor report by scope, on a generated history replayed by the engine. */
class ComplianceTest {

    @TempDir
    static Path tmp;
    static MonitorData data;
    static Compliance compliance;
    static SapReport all;

    @BeforeAll
    static void replay() throws IOException {
        data = MonitorData.make(tmp);
        compliance = new Compliance(data.store(), SapTracker.standard());
        all = compliance.of(Scope.all(), data.asOf()).report();
    }

    @Test
    void everythingIsTheJsonOfSapReportOnTheSameDataDirectory() {
        String[] r = MonitorData.run("sap-report", data.dataDir().toString(), "--as-of", data.asOf().toString());
        assertEquals("0", r[0], r[2]);
        String json = new String(ReportFormat.parse("json").bytes(ReportPage.of(all), ';'), StandardCharsets.UTF_8);
        assertEquals(r[1], json);
        assertTrue(all.overall().late() > 0 && all.overall().overdue() > 0, "the history has late and missing messages");
        assertFalse(compliance.of(Scope.all(), data.asOf()).hasOthers());
    }

    @Test
    void aProviderSeesOnlyItsOwnRowsAndItems() {
        List<String> providers = all.providers();
        assertTrue(providers.size() >= 3, providers.toString());
        for (String p : providers) {
            ComplianceReport c = compliance.of(Scope.parse(p), data.asOf());
            assertEquals(List.of(p), c.report().providers());
            assertEquals(all.rows(p), c.report().rows(p));
            assertEquals(all.totals(p), c.report().totals(p));
            assertEquals(all.months(p), c.report().months(p));
            assertEquals(all.items().stream().filter(i -> i.provider().equals(p)).toList(), c.report().items());
            assertNull(c.others(), "a provider sees no aggregate of the others");
        }
    }

    @Test
    void municipalitiesPartitionTheItemsAndSeeTheOthersOnlyAsTotals() {
        List<String> municipalities = data.codes("SELECT gemeente FROM allocation");
        assertEquals(3, municipalities.size(), municipalities.toString());
        List<Item> union = new ArrayList<>();
        for (String m : municipalities) {
            ComplianceReport c = compliance.of(Scope.parse(m), data.asOf());
            union.addAll(c.report().items());
            assertTrue(c.hasOthers());
            assertEquals(2, c.otherMunicipalities());
            Figures mine = c.report().overall();
            Figures rest = c.others();
            Figures total = all.overall();
            assertTrue(mine.due() > 0 && rest.due() > 0, m);
            assertEquals(total.onTime(), mine.onTime() + rest.onTime());
            assertEquals(total.late(), mine.late() + rest.late());
            assertEquals(total.overdue(), mine.overdue() + rest.overdue());
            assertEquals(total.pending(), mine.pending() + rest.pending());
            assertEquals(total.withoutStart(), mine.withoutStart() + rest.withoutStart());
        }
        union.sort(Item.ORDER);
        assertEquals(all.items(), union, "each item belongs to exactly one municipality");
    }

    @Test
    void aRegionSeesItsMunicipalitiesTogetherAndOneLineForTheRest() {
        List<String> municipalities = data.codes("SELECT gemeente FROM allocation");
        String region = municipalities.get(0) + "," + municipalities.get(1);
        ComplianceReport c = compliance.of(Scope.parse(region), data.asOf());
        ComplianceReport third = compliance.of(Scope.parse(municipalities.get(2)), data.asOf());
        assertEquals(1, c.otherMunicipalities());
        assertEquals(third.report().overall().due(), c.others().due());
        assertEquals(third.report().overall().onTime(), c.others().onTime());
        assertEquals(all.overall().due(), c.report().overall().due() + third.report().overall().due());
    }

    @Test
    void aPartyWithoutTrafficSeesNothingButTheTotalsOfTheRest() {
        ComplianceReport c = compliance.of(Scope.parse("0363"), data.asOf());
        assertEquals(List.of(), c.report().providers());
        assertEquals(List.of(), c.report().items());
        assertEquals(0, c.report().overall().due());
        assertEquals(all.overall(), c.others());
        ComplianceReport stranger = compliance.of(Scope.parse("99999999"), data.asOf());
        assertEquals(List.of(), stranger.report().items());
        assertNull(stranger.others());
    }

    @Test
    void thePeriodBoundsApplyAsInSapReport() {
        java.time.LocalDate from = all.months().get(0).month().plusMonths(1).atDay(1);
        String p = all.providers().get(0);
        SapReport scoped = compliance.of(Scope.parse(p), data.asOf(), from, null).report();
        assertTrue(scoped.items().stream().allMatch(i -> !i.due().isBefore(from)));
        String[] r = MonitorData.run("sap-report", data.dataDir().toString(), "--as-of", data.asOf().toString(),
                "--from", from.toString());
        SapReport full = compliance.of(Scope.all(), data.asOf(), from, null).report();
        assertEquals(r[1], new String(ReportFormat.parse("json").bytes(ReportPage.of(full), ';'), StandardCharsets.UTF_8));
        assertEquals(full.rows(p), scoped.rows(p));
        Set<String> rankedProviders = new TreeSet<>(full.ranking().stream().map(Line::provider).toList());
        assertEquals(new TreeSet<>(full.providers()), rankedProviders);
        assertTrue(full.items().stream().map(Item::due).min(Comparator.naturalOrder()).orElseThrow().compareTo(from) >= 0);
    }
}
