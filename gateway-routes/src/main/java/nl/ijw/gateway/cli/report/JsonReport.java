package nl.ijw.gateway.cli.report;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.ijw.gateway.sap.report.Basis;
import nl.ijw.gateway.sap.report.Figures;
import nl.ijw.gateway.sap.report.Item;
import nl.ijw.gateway.sap.report.Line;
import nl.ijw.gateway.sap.report.MonthLine;
import nl.ijw.gateway.sap.report.SapReport;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;

/** The report as JSON: fixed key order, sorted lines, ASCII only (so any console shows it). */
public final class JsonReport {

    private JsonReport() {
    }

    static String render(SapReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", "SAP compliance");
        m.put("basis", basis(r.basis()));
        m.put("asOf", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                r.asOf().truncatedTo(ChronoUnit.SECONDS).atZone(SapTracker.AMSTERDAM)));
        m.put("asOfDate", r.asOfDate().toString());
        m.put("timeZone", SapTracker.AMSTERDAM.getId());
        m.put("from", r.from() == null ? null : r.from().toString());
        m.put("to", r.to() == null ? null : r.to().toString());
        m.put("rules", r.rules().stream().map(JsonReport::rule).toList());
        List<Map<String, Object>> providers = new ArrayList<>();
        for (String p : r.providers()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("provider", p);
            o.put("rows", r.rows(p).stream().map(l -> line(l, true)).toList());
            o.put("totals", r.totals(p).stream().map(l -> line(l, false)).toList());
            providers.add(o);
        }
        m.put("providers", providers);
        m.put("totals", r.totals(Line.ALL).stream().map(l -> line(l, false)).toList());
        m.put("ranking", r.ranking().stream().map(Line::provider).toList());
        m.put("months", r.months().stream().map(JsonReport::month).toList());
        m.put("items", r.items().stream().map(JsonReport::item).toList());
        try {
            ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
            return mapper.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> basis(Basis b) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("source", b.source().name());
        o.put("path", b.path());
        if (b.messages() != null) {
            o.put("messages", b.messages());
            o.put("firstReceipt", b.first() == null ? null : b.first().toString());
            o.put("lastReceipt", b.last() == null ? null : b.last().toString());
        }
        o.put("description", b.english());
        return o;
    }

    private static Map<String, Object> month(MonthLine ml) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("provider", ml.provider());
        o.put("month", ml.month().toString());
        Figures f = ml.figures();
        o.put("due", f.due());
        o.put("onTime", f.onTime());
        o.put("late", f.late());
        o.put("overdue", f.overdue());
        o.put("onTimePercent", f.onTimePercent());
        return o;
    }

    /** A drill-down item: no client, no BSN; the messages by type and Identificatie. */
    private static Map<String, Object> item(Item i) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("provider", i.provider());
        o.put("rule", i.rule());
        o.put("kind", i.kind().name());
        o.put("awaitedFrom", i.awaitedFrom().name());
        o.put("waitingType", i.waiting() == null ? null : i.waiting().messageType());
        o.put("waitingIdentificatie", i.waiting() == null ? null : i.waiting().identificatie());
        o.put("toewijzingNummer", i.toewijzingNummer());
        o.put("due", i.due().toString());
        o.put("actual", i.actual() == null ? null : i.actual().toString());
        // An allocation without start is not late by any number of days: OP271 is not judged yet.
        o.put("workingDaysLate", i.kind() == Item.Kind.WITHOUT_START ? null : i.workingDaysLate());
        o.put("lateType", i.fulfilledBy() == null ? null : i.fulfilledBy().messageType());
        o.put("lateIdentificatie", i.fulfilledBy() == null ? null : i.fulfilledBy().identificatie());
        return o;
    }

    private static Map<String, Object> rule(SapRule rule) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", rule.id());
        o.put("workingDays", rule.workingDays());
        o.put("createdBy", rule.createdBy());
        o.put("fulfilledBy", rule.fulfilledBy());
        return o;
    }

    private static Map<String, Object> line(Line l, boolean withRule) {
        Figures f = l.figures();
        Map<String, Object> o = new LinkedHashMap<>();
        if (withRule) {
            o.put("rule", l.rule());
        }
        o.put("awaitedFrom", l.awaitedFrom().name());
        o.put("due", f.due());
        o.put("onTime", f.onTime());
        o.put("late", f.late());
        o.put("overdue", f.overdue());
        o.put("pending", f.pending());
        o.put("withoutStart", f.withoutStart());
        o.put("onTimePercent", f.onTimePercent());
        o.put("medianWorkingDaysLate", f.medianWorkingDaysLate());
        o.put("p90WorkingDaysLate", f.p90WorkingDaysLate());
        return o;
    }
}
