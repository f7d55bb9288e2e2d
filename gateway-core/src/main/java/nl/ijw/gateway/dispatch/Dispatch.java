package nl.ijw.gateway.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.Verdict;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.serve.Role;
import nl.ijw.gateway.serve.ServedGate;
import nl.ijw.gateway.validation.Finding;

/**
 * Where the outputs of a decided message go (issue 9, sections 2 and 3). Pure: the same outcome
 * gives the same outputs, so a redelivery or a replay routes alike.
 */
public final class Dispatch {

    /** Party codes become address names; anything but letters and digits could name another address. */
    private static final Pattern ADDRESS_SAFE = Pattern.compile("[0-9A-Za-z]{1,16}");

    private Dispatch() {
    }

    /**
     * @param correlationId the input's JMSMessageID (null for a file), set as JMSCorrelationID
     * @param findingsJson  the findings as journaled, carried by a rejected copy
     */
    public static List<Output> of(Outcome o, Role role, String correlationId, String findingsJson, Instant receivedAt) {
        return of(o, role, correlationId, findingsJson, receivedAt, null);
    }

    /** @param bsnMasked the masked BSN of the decided message's client, for its signals (null: none or several) */
    public static List<Output> of(Outcome o, Role role, String correlationId, String findingsJson, Instant receivedAt,
                                  String bsnMasked) {
        List<Output> out = new ArrayList<>();
        Map<String, String> base = base(o, correlationId);
        if (failed(o)) {
            out.add(new Output(Output.Kind.FAILED, Output.DLQ, with(base, Properties.ERROR, firstText(o)), o.journalId(), null));
            return out;
        }
        boolean accepted = o.verdict() == Verdict.ACCEPTED;
        o.response().ifPresent(r -> {
            if (safe(o.sender())) {
                out.add(answer(o, r, correlationId));
            }
        });
        if (accepted && (role == Role.TO_SERVED || role == Role.FROM_SERVED) && safe(o.to())) {
            out.add(new Output(Output.Kind.FORWARD, Output.OUT_PREFIX + o.to(), with(base, Properties.KIND, "FORWARD"),
                    o.journalId(), null));
        } else {
            out.add(rejected(o, role, base, findingsJson, accepted));
        }
        for (SapFinding f : o.sapFindings()) {
            out.add(SignalJson.output(f, receivedAt, bsnMasked));
        }
        return out;
    }

    /**
     * A FAILED verdict (issue 8: the message broke the engine for its own sake) goes to the DLQ at
     * once. Compared by name so this compiles with and without that verdict.
     */
    static boolean failed(Outcome o) {
        return "FAILED".equals(o.verdict().name());
    }

    private static Output answer(Outcome o, Outcome.Response r, String correlationId) {
        Map<String, String> p = new TreeMap<>();
        p.put(Properties.TYPE, r.type().name());
        // A retour keeps the heen-message's header; a JW325 goes from the claim's receiver to its sender.
        p.put(Properties.SENDER, nz(o.receiver()));
        p.put(Properties.RECEIVER, nz(o.sender()));
        p.put(Properties.MESSAGE_ID, r.identificatie());
        p.put(Properties.VERDICT, Verdict.ACCEPTED.name());
        p.put(Properties.JOURNAL_ID, Long.toString(r.journalId()));
        p.put(Properties.IN_REPLY_TO, nz(o.identificatie()));
        p.put(Properties.KIND, "ANSWER");
        if (correlationId != null) {
            p.put(Properties.CORRELATION, correlationId);
        }
        return new Output(Output.Kind.ANSWER, Output.OUT_PREFIX + o.sender(), p, r.journalId(), null);
    }

    private static Output rejected(Outcome o, Role role, Map<String, String> base, String findingsJson, boolean accepted) {
        Map<String, String> p = new TreeMap<>(base);
        p.put(Properties.KIND, "REJECTED");
        p.put(Properties.FINDINGS, findingsJson == null ? "[]" : findingsJson);
        p.put(Properties.REASON, reason(o, role, accepted));
        return new Output(Output.Kind.REJECTED, Output.REJECTED_QUEUE, p, o.journalId(), null);
    }

    private static String reason(Outcome o, Role role, boolean accepted) {
        if (role == Role.UNIDENTIFIED) {
            return "no sender or receiver could be read: " + firstText(o);
        }
        if (role == Role.FOREIGN) {
            // Why it is not the gateway's, also when it is invalid besides: its own findings are another gateway's to judge.
            return o.findings().stream().filter(f -> f.ruleId().equals(ServedGate.RULE)).findFirst()
                    .map(Dispatch::text).orElseGet(() -> firstText(o));
        }
        if (accepted) {
            return "receiver code '" + o.to() + "' cannot name an address";
        }
        return (role == Role.FROM_SERVED ? "not forwarded: " : "rejected: ") + firstText(o);
    }

    private static String firstText(Outcome o) {
        return o.findings().stream().filter(Finding::isError).findFirst().map(Dispatch::text).orElse("no finding");
    }

    private static String text(Finding f) {
        return f.ruleId() + (f.retourCode() == null ? "" : " " + f.retourCode()) + ": " + f.text();
    }

    private static Map<String, String> base(Outcome o, String correlationId) {
        Map<String, String> p = new TreeMap<>();
        p.put(Properties.TYPE, o.type() == null ? "" : o.type().name());
        // Who sends it and to whom, as the gateway's own retours say (a retour keeps its heen-message's header).
        p.put(Properties.SENDER, nz(o.from()));
        p.put(Properties.RECEIVER, nz(o.to()));
        // A retour's own identity is its IdentificatieRetour; its Identificatie names the message answered.
        p.put(Properties.MESSAGE_ID, nz(o.isRetour() ? o.identificatieRetour() : o.identificatie()));
        // A JW325 is no retour but answers a claim too: forwarded or rejected, it names the claim as the gateway's own does.
        if (o.isAnswer()) {
            p.put(Properties.IN_REPLY_TO, nz(o.inReplyTo()));
        }
        p.put(Properties.VERDICT, o.verdict().name());
        p.put(Properties.JOURNAL_ID, Long.toString(o.journalId()));
        if (correlationId != null) {
            p.put(Properties.CORRELATION, correlationId);
        }
        return p;
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> p = new TreeMap<>(base);
        p.put(key, value);
        return p;
    }

    private static boolean safe(String code) {
        return code != null && ADDRESS_SAFE.matcher(code).matches();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
