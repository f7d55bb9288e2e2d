package nl.ijw.gateway.cli.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.timeline.Deadline;
import nl.ijw.gateway.timeline.Fact;
import nl.ijw.gateway.timeline.RetourStatus;
import nl.ijw.gateway.timeline.Timeline;
import nl.ijw.gateway.timeline.TimelineEntry;

/**
 * A client's timeline as text (one block per message) or JSON. Times in Europe/Amsterdam. The BSN
 * appears only as given: masked unless the caller unmasked it (and logged that).
 */
public final class TimelineRender {

    /** The text and the JSON keep English words and ISO dates: scripts read them. */
    private static final TimelineWords WORDS = TimelineWords.ENGLISH;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimelineRender() {
    }

    /** @param bsnShown the BSN as it may be shown: masked, or in clear when unmasked */
    public static String text(Timeline t, String bsnShown, String basis) {
        StringBuilder out = new StringBuilder();
        out.append("Timeline of client ").append(bsnShown).append(" (allocations ")
                .append(t.allocations().isEmpty() ? "none" : String.join(", ", t.allocations())).append(")\n")
                .append("As of ").append(iso(t)).append(" (").append(SapTracker.AMSTERDAM.getId()).append("); ")
                .append(basis).append('\n')
                .append(count(t.entries().size(), "message")).append(", ").append(count((int) t.findings(), "SAP finding"))
                .append('\n');
        for (TimelineEntry e : t.entries()) {
            out.append('\n').append(local(e.receivedAt())).append("  ").append(orDash(e.messageType())).append(' ')
                    .append(WORDS.title(e)).append("  ").append(orDash(e.from())).append(" -> ").append(orDash(e.to()))
                    .append("  Identificatie ").append(orDash(e.identificatie())).append("  ").append(e.verdict())
                    .append("  [journal ").append(e.journalId()).append("]\n");
            for (Fact f : e.facts()) {
                out.append("    ").append(WORDS.fact(f)).append('\n');
            }
            for (RetourStatus r : e.retours()) {
                out.append(r.messageType() != null && r.messageType().equals("JW325") ? "    answer " : "    retour ")
                        .append(r.messageType()).append(" ").append(local(r.receivedAt()))
                        .append(r.fromGateway() ? " (sent by the gateway)" : "")
                        .append(r.codes().isEmpty() ? ", no retourcode in it" : ", codes " + String.join(" ", r.codes()))
                        .append('\n');
            }
            if (e.awaitingRetour()) {
                out.append("    retour: none yet\n");
            }
            for (Deadline d : e.deadlines()) {
                out.append(d.outcome().isFinding() ? "  ! " : "    ").append(WORDS.deadline(d)).append('\n');
            }
        }
        return out.toString();
    }

    public static String json(Timeline t, String bsnShown, boolean unmasked, String basis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timeline", "client");
        m.put(unmasked ? "bsn" : "bsnMasked", bsnShown);
        m.put("allocations", t.allocations());
        m.put("asOf", iso(t));
        m.put("timeZone", SapTracker.AMSTERDAM.getId());
        m.put("basis", basis);
        m.put("findings", t.findings());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (TimelineEntry e : t.entries()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("journalId", e.journalId());
            o.put("receivedAt", zoned(e.receivedAt()));
            o.put("messageType", e.messageType());
            o.put("title", WORDS.title(e));
            o.put("sender", e.from());
            o.put("receiver", e.to());
            o.put("identificatie", e.identificatie());
            o.put("verdict", e.verdict());
            o.put("facts", e.facts().stream().map(WORDS::fact).toList());
            o.put("retours", e.retours().stream().map(TimelineRender::retour).toList());
            o.put("awaitingRetour", e.awaitingRetour());
            o.put("deadlines", e.deadlines().stream().map(TimelineRender::deadline).toList());
            entries.add(o);
        }
        m.put("entries", entries);
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build().writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> retour(RetourStatus r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("messageType", r.messageType());
        o.put("journalId", r.journalId());
        o.put("receivedAt", zoned(r.receivedAt()));
        o.put("fromGateway", r.fromGateway());
        o.put("codes", r.codes());
        return o;
    }

    private static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", d.rule());
        o.put("outcome", d.outcome().name());
        o.put("finding", d.outcome().isFinding());
        o.put("due", d.due().toString());
        o.put("actual", d.actual() == null ? null : d.actual().toString());
        o.put("workingDaysLate", d.workingDaysLate());
        o.put("metByJournalId", d.metBy());
        o.put("awaitedFrom", d.awaitedFrom());
        return o;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String iso(Timeline t) {
        return zoned(t.asOf());
    }

    private static String zoned(java.time.Instant i) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.truncatedTo(ChronoUnit.SECONDS).atZone(SapTracker.AMSTERDAM));
    }

    private static String local(java.time.Instant i) {
        ZonedDateTime z = i.atZone(SapTracker.AMSTERDAM);
        return MINUTE.format(z);
    }
}
