package nl.ijw.gateway.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.TimelineEntry;
import nl.ijw.gateway.timeline.Timelines;

/**
 * The HTML report asks for the timelines of every client with a finding at once, read in one pass
 * over each table: each must be exactly the client's timeline asked alone, with nothing of another
 * client's and nothing missing.
 */
class TimelinesTogetherTest {

    @TempDir
    static Path tmp;

    @Test
    void everyClientAskedTogetherGetsTheTimelineItGetsAlone() throws IOException {
        MonitorData data = MonitorData.make(tmp);
        List<String> bsns = data.codes("SELECT bsn FROM allocation");
        assertTrue(bsns.size() > 50, "clients: " + bsns.size());
        try (Timelines t = Timelines.openDataDir(data.dataDir(), WorkingDayCalendar.standard())) {
            Map<String, Timeline> together = t.of(bsns, data.asOf());
            assertEquals(bsns, List.copyOf(together.keySet()), "in the order asked");
            for (String bsn : bsns) {
                Timeline alone = t.of(bsn, data.asOf());
                assertEquals(alone, together.get(bsn), "client " + alone.bsnMasked());
            }
            List<TimelineEntry> all = together.values().stream().flatMap(tl -> tl.entries().stream()).toList();
            assertTrue(all.stream().anyMatch(e -> e.retours().stream().anyMatch(r -> r.fromGateway())), "gateway retours");
            assertTrue(all.stream().anyMatch(e -> e.retours().stream().anyMatch(r -> !r.fromGateway() && !r.codes().isEmpty())),
                    "the other party's retours, with codes");
            assertTrue(together.values().stream().mapToLong(Timeline::findings).sum() > 0, "SAP findings");
        }
    }
}
