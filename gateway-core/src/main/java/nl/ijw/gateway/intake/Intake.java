package nl.ijw.gateway.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.ijw.gateway.engine.SystemFailure;
import nl.ijw.gateway.dispatch.Dispatch;
import nl.ijw.gateway.dispatch.JsonProps;
import nl.ijw.gateway.dispatch.Output;
import nl.ijw.gateway.engine.FindingsJson;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.ProcessingEngine;
import nl.ijw.gateway.engine.Receipt;
import nl.ijw.gateway.sap.SentRetours;
import nl.ijw.gateway.serve.ServedGate;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DeliveryReceipts;
import nl.ijw.gateway.store.Outbox;
import nl.ijw.gateway.store.StoreException;
import nl.ijw.gateway.store.Tx;

/**
 * Takes deliveries in, exactly once in effect: a new delivery is decided by the engine and its
 * outputs go to the outbox in the same transaction as its journal entry and delivery key; a known
 * key is not decided again, its stored outputs are queued for publishing again (the broker drops
 * the ones it already has by their duplicate-detection id).
 */
public final class Intake {

    /** Outbox kind of a file for {@code DIR/outbox/<party>/}; its destination is the party code. */
    public static final String FILE = "FILE";

    private final ServedGate gate;
    private final ProcessingEngine engine;
    private final Database database;
    private final Clock clock;
    private final Set<String> fileParties;
    private volatile GroupWriter writer;

    public Intake(ServedGate gate, Database database, Clock clock) {
        this(gate, database, clock, Set.of());
    }

    /** @param fileParties parties whose forwards and answers are also written as files (folder.outbox.parties) */
    public Intake(ServedGate gate, Database database, Clock clock, Set<String> fileParties) {
        this.fileParties = Set.copyOf(fileParties);
        this.gate = gate;
        this.engine = gate.engine(database);
        this.database = database;
        this.clock = clock;
    }

    /**
     * From now on commits go through a single group-committing writer: for concurrent consumers,
     * which then share a commit instead of queueing for one each.
     */
    public synchronized GroupWriter groupCommits(int maxGroup) {
        if (writer == null) {
            writer = new GroupWriter(engine, maxGroup);
        }
        return writer;
    }

    public ProcessingEngine engine() {
        return engine;
    }

    /** @throws SystemFailure when the store fails: nothing was committed, do not acknowledge */
    public Taken take(byte[] bytes, Delivery delivery) {
        try {
            Optional<DeliveryReceipts.Stored> known = database.inTransaction(tx -> known(tx, delivery.key()));
            if (known.isPresent()) {
                DeliveryReceipts.Stored s = known.get();
                return new Taken(true, s.journalId(), s.messageType(), s.sender(), s.receiver(), s.verdict(), s.findingsJson(),
                        List.of());
            }
            Instant now = clock.instant();
            ProcessingEngine.Prepared p = gate.prepare(engine, bytes, new Receipt(now, delivery.channel(), delivery.sourceName()));
            Output[][] written = new Output[1][];
            ProcessingEngine.AfterDecide after = (tx, prepared, outcome) -> written[0] = record(tx, delivery, prepared, outcome, now);
            Outcome o = writer != null ? writer.commit(p, after) : engine.commit(p, after);
            return new Taken(false, o.journalId(), o.type() == null ? null : o.type().name(), o.sender(), o.receiver(),
                    o.verdict().name(), FindingsJson.write(o.findings()), List.of(written[0]));
        } catch (StoreException e) {
            throw new SystemFailure("the store failed; the message was not taken in and will be redelivered: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A delivery carried out to its end (its file moved out of the inbox): its key is freed, so the
     * same file dropped again is judged as a resend, not taken for this delivery once more.
     *
     * @throws SystemFailure when the store fails (the key then stays taken)
     */
    public void settle(Delivery delivery, long journalId) {
        try {
            database.inTransaction(tx -> {
                tx.deliveries().settle(delivery.key(), journalId);
                return null;
            });
        } catch (StoreException e) {
            throw new SystemFailure("the store failed while noting a delivery as done: " + e.getMessage(), e);
        }
    }

    /** A delivery in a batch: its bytes and how it came. */
    public record Item(byte[] bytes, Delivery delivery) {
    }

    /** What became of one delivery of a batch: taken, or the system failure that kept it out. */
    public record Result(Taken taken, RuntimeException failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * A batch in broker order: the redeliveries answered from the store, the rest prepared on
     * {@code preparers} and committed in order in one transaction. A failing message is isolated
     * (the group is committed one by one), so only it fails; the caller may roll its broker
     * transaction back all the same, as the committed ones are recognised on redelivery.
     */
    public List<Result> takeAll(List<Item> items, java.util.concurrent.ExecutorService preparers) {
        Result[] out = new Result[items.size()];
        Map<String, DeliveryReceipts.Stored> known;
        try {
            known = database.inTransaction(tx -> {
                Map<String, DeliveryReceipts.Stored> k = new java.util.HashMap<>();
                for (Item i : items) {
                    known(tx, i.delivery().key()).ifPresent(s -> k.put(i.delivery().key(), s));
                }
                return k;
            });
        } catch (StoreException e) {
            SystemFailure f = failure(e);
            java.util.Arrays.fill(out, new Result(null, f));
            return List.of(out);
        }
        Instant now = clock.instant();
        List<Integer> fresh = new java.util.ArrayList<>();
        List<java.util.concurrent.Future<ProcessingEngine.Prepared>> prepared = new java.util.ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            Item i = items.get(n);
            DeliveryReceipts.Stored s = known.get(i.delivery().key());
            if (s != null) {
                out[n] = new Result(new Taken(true, s.journalId(), s.messageType(), s.sender(), s.receiver(), s.verdict(),
                        s.findingsJson(), List.of()), null);
            } else if (fresh.stream().anyMatch(f -> items.get(f).delivery().key().equals(i.delivery().key()))) {
                out[n] = new Result(null, new SystemFailure("the same delivery twice in one batch", null));
            } else {
                fresh.add(n);
                prepared.add(preparers.submit(() -> gate.prepare(engine, i.bytes(),
                        new Receipt(now, i.delivery().channel(), i.delivery().sourceName()))));
            }
        }
        List<ProcessingEngine.Prepared> group = new java.util.ArrayList<>(fresh.size());
        Map<ProcessingEngine.Prepared, Integer> index = new java.util.IdentityHashMap<>();
        Map<ProcessingEngine.Prepared, Output[]> written = new java.util.IdentityHashMap<>();
        for (int k = 0; k < fresh.size(); k++) {
            try {
                ProcessingEngine.Prepared p = prepared.get(k).get();
                group.add(p);
                index.put(p, fresh.get(k));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                out[fresh.get(k)] = new Result(null, new SystemFailure("preparing failed: " + e.getCause(), e.getCause()));
            }
        }
        List<ProcessingEngine.Committed> done;
        try {
            done = engine.commitAll(group, (tx, p, o) -> written.put(p,
                    record(tx, items.get(index.get(p)).delivery(), p, o, now)));
        } catch (RuntimeException e) {
            SystemFailure f = e instanceof StoreException se ? failure(se) : new SystemFailure(String.valueOf(e.getMessage()), e);
            for (ProcessingEngine.Prepared p : group) {
                out[index.get(p)] = new Result(null, f);
            }
            return List.of(out);
        }
        for (ProcessingEngine.Committed c : done) {
            int n = index.get(c.prepared());
            if (c.ok()) {
                Outcome o = c.outcome();
                out[n] = new Result(new Taken(false, o.journalId(), o.type() == null ? null : o.type().name(), o.sender(),
                        o.receiver(), o.verdict().name(), FindingsJson.write(o.findings()), List.of(written.get(c.prepared()))),
                        null);
            } else {
                RuntimeException e = c.failure();
                out[n] = new Result(null, e instanceof StoreException se ? failure(se)
                        : new SystemFailure(String.valueOf(e.getMessage()), e));
            }
        }
        return List.of(out);
    }

    private static SystemFailure failure(StoreException e) {
        return new SystemFailure("the store failed; the message was not taken in and will be redelivered: "
                + e.getMessage(), e);
    }

    private static Optional<DeliveryReceipts.Stored> known(Tx tx, String key) throws java.sql.SQLException {
        Optional<DeliveryReceipts.Stored> s = tx.deliveries().find(key);
        if (s.isPresent()) {
            tx.outbox().resend(s.get().journalId());
        }
        return s;
    }

    private Output[] record(Tx tx, Delivery d, ProcessingEngine.Prepared p, Outcome o, Instant now)
            throws java.sql.SQLException {
        tx.deliveries().record(d.key(), o.journalId(), now);
        if (o.response().isPresent()) {
            Outcome.Response r = o.response().get();
            SentRetours.sent(tx, r.type(), o.sender(), o.identificatie(), r.journalId());
        }
        // A LATE signal is about the arriving message itself: its client's BSN, masked.
        String bsnMasked = o.sapFindings().isEmpty() ? null : nl.ijw.gateway.dispatch.SignalJson.bsnMasked(p.bytes());
        List<Output> outputs = Dispatch.of(o, gate.roleFor(p.report()), d.correlationId(),
                FindingsJson.write(o.findings()), now, bsnMasked);
        for (Output out : outputs) {
            String props = JsonProps.write(out.properties());
            tx.outbox().add(new Outbox.Row(o.journalId(), out.kind().name(), out.destination(), props,
                    out.payloadJournalId(), out.payload()), now);
            String to = out.properties().get(nl.ijw.gateway.dispatch.Properties.RECEIVER);
            if ((out.kind() == Output.Kind.FORWARD || out.kind() == Output.Kind.ANSWER) && fileParties.contains(to)) {
                tx.outbox().add(new Outbox.Row(o.journalId(), FILE, to, props, out.payloadJournalId(), null), now);
            }
        }
        return outputs.toArray(Output[]::new);
    }
}
