package nl.ijw.gateway.sap;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.Delivery;
import nl.ijw.gateway.store.Expectation;

/**
 * The allocation-linked deadlines: OP271 (start), OP272 (stop) and the NO_START signal. None of
 * them applies to task-based work (declared taakgericht): it has no per-client allocation.
 */
final class AllocationDeadlines {

    private final SapStep s;

    AllocationDeadlines(SapStep s) {
        this.s = s;
    }

    void allocation(Toewijzing t) throws SQLException {
        Party gemeente = t.header().afzender();
        for (Toewijzing.ToegewezenProduct p : t.producten()) {
            if (p.isWithdrawal()) {
                // Withdrawn as if never sent: nothing about it can still be awaited.
                s.cancelAllocation("START", gemeente, p.nummer());
                s.cancelAllocation("STOP", gemeente, p.nummer());
                continue;
            }
            if (s.config.isTaakgericht(t.header().ontvanger(), p.product())) {
                continue;
            }
            String nummer = p.nummer().toString();
            String key = SapKeys.start(gemeente, p.nummer(), t.bsn());
            // Retroactive allocation: the provider cannot report a start before it has the allocation.
            LocalDate base = s.today.isAfter(p.ingangsdatum()) ? s.today : p.ingangsdatum();
            s.expectOnce(key, base, nummer, p.referentieAanbieder(), SapRule.OP271, SapRule.NO_START);
            for (Delivery d : s.state.deliveries(gemeente, p.nummer())) {
                if (d.isRunning()) {
                    expectStop(d, p.einddatum(), nummer);
                }
            }
        }
    }

    /**
     * An Einddatum set, changed or removed on a running delivery moves (or creates, or cancels) its
     * stop deadline. Removed: the allocation is open-ended again, so no stop is awaited (one that
     * comes is judged on arrival). Set in the past: the provider learns of that end only from this
     * JW301, so care may have run until its receipt, and the watch counts from the later of the two
     * (as OP271 does for a retroactive allocation); counting from the Einddatum alone called a stop
     * overdue that could still be on time.
     */
    private void expectStop(Delivery d, LocalDate einddatum, String nummer) throws SQLException {
        String key = SapKeys.stop(d.gemeente(), d.nummer(), d.bsn(), d.begindatum());
        if (einddatum == null) {
            s.cancel(key);
            return;
        }
        LocalDate base = later(einddatum, s.today);
        Optional<Expectation> open = s.awaited(key).stream().filter(e -> e.rule().equals(SapRule.OP272)).findFirst();
        if (open.isEmpty()) {
            s.expectOnce(key, base, nummer, null, SapRule.OP272);
        } else if (!open.get().due().equals(s.due(SapRule.OP272, einddatum))) {
            // An unchanged Einddatum (a change of volume, a resend) keeps the row: a moved copy would
            // be a new row already due, and reported overdue a second time.
            s.moveDue(open.get(), s.due(SapRule.OP272, base));
        }
    }

    void start(StartLevering st) throws SQLException {
        Party gemeente = st.header().ontvanger();
        for (StartLevering.StartProduct p : st.producten()) {
            if (p.nummer() == null || s.config.isTaakgericht(st.header().afzender(), p.product())) {
                continue; // task-based starts are not linked to an allocation
            }
            String stopKey = SapKeys.stop(gemeente, p.nummer(), st.bsn(), p.begindatum());
            if (p.status() == StatusAanlevering.DELETE) {
                s.cancel(stopKey);
                continue;
            }
            // SAP: within N working days after the actual start, or after the allocation's receipt when later.
            s.fulfil(SapKeys.start(gemeente, p.nummer(), st.bsn()), st.header().identificatie(),
                    e -> s.due(e.rule(), later(p.begindatum(), e.createdOn())));
            Optional<Allocation> a = s.state.allocation(gemeente, p.nummer());
            if (a.isPresent() && a.get().einddatum() != null && !a.get().withdrawn()) {
                s.expectOnce(stopKey, a.get().einddatum(), p.nummer().toString(), a.get().referentieAanbieder(),
                        SapRule.OP272);
            }
        }
    }

    void stop(StopLevering st) throws SQLException {
        Party gemeente = st.header().ontvanger();
        for (StopLevering.StopProduct p : st.producten()) {
            if (p.nummer() == null || p.status() == StatusAanlevering.DELETE
                    || s.config.isTaakgericht(st.header().afzender(), p.product())) {
                continue;
            }
            LocalDate end = p.einddatum();
            String id = st.header().identificatie();
            String key = SapKeys.stop(gemeente, p.nummer(), st.bsn(), p.begindatum());
            // SAP: within N working days after the actual end, which may come before the allocation's
            // Einddatum; never earlier than the awaited due date when that counts from the receipt of
            // a JW301 that set the Einddatum in the past (the provider could not know the end before).
            LocalDate allocationEnd = s.state.allocation(gemeente, p.nummer()).map(Allocation::einddatum).orElse(null);
            int met = s.fulfil(key, id, e -> end == null ? e.due() : stopDue(e, end, allocationEnd));
            if (met == 0 && end != null && p.status() == StatusAanlevering.NEW && s.config.enabled(SapRule.OP272)
                    && !s.metBefore(SapRule.OP272, key)) {
                // A stop on an open-ended allocation was never awaited, but is late all the same; it
                // is recorded as met, so that the report counts it and a follow-up stop knows.
                LocalDate due = s.due(SapRule.OP272, end);
                long row = s.recordMet(SapRule.OP272, key, due, p.nummer().toString());
                s.lateIfAfter(SapRule.OP272, due, id, null, p.nummer().toString(), null, row, null);
            }
            // A definitive stop after a temporary one (the key was met before) is due "5 working days
            // after the end became definitive": no message says when that was, so it is not judged.
        }
    }

    /**
     * The due date of a stop that ended care on {@code end}, judged against the awaited row: its own
     * end, unless the row counts from the receipt of a JW301 that set the allocation's end in the
     * past (its due date is after the one the Einddatum alone gives); then not before that.
     */
    private LocalDate stopDue(Expectation e, LocalDate end, LocalDate allocationEnd) {
        LocalDate own = s.due(SapRule.OP272, end);
        boolean retroactive = allocationEnd != null && e.due().isAfter(s.due(SapRule.OP272, allocationEnd));
        return retroactive && e.due().isAfter(own) ? e.due() : own;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
