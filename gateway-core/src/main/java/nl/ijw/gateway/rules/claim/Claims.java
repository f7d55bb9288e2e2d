package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.ClaimLine;
import nl.ijw.gateway.validation.Finding;

/** What the claim rules share: the allocation a prestatie claims on, processing order, period arithmetic. */
final class Claims {

    static final String UNIT_MINUTE = "01";
    static final String UNIT_HOUR = "04";
    static final String UNIT_PIECES_OUTPUT = "82";
    static final String UNIT_EURO = "83";

    private Claims() {
    }

    static Finding.Subject subject(Declaratie.Prestatie p) {
        return Subjects.of(p.nummer(), p.referentieNummer(), p.bsn());
    }

    /** The allocation (M, ToewijzingNummer), whoever it belongs to. */
    static Optional<Allocation> allocation(RuleContext ctx, Declaratie d, Declaratie.Prestatie p) throws SQLException {
        return p.nummer() == null ? Optional.empty() : ctx.allocation(d.header().ontvanger(), p.nummer());
    }

    static boolean isWithdrawn(Allocation a) {
        return a.withdrawn() || "13".equals(a.redenWijziging());
    }

    /**
     * The allocation the content rules compare a prestatie with: one of this provider and client
     * that was not withdrawn. Otherwise TR338, TR304 or TR384 has already rejected the prestatie.
     */
    static Optional<Allocation> usable(RuleContext ctx, Declaratie d, Declaratie.Prestatie p) throws SQLException {
        return allocation(ctx, d, p).filter(a -> a.aanbieder().equals(d.header().afzender()) && a.bsn().equals(p.bsn())
                && !isWithdrawn(a));
    }

    /** Credits before debits (OP366), each in document order. */
    static List<Declaratie.Prestatie> processingOrder(Declaratie d) {
        List<Declaratie.Prestatie> out = new ArrayList<>();
        d.prestaties().stream().filter(p -> !p.debet()).forEach(out::add);
        d.prestaties().stream().filter(Declaratie.Prestatie::debet).forEach(out::add);
        return out;
    }

    /** Whether no rule has rejected the prestatie so far. */
    static boolean notRejected(RuleContext ctx, Declaratie.Prestatie p) {
        for (Finding f : ctx.findings()) {
            if (f.isError() && f.location().path().equals(p.path())) {
                return false;
            }
        }
        return true;
    }

    /** Stored, approved lines of the provider on the allocation. */
    static List<ClaimLine> storedLines(RuleContext ctx, Party gemeente, Party aanbieder, ToewijzingNummer nummer)
            throws SQLException {
        return ctx.state().claimLines(gemeente, nummer).stream().filter(c -> c.aanbieder().equals(aanbieder)).toList();
    }

    /** ReferentieNummers of debits credited by a stored credit or by a credit of this message not rejected so far. */
    static Set<String> credited(RuleContext ctx, Declaratie d, List<ClaimLine> stored) {
        Set<String> out = new HashSet<>();
        stored.stream().filter(c -> !c.debet() && c.vorigReferentieNummer() != null)
                .forEach(c -> out.add(c.vorigReferentieNummer()));
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!p.debet() && p.vorigReferentieNummer() != null && notRejected(ctx, p)) {
                out.add(p.vorigReferentieNummer());
            }
        }
        return out;
    }

    // ---- volume units ------------------------------------------------------------------------

    /** Whether a claimed unit fits the allocated one: equal, or minutes on an allocation in hours. */
    static boolean unitFits(String allocated, String claimed) {
        return allocated.equals(claimed) || (UNIT_HOUR.equals(allocated) && UNIT_MINUTE.equals(claimed));
    }

    /** Volume in the allocation's counting unit: minutes when the allocation is in hours. */
    static long normalised(String allocated, String claimed, long volume) {
        if (UNIT_HOUR.equals(allocated)) {
            return UNIT_MINUTE.equals(claimed) ? volume : volume * 60;
        }
        return volume;
    }

    /** The allocated volume in the same counting unit. */
    static long normalisedAllocated(String allocated, long volume) {
        return UNIT_HOUR.equals(allocated) ? volume * 60 : volume;
    }

    static boolean isOutput(String unit) {
        return UNIT_PIECES_OUTPUT.equals(unit) || UNIT_EURO.equals(unit);
    }

    // ---- periods -------------------------------------------------------------------------------

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Calendar weeks (Monday to Sunday) the period touches, partial weeks counted fully. */
    static long isoWeeks(LocalDate from, LocalDate to) {
        LocalDate a = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate b = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.DAYS.between(a, b) / 7 + 1;
    }

    static long sundays(LocalDate from, LocalDate to) {
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return first.isAfter(to) ? 0 : ChronoUnit.DAYS.between(first, to) / 7 + 1;
    }

    static long months(LocalDate from, LocalDate to) {
        return (to.getYear() * 12L + to.getMonthValue()) - (from.getYear() * 12L + from.getMonthValue()) + 1;
    }
}
