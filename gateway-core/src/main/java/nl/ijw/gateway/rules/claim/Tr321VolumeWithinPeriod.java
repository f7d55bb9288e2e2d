package nl.ijw.gateway.rules.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Omvang;
import nl.ijw.gateway.store.Allocation;

/**
 * TR321 (9321): one prestatie claims no more than the allocation's Omvang allows over the part of
 * the ProductPeriode the allocation covers. Per day: volume times days; per week (effort): times the
 * calendar weeks touched, partial weeks counted fully (IV077); per week (output, unit 82/83): times
 * the Sundays, plus one for the allocation's last partial week (IV076); per month and in total:
 * the volume once. Minutes on an hour allocation are compared in minutes. A ProductPeriode wholly
 * outside the allocation is TR307's or TR308's breach, not this one's.
 */
public final class Tr321VolumeWithinPeriod extends PrestatieRule {

    public Tr321VolumeWithinPeriod() {
        super("TR321", "9321");
    }

    @Override
    String breach(Declaratie d, Declaratie.Prestatie p, Allocation a) {
        Omvang o = a.omvang();
        if (o == null || !Claims.unitFits(o.eenheid(), p.eenheid())) {
            return null;
        }
        LocalDate from = p.periode().start().isAfter(a.ingangsdatum()) ? p.periode().start() : a.ingangsdatum();
        LocalDate to = a.einddatum() != null && a.einddatum().isBefore(p.periode().end()) ? a.einddatum() : p.periode().end();
        if (from.isAfter(to)) {
            return null;
        }
        Long times = times(o, a, from, to);
        if (times == null) {
            return null;
        }
        long max = Claims.normalisedAllocated(o.eenheid(), o.volume()) * times;
        long claimed = Claims.normalised(o.eenheid(), p.eenheid(), p.volume());
        return claimed > max ? "volume " + p.volume() + " exceeds what the allocation allows from " + from + " to " + to
                + " (" + o.volume() * times + " in unit " + o.eenheid() + ")" : null;
    }

    /** How many times the allocated volume fits in [from, to]; null for an unknown frequency. */
    static Long times(Omvang o, Allocation a, LocalDate from, LocalDate to) {
        switch (o.frequentie()) {
            case "1":
                return Claims.days(from, to);
            case "2":
                if (!Claims.isOutput(o.eenheid())) {
                    return Claims.isoWeeks(from, to);
                }
                long n = Claims.sundays(from, to);
                if (a.einddatum() != null && a.einddatum().getDayOfWeek() != DayOfWeek.SUNDAY) {
                    LocalDate lastSunday = a.einddatum().with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
                    LocalDate anchor = lastSunday.isBefore(a.ingangsdatum()) ? a.einddatum() : lastSunday;
                    if (!anchor.isBefore(from) && !anchor.isAfter(to)) {
                        n++;
                    }
                }
                return n;
            case "4":
            case "6":
                return 1L;
            default:
                return null;
        }
    }
}
