package nl.ijw.gateway.rules.external;

import static nl.ijw.gateway.rules.RuleFixture.BSN;
import static nl.ijw.gateway.rules.RuleFixture.PRODUCT;
import static nl.ijw.gateway.rules.RuleFixture.TN;
import static nl.ijw.gateway.rules.RuleFixture.aangevraagd;
import static nl.ijw.gateway.rules.RuleFixture.aangevraagdPath;
import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.claim;
import static nl.ijw.gateway.rules.RuleFixture.credit;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.debit;
import static nl.ijw.gateway.rules.RuleFixture.prestatiePath;
import static nl.ijw.gateway.rules.RuleFixture.start;
import static nl.ijw.gateway.rules.RuleFixture.startLine;
import static nl.ijw.gateway.rules.RuleFixture.toegewezen;
import static nl.ijw.gateway.rules.RuleFixture.toegewezenPath;
import static nl.ijw.gateway.rules.RuleFixture.toewijzing;
import static nl.ijw.gateway.rules.RuleFixture.vot;
import static nl.ijw.gateway.rules.RuleFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.rules.claim.Tr418ContractTariff;
import nl.ijw.gateway.rules.reference.ProductList;
import nl.ijw.gateway.rules.reference.TariffTable;
import nl.ijw.gateway.validation.Finding;

/** TR381 and TR418, and how their data (and the CBS list of TR378) is configured. */
class ExternalRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("external");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static final RulesConfig PRODUCTS = RulesConfig.NONE.withProducts(new ProductList(List.of(
            new ProductList.Entry("45", "45A53", null, null),
            new ProductList.Entry("45", "45A54", d("2026-01-01"), d("2026-03-31")))));

    private static final RulesConfig TARIFFS = RulesConfig.NONE.withTariffs(new TariffTable(List.of(
            new TariffTable.Entry("0599", "41836207", "45A53", "04", 9874, d("2026-01-01"), d("2026-12-31")),
            new TariffTable.Entry("*", "*", "45A54", "04", 8000, null, null))));

    // ---- TR381 ------------------------------------------------------------------------------------

    @Test
    void tr381FiresOnACodeOutsideTheListOrItsValidity() {
        var rule = new Tr381ProductCodeInList();
        Finding f = assertOne(fx.check(rule, toewijzing(toegewezen(0, TN, null, new Product("45", "45A99"), d("2026-02-02"),
                d("2026-07-31"), null)), PRODUCTS), rule, toegewezenPath(0));
        assertSubject(f, TN, null, BSN);
        // 45A54 is valid until 31 March only
        assertOne(fx.check(rule, vot(aangevraagd(0, "RA-1", new Product("45", "45A54"), "2026-04-01", null)), PRODUCTS),
                rule, aangevraagdPath(0));
        var wrongCategory = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), new Product("46", "45A53"), "04", 3,
                9874L, 29622);
        assertOne(fx.check(rule, claim(wrongCategory), PRODUCTS), rule, prestatiePath(0));
    }

    @Test
    void tr381AcceptsListedCodesAspecificProductsAndChecksNothingWithoutAList() {
        var rule = new Tr381ProductCodeInList();
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null)), PRODUCTS));
        assertNone(fx.check(rule, vot(aangevraagd(0, "RA-1", new Product("45", "45A54"), "2026-03-01", null)), PRODUCTS));
        assertNone(fx.check(rule, vot(aangevraagd(0, "RA-1", new Product("99", null), "2026-03-01", null)), PRODUCTS));
        assertNone(fx.check(rule, start(startLine(0, TN, "2026-02-02", StatusAanlevering.NEW)), PRODUCTS));
        assertNone(fx.check(rule, toewijzing(toegewezen(0, TN, null, new Product("45", "45A99"), d("2026-02-02"),
                d("2026-07-31"), null)), RulesConfig.NONE));
    }

    // ---- TR418 ------------------------------------------------------------------------------------

    @Test
    void tr418FiresOnATariffOtherThanTheContract() {
        var rule = new Tr418ContractTariff();
        var p = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), PRODUCT, "04", 3, 9900L, 29700);
        Finding f = assertOne(fx.check(rule, claim(p), TARIFFS), rule, prestatiePath(0));
        assertSubject(f, TN, "R1", BSN);
        // minutes on an hour contract: 9874 / 60 = 164.57, so 165
        var minutes = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 0), PRODUCT, "01", 180, 164L, 29520);
        assertOne(fx.check(rule, claim(minutes), TARIFFS), rule, prestatiePath(0));
    }

    @Test
    void tr418AcceptsTheContractTariffAndSkipsWhatItCannotJudge() {
        var rule = new Tr418ContractTariff();
        assertNone(fx.check(rule, claim(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3)), TARIFFS));
        var minutes = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 0), PRODUCT, "01", 180, 165L, 29700);
        assertNone(fx.check(rule, claim(minutes), TARIFFS));
        var wildcard = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), new Product("45", "45A54"), "04", 3, 8000L,
                24000);
        assertNone(fx.check(rule, claim(wildcard), TARIFFS));
        // no contract line for this code; a credit; no table at all
        var unknown = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), new Product("45", "45A99"), "04", 3, 1L, 3);
        assertNone(fx.check(rule, claim(unknown), TARIFFS));
        var creditLine = with(credit(0, "C1", "R0", TN, "2026-03-01", "2026-03-31", 3), PRODUCT, "04", 3, 1L, 3);
        assertNone(fx.check(rule, claim(creditLine), TARIFFS));
        var off = with(debit(0, "R1", TN, "2026-03-01", "2026-03-31", 3), PRODUCT, "04", 3, 9900L, 29700);
        assertNone(fx.check(rule, claim(off), RulesConfig.NONE));
    }

    // ---- configuration ---------------------------------------------------------------------------

    @Test
    void rulesConfigLoadsItsFilesAndDefaultsToTheBundledCbsList(@TempDir Path dir) throws IOException {
        Path gemeenten = Files.writeString(dir.resolve("gemeenten.csv"),
                "# test list\ncode,name\n0599,Rotterdam\n9001,\"Nieuwe Gemeente, fusie\"\n");
        Path products = Files.writeString(dir.resolve("products.csv"),
                "categorie,code,ingangsdatum,einddatum\n45,45A53,,\n45,45A54,2026-01-01,2026-03-31\n");
        Path tariffs = Files.writeString(dir.resolve("tariffs.csv"),
                "gemeente,aanbieder,productcode,eenheid,tarief,ingangsdatum,einddatum\n0599,41836207,45A53,04,9874,2026-01-01,\n");

        RulesConfig loaded = RulesConfig.load(gemeenten, products, tariffs);
        assertEquals(java.util.Set.of("0599", "9001"), loaded.gemeenteCodes());
        assertTrue(loaded.products().allows("45", "45A54", d("2026-03-31")));
        assertFalse(loaded.products().allows("45", "45A54", d("2026-04-01")));
        assertEquals(9874L, loaded.tariffs().tariff(Party.of("0599"), Party.of("41836207"), "45A53", "04",
                d("2026-06-01")).orElseThrow());

        RulesConfig defaults = RulesConfig.load(null, null, null);
        assertEquals(RulesConfig.defaults().gemeenteCodes(), defaults.gemeenteCodes());
        assertFalse(defaults.products().isConfigured());
        assertFalse(defaults.tariffs().isConfigured());
        assertTrue(RulesConfig.NONE.gemeenteCodes().isEmpty());
        assertFalse(RulesConfig.NONE.products().isConfigured());
    }

    @Test
    void badReferenceFilesAreRejectedWithTheirLine(@TempDir Path dir) throws IOException {
        Path gemeenten = Files.writeString(dir.resolve("gemeenten.csv"), "code,name\n599,Rotterdam\n");
        var e = assertThrows(IllegalArgumentException.class, () -> RulesConfig.load(gemeenten, null, null));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        Path tariffs = Files.writeString(dir.resolve("tariffs.csv"), "0599,41836207,45A53,04,98.74\n");
        assertThrows(IllegalArgumentException.class, () -> RulesConfig.load(null, null, tariffs));
    }
}
