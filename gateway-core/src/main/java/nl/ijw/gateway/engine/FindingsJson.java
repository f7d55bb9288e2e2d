package nl.ijw.gateway.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ijw.gateway.validation.Finding;

/** Findings as JSON for the journal. Texts are already masked; the subject holds only a masked BSN. */
public final class FindingsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FindingsJson() {
    }

    public static String write(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "[]"; // the common case, on the hot path
        }
        List<Map<String, Object>> list = findings.stream().map(FindingsJson::toMap).toList();
        try {
            return MAPPER.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> toMap(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().name());
        m.put("layer", f.layer().name());
        m.put("line", f.location().line());
        m.put("path", f.location().path());
        m.put("retourCode", f.retourCode());
        m.put("text", f.text());
        if (f.subject().toewijzingNummer() != null) {
            m.put("toewijzingNummer", f.subject().toewijzingNummer());
        }
        if (f.subject().referentie() != null) {
            m.put("referentie", f.subject().referentie());
        }
        if (f.subject().bsnMasked() != null) {
            m.put("bsnMasked", f.subject().bsnMasked());
        }
        return m;
    }
}
