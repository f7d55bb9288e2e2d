package nl.ijw.gateway.rules.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.MessageRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.reference.TariffTable;

/**
 * TR418 (0611): the ProductTarief of a debit equals the contracted tariff for the municipality,
 * provider, ProductCode and Eenheid on the first day of the ProductPeriode. A claim in minutes
 * on a contract per hour expects the hour tariff / 60, rounded half up (IV081). Unit 83 has no
 * tariff. Only where the configured tariff table ({@link nl.ijw.gateway.rules.RulesConfig#tariffs()})
 * has a matching contract line; no table configured: no check.
 */
public final class Tr418ContractTariff extends MessageRule<Declaratie> {

    public Tr418ContractTariff() {
        super("TR418", "0611", RuleLevel.EXTERNAL, Declaratie.class, MessageType.JW323);
    }

    @Override
    protected void check(Declaratie d, RuleContext ctx) {
        TariffTable table = ctx.config().tariffs();
        if (!table.isConfigured()) {
            return;
        }
        for (Declaratie.Prestatie p : d.prestaties()) {
            if (!p.debet() || p.tarief() == null || Claims.UNIT_EURO.equals(p.eenheid())) {
                continue;
            }
            Optional<Long> expected = table.tariff(d.header().ontvanger(), d.header().afzender(), p.product().code(),
                    p.eenheid(), p.periode().start());
            if (expected.isEmpty() && Claims.UNIT_MINUTE.equals(p.eenheid())) {
                expected = table.tariff(d.header().ontvanger(), d.header().afzender(), p.product().code(),
                        Claims.UNIT_HOUR, p.periode().start())
                        .map(hour -> BigDecimal.valueOf(hour).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP)
                                .longValueExact());
            }
            if (expected.isPresent() && expected.get().longValue() != p.tarief()) {
                ctx.reject(this, p.path(), "ProductTarief " + p.tarief() + " differs from the contracted "
                        + expected.get(), Claims.subject(p));
            }
        }
    }
}
