package nl.ijw.gateway.replay;

import nl.ijw.gateway.text.Counts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The result of a replay, written as {@code report.json}. It holds no wall-clock time or
 * machine path, and findings are sorted, so the same history gives a byte-identical report.
 *
 * @param failed messages the engine could not decide (a defect of the gateway, journaled as
 *               FAILED): neither accepted nor rejected; each has one finding of kind FAILED
 */
public record ReplayReport(int messages, int accepted, int rejected, int failed, int answers, String schemaVersion,
                           String rulesetVersion, List<ReplayFinding> findings) {

    public ReplayReport {
        findings = findings.stream().sorted(ReplayFinding.ORDER).toList();
    }

    public void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.write(file, (mapper.writeValueAsString(toMap()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messages", messages);
        m.put("accepted", accepted);
        m.put("rejected", rejected);
        m.put("failed", failed);
        m.put("answers", answers);
        m.put("schemaVersion", schemaVersion.replaceAll("^dir .* (sha256:)", "dir $1"));
        m.put("rulesetVersion", rulesetVersion);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReplayFinding f : findings) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("seq", f.seq());
            o.put("rule", f.rule());
            o.put("kind", f.kind());
            o.put("retourCode", f.retourCode());
            o.put("messageType", f.messageType());
            o.put("messageId", f.messageId());
            o.put("sender", f.sender());
            o.put("receiver", f.receiver());
            o.put("file", f.file());
            putIfSet(o, "toewijzingNummer", f.toewijzingNummer());
            putIfSet(o, "referentie", f.referentie());
            putIfSet(o, "bsnMasked", f.bsnMasked());
            putIfSet(o, "path", f.path());
            putIfSet(o, "text", f.text());
            if (f.isSap()) {
                o.put("due", f.due());
                o.put("actual", f.actual());
                o.put("workingDaysLate", f.workingDaysLate());
                if (f.overdueSince() != null) {
                    o.put("overdueSince", f.overdueSince());
                }
            }
            list.add(o);
        }
        m.put("findings", list);
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }

    public String summary() {
        return "replayed " + Counts.of(messages, "message") + ": " + Counts.number(accepted) + " accepted, "
                + Counts.number(rejected) + " rejected, " + Counts.number(failed) + " failed, "
                + Counts.of(findings.size(), "finding") + notJudged() + ", "
                + Counts.of(answers, "retour/answer", "retours/answers");
    }

    /** Said in the summary, since an auditor must know which rules could not be applied. */
    private String notJudged() {
        long n = findings.stream().filter(f -> f.kind().equals(Replay.NOT_JUDGED)).count();
        return n == 0 ? "" : " (" + Counts.number(n) + " of them a rule not judged for lack of earlier messages,"
                + " see docs/rules.md)";
    }
}
