package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.timeline.Timeline;

/** Timelines only to a party of them; to anyone else exactly as for an unknown client. */
class ScopedTimelinesTest {

    @TempDir
    static Path tmp;
    static MonitorData data;
    static ScopedTimelines timelines;
    /** One allocation: ToewijzingNummer, gemeente, aanbieder, BSN, and a provider and municipality it does not concern. */
    static String nr, gemeente, aanbieder, bsn, otherProvider, otherMunicipality;

    @BeforeAll
    static void replay() throws IOException, SQLException {
        data = MonitorData.make(tmp);
        timelines = new ScopedTimelines(data.store(), WorkingDayCalendar.standard());
        try (Connection c = data.store().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.toewijzing_nummer, a.gemeente, a.aanbieder, a.bsn FROM allocation a"
                     + " WHERE (SELECT COUNT(DISTINCT b.aanbieder) FROM allocation b WHERE b.bsn = a.bsn) = 1"
                     + " ORDER BY a.toewijzing_nummer LIMIT 1")) {
            assertTrue(rs.next());
            nr = String.valueOf(rs.getLong(1));
            gemeente = rs.getString(2);
            aanbieder = rs.getString(3);
            bsn = rs.getString(4);
        }
        otherProvider = data.codes("SELECT aanbieder FROM allocation").stream().filter(p -> !p.equals(aanbieder))
                .findFirst().orElseThrow();
        otherMunicipality = data.codes("SELECT gemeente FROM allocation").stream().filter(g -> !g.equals(gemeente))
                .findFirst().orElseThrow();
    }

    @Test
    void everythingAndThePartiesSeeTheTimeline() {
        Timeline full = timelines.byBsn(Scope.all(), bsn, data.asOf()).orElseThrow();
        assertTrue(full.allocations().contains(nr));
        for (String party : List.of(aanbieder, gemeente, gemeente + "," + otherMunicipality)) {
            Timeline t = timelines.byBsn(Scope.parse(party), bsn, data.asOf()).orElseThrow();
            assertEquals(full.entries(), t.entries(), party + ": every message of this client is between these two");
            assertEquals(full.allocations(), t.allocations());
            assertEquals(1, timelines.byToewijzingNummer(Scope.parse(party), nr, data.asOf()).size());
        }
    }

    @Test
    void anotherProviderOrMunicipalityGetsWhatAnUnknownClientGets() {
        for (String stranger : List.of(otherProvider, otherMunicipality)) {
            assertEquals(Optional.empty(), timelines.byBsn(Scope.parse(stranger), bsn, data.asOf()), stranger);
            assertEquals(List.of(), timelines.byToewijzingNummer(Scope.parse(stranger), nr, data.asOf()), stranger);
        }
        assertEquals(Optional.empty(), timelines.byBsn(Scope.all(), "999999990", data.asOf()));
        assertEquals(List.of(), timelines.byToewijzingNummer(Scope.all(), "1", data.asOf()));
        assertEquals(Optional.empty(), timelines.byBsn(Scope.all(), "12345' OR 1=1 --", data.asOf()));
        assertEquals(List.of(), timelines.byToewijzingNummer(Scope.all(), "../1", data.asOf()));
    }

    @Test
    void aProviderOfAClientWithSeveralProvidersSeesOnlyItsOwnMessages() throws SQLException {
        String shared;
        try (Connection c = data.store().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT bsn FROM allocation GROUP BY bsn HAVING COUNT(DISTINCT aanbieder) > 1"
                     + " ORDER BY bsn LIMIT 1")) {
            if (!rs.next()) {
                return; // the generator gives each client one provider: nothing to split
            }
            shared = rs.getString(1);
        }
        Timeline full = timelines.byBsn(Scope.all(), shared, data.asOf()).orElseThrow();
        for (String p : data.codes("SELECT aanbieder FROM allocation WHERE bsn = '" + shared + "'")) {
            Timeline t = timelines.byBsn(Scope.parse(p), shared, data.asOf()).orElseThrow();
            assertTrue(t.entries().size() < full.entries().size());
            assertTrue(t.entries().stream().allMatch(e -> p.equals(e.sender()) || p.equals(e.receiver())));
        }
    }

    @Test
    void theBsnIsHeldForThePrivacyOfficerButShownMasked() {
        Timeline t = timelines.byBsn(Scope.parse(aanbieder), bsn, data.asOf()).orElseThrow();
        assertEquals(bsn, t.bsn());
        assertFalse(t.bsnMasked().contains(bsn.substring(0, 6)));
    }
}
