package nl.ijw.gateway.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.MessageKey;
import nl.ijw.gateway.domain.MessageMapper;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.privacy.Masking;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapFinding;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.JournalEntry;
import nl.ijw.gateway.store.Tx;
import nl.ijw.gateway.validation.ElementLines;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.Location;
import nl.ijw.gateway.validation.MessageHeader;
import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.Severity;
import nl.ijw.gateway.validation.ValidationReport;
import nl.ijw.gateway.validation.XmlCheck;

/**
 * The heart of the gateway, shared by the live routes and the replay: takes a message with its
 * receipt and decides everything about it. Validation happens outside the transaction; the
 * journal entry, the duplicate check, the rules, the state changes and the answer commit
 * together, journal first, so a crash can never half-apply a message.
 *
 * <p>Every message gets an outcome. What nobody foresaw (a {@link RuntimeException} while
 * preparing or deciding one message, i.e. a defect of the gateway) rolls back that message's
 * transaction only; the message is then journaled in a fresh transaction with its raw bytes,
 * verdict {@link Verdict#FAILED} and a {@value #SYSTEM_RULE} finding, no answer is sent, and the
 * caller goes on with the next message. Only when even that entry cannot be written (the database
 * is down) does the engine throw, a {@link SystemFailure}: nothing was recorded then. So a caller
 * tells the two apart without looking inside: a FAILED outcome is recorded and goes to the
 * dead-letter queue (acknowledge it); a SystemFailure must not be acknowledged and is retried.
 */
public final class ProcessingEngine {

    /** TR056: Identificatie must be unique per Afzender. */
    public static final String DUPLICATE_RULE = "TR056";
    public static final String DUPLICATE_CODE = "9056";
    /** The rule id of the finding on a FAILED message: deciding it broke on a defect of the gateway. */
    public static final String SYSTEM_RULE = SystemFinding.RULE;

    private final MessageValidator validator;
    private final Database database;
    private final RuleSet rules;
    private final RulesConfig config;
    private final Responder responder;
    private final SapTracker sap;
    /** Lines for the rules' findings, which name an element by path only. */
    private final ElementLines lines = new ElementLines();

    public ProcessingEngine(MessageValidator validator, Database database, RuleSet rules, RulesConfig config,
                            Responder responder) {
        this(validator, database, rules, config, responder, SapTracker.standard());
    }

    public ProcessingEngine(MessageValidator validator, Database database, RuleSet rules, RulesConfig config,
                            Responder responder, SapTracker sap) {
        this.validator = validator;
        this.database = database;
        this.rules = rules;
        this.config = config;
        this.responder = responder;
        this.sap = sap;
    }

    /**
     * A message validated and mapped, ready to be decided on, with what can be worked out before
     * the state is seen: its digest, its answer's identity and date, and the answer it gets if the
     * rules find nothing more (built here, off the writer's thread; rebuilt when they do).
     *
     * @param report  null only when validation itself broke ({@code failure} says how)
     * @param failure what broke while preparing (a defect of the gateway), or null: the commit
     *                then journals the message as FAILED instead of deciding it
     */
    public record Prepared(byte[] bytes, Receipt receipt, ValidationReport report, IjwMessage message, String sha256,
                           String answerId, LocalDate answerDate, List<Finding> answerBasis,
                           Optional<Responder.Answer> answer, RuntimeException failure) {

        public Prepared(byte[] bytes, Receipt receipt, ValidationReport report, IjwMessage message, String sha256,
                        String answerId, LocalDate answerDate, List<Finding> answerBasis,
                        Optional<Responder.Answer> answer) {
            this(bytes, receipt, report, message, sha256, answerId, answerDate, answerBasis, answer, null);
        }
    }

    /**
     * Decides one message and commits what became of it.
     *
     * @return its outcome, also {@link Verdict#FAILED} when deciding broke (recorded, no answer)
     * @throws SystemFailure when the message could not be recorded at all; do not acknowledge it
     */
    public Outcome process(byte[] bytes, Receipt receipt) {
        return commit(prepare(bytes, receipt));
    }

    /**
     * The stateless half: validation and mapping. Thread-safe, so callers may prepare messages on
     * several threads ahead of the single writer. Never throws: a failure is carried to the commit.
     */
    public Prepared prepare(byte[] bytes, Receipt receipt) {
        String sha = sha256(bytes);
        String answerId = AnswerIds.of(receipt, sha);
        LocalDate date = receipt.receivedAt().atZone(RuleContext.AMSTERDAM).toLocalDate();
        ValidationReport report = null;
        IjwMessage message = null;
        try {
            report = validator.validate(bytes, receipt.sourceName());
            message = MessageMapper.map(report).orElse(null);
            List<Finding> errors = errors(validationFindings(report, message));
            return new Prepared(bytes, receipt, report, message, sha, answerId, date, errors,
                    responder.answer(bytes, report, message, errors, answerId, date));
        } catch (RuntimeException e) {
            return new Prepared(bytes, receipt, report, message, sha, answerId, date, List.of(), Optional.empty(), e);
        }
    }

    /**
     * What validation found, and NO_MODEL when a schema-valid message has no model to judge it by
     * (a release without a generated model, binding switched off): without the model the gateway
     * can check neither TR056, the rules, the state nor the SAP, so it must not accept the message.
     */
    private static List<Finding> validationFindings(ValidationReport report, IjwMessage message) {
        if (message != null || !report.isValid()) {
            return report.findings();
        }
        List<Finding> all = new ArrayList<>(report.findings());
        String what = report.messageKind().map(Object::toString).orElse("message");
        all.add(new Finding(XmlCheck.NO_MODEL.name(), Severity.ERROR, XmlCheck.NO_MODEL.layer(), Location.NONE,
                Finding.TECHNICAL_REJECTION, "Schema-valid " + what + ", but this gateway has no model for it, so its"
                + " duplicate check, rules, state and deadlines cannot be applied; rejected rather than accepted unchecked"));
        return all;
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).toList();
    }

    /**
     * The stateful half, in one transaction. Commit prepared messages in receipt order.
     *
     * @return the outcome; {@link Verdict#FAILED} (journaled with its bytes, nothing applied, no
     *         answer) when deciding threw
     * @throws SystemFailure when not even the FAILED entry could be journaled
     */
    public Outcome commit(Prepared p) {
        return commit(p, AfterDecide.NOTHING);
    }

    /**
     * Work a caller adds to a message's own transaction once it is decided (the live gateway
     * records the delivery and writes the outputs to its outbox), so it commits or rolls back with
     * it. It runs for FAILED outcomes too, in the transaction that journals them.
     */
    public interface AfterDecide {
        AfterDecide NOTHING = (tx, p, o) -> { };

        void within(Tx tx, Prepared prepared, Outcome outcome) throws SQLException;
    }

    /** {@link #commit(Prepared)}, with the caller's work in the same transaction. */
    public Outcome commit(Prepared p, AfterDecide after) {
        if (p.failure() != null) {
            return failed(p, p.failure(), after);
        }
        try {
            return database.inTransaction(tx -> decideThen(tx, p, after));
        } catch (RuntimeException e) {
            return failed(p, e, after); // rolled back; recorded on its own below
        }
    }

    private Outcome decideThen(Tx tx, Prepared p, AfterDecide after) throws SQLException {
        Outcome o = decide(tx, p);
        after.within(tx, p, o);
        return o;
    }

    /**
     * What became of one message of a group: its outcome (FAILED ones included), or the system
     * failure that kept it from being recorded (then it must be offered again).
     */
    public record Committed(Prepared prepared, Outcome outcome, SystemFailure failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * Group commit: decides the messages in order in one transaction, which saves a commit per
     * message on a busy writer. Each message still sees the state its predecessors left, so the
     * outcomes are the ones {@link #commit} one by one gives. If anything fails, the group is
     * rolled back and committed one message at a time, so only the failing message fails (FAILED,
     * journaled) and the others commit normally. After a {@link SystemFailure} the rest of the
     * group is not tried (so none overtakes it) and carries the same failure. Callers acknowledge
     * a message only after this returns, and only when {@link Committed#ok()}.
     */
    public List<Committed> commitAll(List<Prepared> group) {
        return commitAll(group, AfterDecide.NOTHING, GroupEnd.NEVER);
    }

    /** {@link #commitAll(List)}, with the caller's work in each message's transaction. */
    public List<Committed> commitAll(List<Prepared> group, AfterDecide after) {
        return commitAll(group, after, GroupEnd.NEVER);
    }

    /**
     * Says, inside the transaction and right after a message was decided, whether the group must
     * end there: e.g. because something has to happen between this message and the next (the
     * replay's deadline watch). Saying so needlessly only costs a shorter group.
     */
    @FunctionalInterface
    public interface GroupEnd {
        GroupEnd NEVER = (tx, p, o) -> false;

        boolean after(Tx tx, Prepared p, Outcome o) throws SQLException;
    }

    /**
     * As {@link #commitAll(List)}, but the group ends after the first message for which {@code end}
     * says so: only that prefix is committed and returned; the caller commits the rest later.
     */
    public List<Committed> commitUntil(List<Prepared> group, GroupEnd end) {
        return commitAll(group, AfterDecide.NOTHING, end);
    }

    /** With both the caller's work in each transaction and a say in where the group ends. */
    public List<Committed> commitAll(List<Prepared> group, AfterDecide after, GroupEnd end) {
        if (group.size() > 1 && group.stream().allMatch(p -> p.failure() == null)) {
            try {
                return database.inTransaction(tx -> {
                    List<Committed> out = new ArrayList<>(group.size());
                    for (Prepared p : group) {
                        Outcome o = decideThen(tx, p, after);
                        out.add(new Committed(p, o, null));
                        if (end.after(tx, p, o)) {
                            break;
                        }
                    }
                    return out;
                });
            } catch (RuntimeException groupFailed) {
                // fall through: one by one isolates the failing message
            }
        }
        List<Committed> out = new ArrayList<>(group.size());
        SystemFailure down = null;
        for (Prepared p : group) {
            if (down == null) {
                try {
                    boolean[] ends = new boolean[1];
                    out.add(new Committed(p, commit(p, after, end, ends), null));
                    if (ends[0]) {
                        return out;
                    }
                    continue;
                } catch (SystemFailure e) {
                    down = e;
                }
            }
            out.add(new Committed(p, null, down));
        }
        return out;
    }

    /** {@link #commit(Prepared)}, asking {@code end} inside the transaction; a FAILED message ends nothing. */
    private Outcome commit(Prepared p, AfterDecide after, GroupEnd end, boolean[] ends) {
        if (p.failure() != null) {
            return failed(p, p.failure(), after);
        }
        try {
            return database.inTransaction(tx -> {
                Outcome o = decideThen(tx, p, after);
                ends[0] = end.after(tx, p, o);
                return o;
            });
        } catch (RuntimeException e) {
            ends[0] = false;
            return failed(p, e, after); // rolled back; recorded on its own below
        }
    }

    /**
     * Journals a message whose decision broke, in a transaction of its own: raw bytes, header as
     * read, verdict FAILED, the validation findings and a SYSTEM finding naming the exception.
     */
    private Outcome failed(Prepared p, RuntimeException cause, AfterDecide after) {
        List<Finding> findings = new ArrayList<>(p.report() == null ? List.of() : p.report().findings());
        findings.add(SystemFinding.of(cause));
        JournalEntry entry = inEntry(p, Verdict.FAILED, findings);
        MessageHeader h = header(p);
        try {
            return database.inTransaction(tx -> {
                Outcome o = new Outcome(tx.journal().append(entry), type(p), h.afzender(), h.ontvanger(),
                        h.identificatie(), Verdict.FAILED, findings, Optional.empty(), null, List.of(),
                        h.identificatieRetour(), h.declaratieIdentificatie());
                after.within(tx, p, o);
                return o;
            });
        } catch (RuntimeException journal) {
            journal.addSuppressed(cause);
            throw new SystemFailure("Could not record " + Masking.maskNineDigitNumbers(p.receipt().sourceName())
                    + " (SHA-256 " + p.sha256() + "), not even as FAILED: " + SystemFinding.describe(journal)
                    + "; nothing was stored, offer it again", journal);
        }
    }

    private static MessageHeader header(Prepared p) {
        return p.report() == null ? MessageHeader.EMPTY : p.report().header();
    }

    private static MessageType type(Prepared p) {
        return p.report() == null ? null : p.report().messageKind().map(k -> k.type()).orElse(null);
    }

    private Outcome decide(Tx tx, Prepared p) throws SQLException {
        ValidationReport report = p.report();
        IjwMessage message = p.message();
        Receipt receipt = p.receipt();
        List<Finding> findings = new ArrayList<>(validationFindings(report, message));
        boolean duplicate = message != null && !tx.state().claimIdentity(MessageKey.of(message));
        if (duplicate) {
            findings.add(new Finding(DUPLICATE_RULE, Severity.ERROR, Layer.RULES, new Location(0, 0, "/Bericht/Header"),
                    DUPLICATE_CODE, MessageKey.of(message) + " was received before; not applied again"));
        } else if (message != null) {
            RuleContext ctx = new RuleContext(message, tx.state(), receipt.receivedAt(), config);
            rules.check(ctx);
            findings.addAll(ctx.findings());
        }
        findings = lines.place(p.bytes(), findings);
        Verdict verdict = findings.stream().anyMatch(Finding::isError) ? Verdict.REJECTED : Verdict.ACCEPTED;
        long id = tx.journal().append(inEntry(p, verdict, findings));
        List<SapFinding> sapFindings = List.of();
        if (message != null && !duplicate) {
            if (appliable(message, verdict, findings)) {
                new StateApplier(tx.state(), rejectedPaths(findings), id, receipt.receivedAt()).apply(message);
            }
            // After the verdict and the state: SAP lateness is a signal and must not influence either.
            sapFindings = sap.track(tx, message, verdict == Verdict.ACCEPTED, id, receipt.receivedAt());
        }
        Optional<Outcome.Response> response = respond(tx, p, findings, id);
        MessageHeader h = report.header();
        return new Outcome(id, report.messageKind().map(k -> k.type()).orElse(null), h.afzender(), h.ontvanger(),
                h.identificatie(), verdict, findings, response, h.to() == null ? null : Party.of(h.to()),
                sapFindings, h.identificatieRetour(), h.declaratieIdentificatie());
    }

    /**
     * A rejected message changes nothing (IV032), except a claim: its prestaties are judged one by
     * one (IV087), so the approved ones count even when others are rejected, unless the error sits
     * above the prestaties (header, Declaratie).
     */
    private static boolean appliable(IjwMessage message, Verdict verdict, List<Finding> findings) {
        if (verdict == Verdict.ACCEPTED) {
            return true;
        }
        return message instanceof nl.ijw.gateway.domain.Declaratie && findings.stream().filter(Finding::isError)
                .allMatch(f -> f.location().path().startsWith("/Bericht/Declaratie/Clienten/"));
    }

    /** Classes with an error are not applied, nor is anything below them. */
    private static Set<String> rejectedPaths(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(f -> f.location().path()).collect(Collectors.toSet());
    }

    private Optional<Outcome.Response> respond(Tx tx, Prepared p, List<Finding> findings, long id) throws SQLException {
        List<Finding> errors = errors(findings);
        Optional<Responder.Answer> answer = errors.equals(p.answerBasis()) ? p.answer()
                : responder.answer(p.bytes(), p.report(), p.message(), errors, p.answerId(), p.answerDate());
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Responder.Answer a = answer.get();
        MessageHeader h = p.report().header();
        boolean retour = a.type().isRetour();
        // A retour keeps the heen-message's header; a JW325 goes from the claim's receiver back to its sender.
        JournalEntry out = new JournalEntry(JournalEntry.Direction.OUT, p.receipt().receivedAt(),
                p.receipt().channel().name(), "answer to journal " + id, sha256(a.xml()), a.xml().length,
                a.type().name(), "3.2", retour ? h.afzender() : h.ontvanger(), retour ? h.ontvanger() : h.afzender(),
                p.answerId(), p.answerDate().toString(), Verdict.ACCEPTED.name(), validator.schemaVersion(),
                rules.version(), "[]", id, a.xml()).fitted();
        long outId = tx.journal().append(out);
        return Optional.of(new Outcome.Response(a.type(), p.answerId(), outId, a.xml()));
    }

    private JournalEntry inEntry(Prepared p, Verdict verdict, List<Finding> findings) {
        Receipt receipt = p.receipt();
        MessageHeader h = header(p);
        var kind = p.report() == null ? Optional.<nl.ijw.gateway.message.MessageKind>empty() : p.report().messageKind();
        return new JournalEntry(JournalEntry.Direction.IN, receipt.receivedAt(), receipt.channel().name(),
                receipt.sourceName(), p.sha256(), p.bytes().length, kind.map(k -> k.type().name()).orElse(null),
                kind.map(k -> k.release().version()).orElse(null), h.afzender(), h.ontvanger(),
                h.identificatie(), h.dagtekening(), verdict.name(), validator.schemaVersion(), rules.version(),
                FindingsJson.write(findings), null, p.bytes()).fitted();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
