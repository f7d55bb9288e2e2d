package nl.ijw.gateway.rules.claim;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Omvang;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.ClaimLine;

/**
 * TR322 (9322): all approved debits on an allocation together stay within its Omvang over its whole
 * period: per day times days, per week times calendar weeks touched (effort) or Sundays plus a last
 * partial week (output), per month times months touched, in total once. Counted: approved debits
 * of earlier claims not credited (also by a credit earlier in this claim, credits go first, OP366),
 * plus the debits of this claim before this one that no rule rejected. Open-ended allocations per
 * day or per month have no finite total and are not checked. Runs after the per-prestatie rules.
 */
public final class Tr322CumulativeVolume extends MessageRule<Declaratie> {

    public Tr322CumulativeVolume() {
        super("TR322", "9322", RuleLevel.CROSS_MESSAGE, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) throws SQLException {
        List<Declaratie.Prestatie> acceptedHere = new ArrayList<>();
        for (Declaratie.Prestatie p : Claims.processingOrder(d)) {
            if (!p.debet()) {
                continue;
            }
            Optional<Allocation> found = Claims.usable(ctx, d, p);
            if (found.isEmpty() || found.get().omvang() == null
                    || !Claims.unitFits(found.get().omvang().eenheid(), p.eenheid())) {
                continue;
            }
            Allocation a = found.get();
            Omvang o = a.omvang();
            Long times = times(o, a);
            if (times == null) {
                continue;
            }
            long max = Claims.normalisedAllocated(o.eenheid(), o.volume()) * times;
            List<ClaimLine> stored = Claims.storedLines(ctx, d.header().ontvanger(), d.header().afzender(), p.nummer());
            Set<String> credited = Claims.credited(ctx, d, stored);
            long used = 0;
            for (ClaimLine c : stored) {
                if (c.debet() && !credited.contains(c.referentieNummer())) {
                    used += Claims.normalised(o.eenheid(), c.eenheid(), c.volume());
                }
            }
            for (Declaratie.Prestatie q : acceptedHere) {
                if (q.nummer().equals(p.nummer())) {
                    used += Claims.normalised(o.eenheid(), q.eenheid(), q.volume());
                }
            }
            long claimed = Claims.normalised(o.eenheid(), p.eenheid(), p.volume());
            if (used + claimed > max) {
                ctx.reject(this, p.path(), "together with what was approved before, the volume exceeds the allocated "
                        + o.volume() * times + " (unit " + o.eenheid() + ") of allocation " + p.nummer(), Claims.subject(p));
            } else if (Claims.notRejected(ctx, p)) {
                acceptedHere.add(p);
            }
        }
    }

    /** How many times the allocated volume fits in the allocation's whole period; null when unbounded. */
    static Long times(Omvang o, Allocation a) {
        if ("6".equals(o.frequentie())) {
            return 1L;
        }
        if (a.einddatum() == null) {
            return null;
        }
        switch (o.frequentie()) {
            case "1":
                return Claims.days(a.ingangsdatum(), a.einddatum());
            case "2":
                if (!Claims.isOutput(o.eenheid())) {
                    return Claims.isoWeeks(a.ingangsdatum(), a.einddatum());
                }
                return Claims.sundays(a.ingangsdatum(), a.einddatum())
                        + (a.einddatum().getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1);
            case "4":
                return Claims.months(a.ingangsdatum(), a.einddatum());
            default:
                return null;
        }
    }
}
