package nl.ijw.gateway.sap;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.MessageKey;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.Expectations;
import nl.ijw.gateway.store.StateStore;
import nl.ijw.gateway.store.Tx;

/**
 * The SAP bookkeeping for one processed message: creates expectations on its behalf and fulfils
 * the ones it meets, collecting LATE findings. Lives for one message, inside its transaction.
 */
final class SapStep {

    final SapConfig config;
    final WorkingDayCalendar calendar;
    final IjwMessage message;
    final long journalId;
    /** Receipt date in Europe/Amsterdam: the send moment of the message for the SAP. */
    final LocalDate today;
    final StateStore state;
    private final Expectations expectations;
    private final List<SapFinding> findings = new ArrayList<>();

    SapStep(Tx tx, SapConfig config, WorkingDayCalendar calendar, IjwMessage message, long journalId, LocalDate today) {
        this.config = config;
        this.calendar = calendar;
        this.message = message;
        this.journalId = journalId;
        this.today = today;
        this.state = tx.state();
        this.expectations = tx.expectations();
    }

    List<SapFinding> findings() {
        return findings;
    }

    LocalDate due(String rule, LocalDate base) {
        return calendar.addWorkingDays(base, config.rule(rule).workingDays());
    }

    /** Expects a message under {@code key} for each rule that is on and has not expected it yet. */
    void expectOnce(String key, LocalDate base, String toewijzingNummer, String referentie, String... rules)
            throws SQLException {
        List<Expectation> known = null;
        for (String rule : rules) {
            if (!config.enabled(rule)) {
                continue;
            }
            if (known == null) {
                known = expectations.byKey(key);
            }
            if (known.stream().noneMatch(e -> e.rule().equals(rule))) {
                insert(rule, key, base, toewijzingNummer, referentie);
            }
        }
    }

    /**
     * Expects a message under a key that cannot have been used before: one built from this
     * message's own identity, which TR056 has just claimed (no lookup needed).
     */
    void expectNew(String rule, String key) throws SQLException {
        if (config.enabled(rule)) {
            insert(rule, key, today, null, null);
        }
    }

    /**
     * Expects the retour of this heen-message (OP090), unless it came already: a retour can arrive
     * before its heen-message is journaled here (the heen went another route first, a history out
     * of order); it left a note ({@link #noteEarlyRetour}), and then the deadline is met by it, on
     * time. Without the note the heen-message awaited a retour that had come, and was reported overdue.
     */
    void expectRetour(String key) throws SQLException {
        if (!config.enabled(SapRule.OP090)) {
            return;
        }
        Optional<Expectation> early = expectations.byKey(key).stream().filter(SapStep::isEarlyRetour).findFirst();
        if (early.isEmpty()) {
            insert(SapRule.OP090, key, today, null, null);
            return;
        }
        expectations.insertMet(new Expectation(0, SapRule.OP090, key, due(SapRule.OP090, today), Expectation.Status.DONE,
                today, message.type().name(), message.header().identificatie(), message.header().afzender().code(),
                message.header().ontvanger().code(), null, null, journalId), early.get().journalId());
    }

    /**
     * A retour that met nothing: kept as a CANCELLED OP090 row under its key, created by the retour
     * itself (counted nowhere, watched never), so that its heen-message, should it come later, knows.
     */
    void noteEarlyRetour(String key) throws SQLException {
        if (config.enabled(SapRule.OP090)) {
            expectations.insert(new Expectation(0, SapRule.OP090, key, today, Expectation.Status.CANCELLED, today,
                    message.type().name(), message.header().identificatie(), message.header().afzender().code(),
                    message.header().ontvanger().code(), null, null, journalId));
        }
    }

    private static boolean isEarlyRetour(Expectation e) {
        return e.rule().equals(SapRule.OP090) && e.status() == Expectation.Status.CANCELLED
                && MessageType.valueOf(e.messageType()).isRetour();
    }

    private void insert(String rule, String key, LocalDate base, String toewijzingNummer, String referentie)
            throws SQLException {
        Party afzender = message.header().afzender();
        Party ontvanger = message.header().ontvanger();
        expectations.insert(new Expectation(0, rule, key, due(rule, base), Expectation.Status.OPEN, today,
                message.type().name(), message.header().identificatie(), afzender.code(), ontvanger.code(),
                toewijzingNummer, referentie, journalId));
    }

    /** Whether an expectation of this rule under this key was met before (by an earlier message). */
    boolean metBefore(String rule, String key) throws SQLException {
        return expectations.byKey(key).stream()
                .anyMatch(e -> e.rule().equals(rule) && e.status() == Expectation.Status.DONE);
    }

    /** Records a deadline this message met (or missed) without its having been awaited; returns its id. */
    long recordMet(String rule, String key, LocalDate due, String toewijzingNummer) throws SQLException {
        return expectations.insertMet(new Expectation(0, rule, key, due, Expectation.Status.DONE, today,
                message.type().name(), message.header().identificatie(), message.header().afzender().code(),
                message.header().ontvanger().code(), toewijzingNummer, null, journalId), journalId);
    }

    List<Expectation> awaited(String key) throws SQLException {
        return expectations.byKey(key).stream().filter(Expectation::isAwaited).toList();
    }

    /**
     * This message meets every awaited expectation under {@code key}; each one it meets after its
     * due date ({@code dueOf}, usually the stored one, and stored with it) gives a LATE finding. Returns how many it met.
     */
    int fulfil(String key, String lateMessageId, Function<Expectation, LocalDate> dueOf) throws SQLException {
        List<Expectation> met = awaited(key);
        for (Expectation e : met) {
            LocalDate due = dueOf.apply(e);
            expectations.fulfil(e.id(), journalId, due);
            SapRule rule = config.rule(e.rule());
            // A monitoring signal has no deadline to be late for; a rule switched off reports nothing.
            if (rule.enabled() && rule.kind() != SapFinding.Kind.WARNING && today.isAfter(due)) {
                // The watch judged the stored due date; one breach, so the LATE says whether it was flagged.
                LocalDate flagged = rule.watched() ? expectations.overdueSince(e.id(), e.due()) : null;
                lateIfAfter(e.rule(), due, lateMessageId, e.messageId(), e.toewijzingNummer(), e.referentie(), e.id(),
                        flagged);
            }
        }
        return met.size();
    }

    void lateIfAfter(String rule, LocalDate due, String lateMessageId, String referenceId, String toewijzingNummer,
                     String referentie, long expectationId, LocalDate overdueSince) {
        if (!today.isAfter(due)) {
            return;
        }
        Party sender = MessageKey.of(message).sender();
        Party receiver = sender.equals(message.header().afzender()) ? message.header().ontvanger()
                : message.header().afzender();
        findings.add(new SapFinding(rule, SapFinding.Kind.LATE, due, today, calendar.workingDaysBetween(due, today),
                message.type().name(), lateMessageId, sender.code(), receiver.code(), journalId, referenceId,
                toewijzingNummer, referentie, expectationId, overdueSince));
    }

    /** Nothing under this key is awaited any more. */
    void cancel(String key) throws SQLException {
        expectations.cancel(key);
    }

    /**
     * Nothing of this withdrawn allocation under the key prefix (START or STOP, {@link
     * SapKeys#allocationPrefix}) is awaited or counted any more: withdrawn counts as never sent.
     */
    void cancelAllocation(String kind, Party gemeente, ToewijzingNummer nummer) throws SQLException {
        expectations.cancelByPrefix(SapKeys.allocationPrefix(kind, gemeente, nummer), nummer.toString());
    }

    void moveDue(Expectation e, LocalDate due) throws SQLException {
        expectations.moveDue(e, due);
    }
}
