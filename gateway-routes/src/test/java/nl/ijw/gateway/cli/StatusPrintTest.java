package nl.ijw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code status} shows a signal's time as people read it (Amsterdam, whole seconds), not the JSON's UTC instant. */
class StatusPrintTest {

    @Test
    void aSignalsTimeIsShownInAmsterdamAsTheManifestWritesIt() throws Exception {
        var status = new ObjectMapper().readTree("{\"version\":\"t\",\"lastSignals\":[{\"raisedAt\":\"2026-12-04T01:33:17.143331Z\","
                + "\"text\":\"OP274: due 2026-01-26, not arrived (3 working days overdue)\"},"
                + "{\"raisedAt\":\"not a time\",\"text\":\"x\"}]}");
        StringWriter out = new StringWriter();
        StatusCommand.print(new PrintWriter(out, true), status, true);
        assertTrue(out.toString().contains("  2026-12-04T02:33:17+01:00 OP274: due"), out.toString());
        assertTrue(out.toString().contains("  not a time x"), "a text that is no time is shown as it came");
    }

    @Test
    void noSignalsYetIsSaid() throws Exception {
        StringWriter out = new StringWriter();
        StatusCommand.print(new PrintWriter(out, true), new ObjectMapper().readTree(
                "{\"version\":\"t\",\"dataDir\":\"/srv/ijw\",\"lastSignals\":[]}"), true);
        assertTrue(out.toString().contains("last signals: none yet; the SAP findings of all the store holds:"
                + " ./ijw-gateway sap-report /srv/ijw"), "where findings no live watch raised are: " + out);
    }
}
