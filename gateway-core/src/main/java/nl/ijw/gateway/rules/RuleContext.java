package nl.ijw.gateway.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.StateStore;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.Location;
import nl.ijw.gateway.validation.Severity;

/**
 * What a rule sees: the message, the state before it, the moment of receipt (the "now" of the
 * rules, also in a replay) and the configuration; and where it reports breaches.
 */
public final class RuleContext {

    /** iJw dates are Dutch calendar dates. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final IjwMessage message;
    private final StateStore state;
    private final Instant receivedAt;
    private final RulesConfig config;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Optional<Allocation>> allocations = new HashMap<>();
    private LocalDate recordStart;

    public RuleContext(IjwMessage message, StateStore state, Instant receivedAt, RulesConfig config) {
        this.message = message;
        this.state = state;
        this.receivedAt = receivedAt;
        this.config = config;
    }

    public IjwMessage message() {
        return message;
    }

    public StateStore state() {
        return state;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The receipt date in the Netherlands. */
    public LocalDate today() {
        return receivedAt.atZone(AMSTERDAM).toLocalDate();
    }

    /**
     * The allocation (gemeente, ToewijzingNummer) as the state holds it before this message. Many
     * rules look at the same allocation; the state does not change while rules run, so one query
     * per message suffices.
     */
    public Optional<Allocation> allocation(Party gemeente, ToewijzingNummer nummer) throws SQLException {
        String key = gemeente.code() + "/" + nummer.value();
        Optional<Allocation> a = allocations.get(key);
        if (a == null) {
            a = state.allocation(gemeente, nummer);
            allocations.put(key, a);
        }
        return a;
    }

    /**
     * Whether the gateway has seen every message sent on or after {@code day}: its record began on
     * or before that day (the earliest receipt in the journal; this message when it is the first).
     * A rule that rejects because an earlier message is missing asks this first: a message sent
     * before the gateway's record may exist, and the gateway then cannot know, so it must not reject.
     */
    public boolean sawEverythingSince(LocalDate day) throws SQLException {
        if (recordStart == null) {
            Instant first = state.firstReceipt().filter(t -> t.isBefore(receivedAt)).orElse(receivedAt);
            recordStart = first.atZone(AMSTERDAM).toLocalDate();
        }
        return !day.isBefore(recordStart);
    }

    /**
     * Whether an allocation the store does not hold was never sent. Nothing in a start or claim
     * bounds when its JW301 was sent, so only configuration can say that the store holds them all.
     */
    public boolean knowsEveryAllocation() {
        return config.allocationsComplete();
    }

    /**
     * Says, without rejecting, that {@code rule} could not be judged here because the gateway lacks
     * what it needs: a WARNING with no retourcode, so the verdict and the retour stay as they are.
     */
    public void notJudged(TechnicalRule rule, String path, String text, Finding.Subject subject) {
        findings.add(new Finding(rule.id(), Severity.WARNING, Layer.RULES, new Location(0, 0, path), null, text,
                subject));
    }

    /** Whether {@code f} is a rule's "not judged" (see {@link #notJudged}), not a breach. */
    public static boolean isNotJudged(Finding f) {
        return f.layer() == Layer.RULES && f.severity() == Severity.WARNING && f.retourCode() == null;
    }

    /** {@link #notJudged} for an allocation the store does not hold while it may not hold them all. */
    public void unknownAllocationNotJudged(TechnicalRule rule, String path, Object nummer, Finding.Subject subject) {
        notJudged(rule, path, "allocation " + nummer + " is not known to the gateway; it may have been sent before"
                + " the gateway's record began, so " + rule.id() + " (" + rule.retourCode() + ") was not judged. Once"
                + " the store holds every allocation, set rules.allocations.complete=true (replay, sap-report and"
                + " timeline: --allocations-complete)", subject);
    }

    public RulesConfig config() {
        return config;
    }

    /** Reports a breach of {@code rule} on the message class at {@code path}. */
    public void reject(TechnicalRule rule, String path, String text, Finding.Subject subject) {
        findings.add(new Finding(rule.id(), Severity.ERROR, Layer.RULES, new Location(0, 0, path), rule.retourCode(),
                text, subject));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
