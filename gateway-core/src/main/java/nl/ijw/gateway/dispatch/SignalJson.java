package nl.ijw.gateway.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.privacy.NamedClients;
import nl.ijw.gateway.sap.SapFinding;

/** A SAP finding as the JSON signal on {@code ijw.signals} (docs/messaging.md). */
public final class SignalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignalJson() {
    }

    /** @param raisedAt the receipt time of the message that raised it, or the watch's scan time */
    public static Output output(SapFinding f, Instant raisedAt) {
        return output(f, raisedAt, null);
    }

    /**
     * @param bsnMasked the client's BSN, masked ({@link #bsnMasked(byte[])} of the signal's message),
     *                  or null when the message names no single client
     */
    public static Output output(SapFinding f, Instant raisedAt, String bsnMasked) {
        Map<String, String> p = new TreeMap<>();
        p.put(Properties.KIND, "SIGNAL");
        p.put("IjwSignalKind", f.kind().name());
        p.put("IjwRule", f.rule());
        p.put(Properties.TYPE, nz(f.messageType()));
        p.put(Properties.MESSAGE_ID, nz(f.messageId()));
        p.put(Properties.JOURNAL_ID, Long.toString(f.journalId()));
        p.put("IjwExpectationId", Long.toString(f.expectationId()));
        return new Output(Output.Kind.SIGNAL, Output.SIGNALS, p, null, json(f, raisedAt, bsnMasked));
    }

    /**
     * The masked BSN of the one client a message is about (the message of a signal's
     * {@code journalId}), or null when it names none or several: then the signal cannot say whose
     * care it is about, and does not guess.
     */
    public static String bsnMasked(byte[] xml) {
        return NamedClients.single(xml).map(Masking::bsn).orElse(null);
    }

    static byte[] json(SapFinding f, Instant raisedAt, String bsnMasked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().name());
        m.put("rule", f.rule());
        m.put("due", str(f.due()));
        m.put("actual", str(f.actual()));
        m.put("workingDaysLate", f.workingDaysLate());
        // One breach, one id: a LATE with overdueSince resolves the OVERDUE signal of the same expectation.
        m.put("expectationId", f.expectationId());
        m.put("overdueSince", str(f.overdueSince()));
        m.put("provider", party(f, false));
        m.put("municipality", party(f, true));
        m.put("messageType", f.messageType());
        m.put("messageId", f.messageId());
        m.put("toewijzingNummer", f.toewijzingNummer());
        m.put("bsnMasked", bsnMasked);
        m.put("journalId", f.journalId());
        m.put("raisedAt", raisedAt.toString());
        m.put("text", f.text());
        try {
            return MAPPER.writeValueAsString(m).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String party(SapFinding f, boolean municipality) {
        for (String c : new String[] {f.sender(), f.receiver()}) {
            if (c != null && (c.length() == 4) == municipality) {
                return c;
            }
        }
        return null;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
