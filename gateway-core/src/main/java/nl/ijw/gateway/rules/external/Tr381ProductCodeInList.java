package nl.ijw.gateway.rules.external;

import static nl.ijw.gateway.message.MessageType.JW301;
import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;
import static nl.ijw.gateway.message.MessageType.JW315;
import static nl.ijw.gateway.message.MessageType.JW317;
import static nl.ijw.gateway.message.MessageType.JW323;

import java.time.LocalDate;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.rules.reference.ProductList;

/**
 * TR381 (S329): a ProductCode belongs to its ProductCategorie according to the product list in use
 * ({@link nl.ijw.gateway.rules.RulesConfig#products()}), on the product's own date (Ingangsdatum,
 * Begindatum, GewensteIngangsdatum, start of the ProductPeriode). Only products with both a category
 * and a code are checked; credit prestaties are not. No list configured: no check.
 */
public final class Tr381ProductCodeInList extends BaseRule {

    public Tr381ProductCodeInList() {
        super("TR381", "S329", RuleLevel.EXTERNAL, JW301, JW305, JW307, JW315, JW317, JW323);
    }

    @Override
    public void check(RuleContext ctx) {
        ProductList list = ctx.config().products();
        if (!list.isConfigured()) {
            return;
        }
        if (ctx.message() instanceof Toewijzing t) {
            t.producten().forEach(p -> check(ctx, list, p.product(), p.ingangsdatum(), p.path(),
                    p.nummer(), p.referentieAanbieder(), t.bsn()));
        } else if (ctx.message() instanceof StartLevering s) {
            s.producten().forEach(p -> check(ctx, list, p.product(), p.begindatum(), p.path(), p.nummer(), null, s.bsn()));
        } else if (ctx.message() instanceof StopLevering s) {
            s.producten().forEach(p -> check(ctx, list, p.product(), p.begindatum(), p.path(), p.nummer(), null, s.bsn()));
        } else if (ctx.message() instanceof VerzoekOmToewijzing v) {
            v.producten().forEach(p -> check(ctx, list, p.product(), p.toewijzingIngangsdatum(), p.path(), null,
                    p.referentieAanbieder(), v.bsn()));
        } else if (ctx.message() instanceof VerzoekOmWijziging v) {
            v.nieuw().forEach(p -> check(ctx, list, p.product(), p.gewensteIngangsdatum(), p.path(), null,
                    v.referentieAanbieder(), v.bsn()));
        } else if (ctx.message() instanceof Declaratie d) {
            d.prestaties().stream().filter(Declaratie.Prestatie::debet).forEach(p -> check(ctx, list, p.product(),
                    p.periode().start(), p.path(), p.nummer(), p.referentieNummer(), p.bsn()));
        }
    }

    private void check(RuleContext ctx, ProductList list, Product product, LocalDate day, String path,
                       ToewijzingNummer nummer, String referentie, Bsn bsn) {
        if (product == null || blank(product.categorie()) || blank(product.code())) {
            return;
        }
        if (!list.allows(product.categorie(), product.code(), day)) {
            ctx.reject(this, path, "ProductCode " + product.code() + " is not a code of category " + product.categorie()
                    + " in the product list" + (day == null ? "" : " on " + day), Subjects.of(nummer, referentie, bsn));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
