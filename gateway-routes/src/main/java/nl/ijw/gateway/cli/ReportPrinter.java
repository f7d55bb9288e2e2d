package nl.ijw.gateway.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.LayerResult;
import nl.ijw.gateway.validation.ValidationReport;

/** Writes validation reports as text lines or as one JSON object per line. */
final class ReportPrinter {

    private final PrintWriter out;
    private final boolean json;
    private final ObjectMapper mapper = new ObjectMapper();

    ReportPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(ValidationReport r) {
        if (json) {
            try {
                out.println(mapper.writeValueAsString(toJson(r)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        if (r.isValid()) {
            out.println("VALID " + r.source() + " " + r.messageKind().map(k -> k.type().name()).orElse("?"));
            return;
        }
        Finding first = r.firstError().orElseThrow();
        out.println("INVALID " + r.source() + ": " + at(first) + first.ruleId() + " " + first.text());
        for (Finding f : r.findings()) {
            out.println("  " + at(f) + f.severity() + " " + f.ruleId() + " [" + f.layer() + "]"
                    + (f.location().path().isEmpty() ? "" : " " + f.location().path())
                    + " retourcode " + f.retourCode() + ": " + f.text());
        }
    }

    /** "line:column " or nothing where the finding has no place in the file (line 0). */
    private static String at(Finding f) {
        return f.location().isKnown() ? f.location().line() + ":" + f.location().column() + " " : "";
    }

    static Map<String, Object> toJson(ValidationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.source());
        m.put("valid", r.isValid());
        m.put("type", r.messageKind().map(k -> k.type().name()).orElse(null));
        m.put("release", r.messageKind().map(k -> k.release().version()).orElse(null));
        m.put("size", r.size());
        m.put("schemaVersion", r.schemaVersion());
        m.put("layers", r.layers().stream().map(ReportPrinter::layer).toList());
        m.put("findings", findings(r.layers()));
        return m;
    }

    /** Keys in a fixed order ({@code Map.of} iterates in an order that changes from run to run). */
    private static Map<String, Object> layer(LayerResult l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", l.layer().name());
        m.put("status", l.status().name());
        return m;
    }

    private static List<Map<String, Object>> findings(List<LayerResult> layers) {
        return layers.stream().flatMap(l -> l.findings().stream()).map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().name());
            m.put("layer", f.layer().name());
            m.put("line", f.location().line());
            m.put("column", f.location().column());
            m.put("path", f.location().path());
            m.put("retourCode", f.retourCode());
            m.put("message", f.text());
            return m;
        }).toList();
    }
}
