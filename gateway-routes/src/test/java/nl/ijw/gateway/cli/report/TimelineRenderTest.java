package nl.ijw.gateway.cli.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.timeline.RetourStatus;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.TimelineEntry;

/** The timeline's text: a retour's codes in words, also when it carries none. */
class TimelineRenderTest {

    private static String render(List<String> codes) {
        TimelineEntry e = new TimelineEntry(1, Instant.parse("2026-12-22T09:00:00Z"), null, null, "0599", "41836207",
                "G26T12232", "ACCEPTED", List.of(), List.of(new RetourStatus("JW302", 2, Instant.parse("2026-12-22T09:01:00Z"),
                        false, codes)), List.of());
        Timeline t = new Timeline("193793337", Instant.parse("2027-01-05T12:00:00Z"), List.of("48210604"), List.of(e));
        return TimelineRender.text(t, "******337", "journal");
    }

    @Test
    void aRetourWithoutCodesSaysSoInWords() {
        String text = render(List.of());
        assertTrue(text.contains("    retour JW302 2026-12-22 10:01, no retourcode in it\n"), text);
        assertFalse(text.contains("codes none"), text);
    }

    @Test
    void aRetourWithCodesListsThem() {
        assertTrue(render(List.of("0200", "8001")).contains("    retour JW302 2026-12-22 10:01, codes 0200 8001\n"),
                render(List.of("0200")));
    }
}
