package nl.ijw.gateway.rules.allocation;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.store.Allocation;

/**
 * TR332 (9332): a ToewijzingNummer is unique within the municipality. Sending it again is a change
 * of the same allocation, so it must concern the same provider and client; and, as a change may
 * only touch Einddatum, volume or budget, also the same product and Ingangsdatum (our reading of
 * IV066/IV093: anything else needs a new number).
 */
public final class Tr332ToewijzingNummerUnique extends MessageRule<Toewijzing> {

    public Tr332ToewijzingNummerUnique() {
        super("TR332", "9332", RuleLevel.CROSS_MESSAGE, Toewijzing.class, MessageType.JW301);
    }

    @Override
    protected void check(Toewijzing t, RuleContext ctx) throws SQLException {
        Party gemeente = t.header().afzender();
        for (Toewijzing.ToegewezenProduct p : t.producten()) {
            Optional<Allocation> existing = ctx.allocation(gemeente, p.nummer());
            if (existing.isEmpty()) {
                continue;
            }
            Allocation a = existing.get();
            String conflict = null;
            if (!a.aanbieder().equals(t.header().ontvanger())) {
                conflict = "another provider";
            } else if (!a.bsn().equals(t.bsn())) {
                conflict = "another client";
            } else if (!Objects.equals(blankToNull(a.product().categorie()), blankToNull(p.product().categorie()))
                    || !Objects.equals(blankToNull(a.product().code()), blankToNull(p.product().code()))) {
                conflict = "another product";
            } else if (!a.ingangsdatum().equals(p.ingangsdatum())) {
                conflict = "another Ingangsdatum (" + a.ingangsdatum() + ")";
            }
            if (conflict != null) {
                ctx.reject(this, p.path(), "ToewijzingNummer " + p.nummer() + " is already in use for " + conflict,
                        Subjects.of(p.nummer(), p.referentieAanbieder(), t.bsn()));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
