package nl.ijw.gateway.sap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.Expectations;
import nl.ijw.gateway.store.Expectations.Watermark;
import nl.ijw.gateway.store.Tx;

/**
 * The deadline watch: reports every awaited message whose due date has passed, once. Run it as
 * time passes (the replay runs it before each message at that message's receipt time).
 *
 * <p>It marks no rows. It keeps a watermark (table {@code sap_watch}): every OPEN row due before
 * {@code reportedBefore} with an id up to {@code throughId} has been reported. A scan to day t
 * reports (1) the rows added since (id above throughId) that were already due before the
 * watermark, then (2) the OPEN rows with watermark &le; due &lt; t, in due order, read from one
 * index alone. It commits per batch of whole due dates (about {@link #BATCH} rows): the batch's
 * signals go to the sink inside the batch's transaction, then the watermark moves and commits.
 * A crash, or a sink that throws, rolls back that batch only: its signals are handed over again
 * by the next scan (at least once; never lost, never repeated once committed). Receivers can tell
 * a repeat by {@link SapFinding#expectationId()}.
 *
 * <p>Only rules whose start moment is known are reported ({@link SapRule#watched()}): never OP271.
 */
public final class SapWatch {

    /** The watermark's day in a store the watch never scanned (migration V4). */
    static final LocalDate NEVER_SCANNED = LocalDate.of(1900, 1, 1);

    /** Rows per committed batch (a due date is never split, so a batch can be larger). */
    public static final int BATCH = 10_000;

    private final SapConfig config;
    private final WorkingDayCalendar calendar;
    private final int batch;

    public SapWatch(SapConfig config, WorkingDayCalendar calendar) {
        this(config, calendar, BATCH);
    }

    SapWatch(SapConfig config, WorkingDayCalendar calendar, int batch) {
        this.config = config;
        this.calendar = calendar;
        this.batch = batch;
    }

    /**
     * Reports OVERDUE (or WARNING for monitoring rules) for each expectation due before asOf's
     * date in Europe/Amsterdam not reported before, to {@code sink}, in batches each committed in
     * its own transaction. Returns the number reported.
     */
    public int scan(Database db, Instant asOf, Consumer<SapFinding> sink) {
        return scanWithin(db, asOf, (tx, f) -> sink.accept(f));
    }

    /**
     * Where a scan's signals go, inside the transaction of their batch: the live gateway writes
     * them to its outbox there, so a signal commits with the watermark that says it was reported.
     */
    @FunctionalInterface
    public interface Sink {
        void accept(Tx tx, SapFinding finding) throws java.sql.SQLException;
    }

    /** As {@link #scan(Database, Instant, Consumer)}, the sink taking part in each batch's transaction. */
    public int scanWithin(Database db, Instant asOf, Sink sink) {
        if (!config.anyEnabled()) {
            return 0;
        }
        LocalDate today = asOf.atZone(SapTracker.AMSTERDAM).toLocalDate();
        int[] count = new int[1];
        long[] through = {-1};
        Watermark w;
        do { // (1), in batches of ids; usually one short transaction before each message
            w = db.inTransaction(tx -> {
                if (through[0] < 0) {
                    through[0] = tx.expectations().maxId();
                }
                return added(tx, through[0], today, sink, count);
            });
        } while (w.throughId() < through[0]);
        boolean more = today.isAfter(w.reportedBefore());
        while (more) { // (2)
            more = db.inTransaction(tx -> nextBatch(tx, today, sink, count));
        }
        return count[0];
    }

    /**
     * (1): the next batch of rows added since the last scan that were due before the watermark's
     * day (they are not in (2)'s range); returns the watermark after it. Before the first scan
     * nothing can be due before the watermark, so there is nothing to read.
     */
    private Watermark added(Tx tx, long through, LocalDate today, Sink sink, int[] count)
            throws java.sql.SQLException {
        Expectations ex = tx.expectations();
        Watermark w = ex.watermark();
        if (w.throughId() >= through) {
            return w;
        }
        long upTo = Math.min(through, w.throughId() + batch);
        if (w.reportedBefore().isAfter(NEVER_SCANNED)) {
            List<Expectation> added = new ArrayList<>();
            for (Expectation e : ex.idsBetween(w.throughId(), upTo)) {
                // The watermark's day has been reached before, even if this as-of lies earlier.
                if (e.status() == Expectation.Status.OPEN && e.due().isBefore(w.reportedBefore())) {
                    added.add(e);
                }
            }
            count[0] += report(tx, added, today, w.reportedBefore(), upTo, sink);
        } else {
            upTo = through;
        }
        Watermark next = new Watermark(w.reportedBefore(), upTo);
        ex.setWatermark(next);
        return next;
    }

    /** Collects a scan into a list: for tests and small stores. */
    public List<SapFinding> scan(Database db, Instant asOf) {
        List<SapFinding> out = new ArrayList<>();
        scan(db, asOf, out::add);
        return out;
    }

    /** (2): the next batch of whole due dates from the watermark towards today; false when done. */
    private boolean nextBatch(Tx tx, LocalDate today, Sink sink, int[] count)
            throws java.sql.SQLException {
        Expectations ex = tx.expectations();
        Watermark w = ex.watermark();
        if (!today.isAfter(w.reportedBefore())) {
            return false;
        }
        List<Expectation> rows = ex.openDue(w.reportedBefore(), today, batch + 1);
        LocalDate next;
        if (rows.size() <= batch) {
            next = today;
        } else {
            LocalDate last = rows.get(batch).due();
            if (rows.get(0).due().equals(last)) { // one due date holds more than a batch: take it whole
                rows = ex.openDueOn(last);
                next = last.plusDays(1);
            } else {
                rows = rows.stream().filter(e -> e.due().isBefore(last)).toList();
                next = last;
            }
        }
        // Rows added after this scan began are left to the next scan's step (1).
        long through = w.throughId();
        List<Expectation> mine = rows.stream().filter(e -> e.id() <= through).toList();
        count[0] += report(tx, mine, today, next, through, sink);
        ex.setWatermark(new Watermark(next, through));
        return next.isBefore(today);
    }

    private int report(Tx tx, List<Expectation> rows, LocalDate today, LocalDate coveredBefore, long through,
                       Sink sink) throws java.sql.SQLException {
        int n = 0;
        Map<LocalDate, Integer> daysOverdue = new HashMap<>();
        for (Expectation e : rows) {
            SapRule rule = config.rule(e.rule());
            // Switched off after it was created, or its start is unknown (OP271): never reported.
            if (rule.enabled() && rule.watched()) {
                int days = daysOverdue.computeIfAbsent(e.due(), d -> calendar.workingDaysBetween(d, today));
                sink.accept(tx, new SapFinding(e.rule(), rule.kind(), e.due(), null, days, e.messageType(), e.messageId(),
                        e.sender(), e.receiver(), e.journalId(), null, e.toewijzingNummer(), e.referentie(), e.id(),
                        null));
                n++;
            }
        }
        if (n > 0) {
            tx.expectations().logReported(today, coveredBefore, through);
        }
        return n;
    }
}
