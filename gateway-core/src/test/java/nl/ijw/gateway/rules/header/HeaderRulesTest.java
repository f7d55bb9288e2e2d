package nl.ijw.gateway.rules.header;

import static nl.ijw.gateway.rules.RuleFixture.assertNone;
import static nl.ijw.gateway.rules.RuleFixture.assertOne;
import static nl.ijw.gateway.rules.RuleFixture.assertSubject;
import static nl.ijw.gateway.rules.RuleFixture.d;
import static nl.ijw.gateway.rules.RuleFixture.header;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.domain.Header;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.RuleFixture;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

class HeaderRulesTest {

    static RuleFixture fx;

    @BeforeAll
    static void open() {
        fx = new RuleFixture("header");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static VerzoekOmToewijzing votDated(String dagtekening) {
        return new VerzoekOmToewijzing(header(MessageType.JW315, d(dagtekening)), RuleFixture.BSN, RuleFixture.CLIENT,
                RuleFixture.vot("RA-1").producten());
    }

    @Test
    void tr135FiresWhenDagtekeningIsAfterTheReceiptDate() {
        var rule = new Tr135DagtekeningNotInFuture();
        // received 8 Apr 2026 at 23:30 in Amsterdam (21:30 UTC): still the 8th there
        List<Finding> f = fx.check(rule, votDated("2026-04-09"), Instant.parse("2026-04-08T21:30:00Z"));
        Finding one = assertOne(f, rule, Subjects.HEADER);
        assertSubject(one, null, null, null);
    }

    @Test
    void tr135AcceptsDagtekeningOnTheReceiptDateInAmsterdam() {
        var rule = new Tr135DagtekeningNotInFuture();
        // 22:30 UTC on 8 Apr is already 9 Apr in Amsterdam (summer time)
        assertNone(fx.check(rule, votDated("2026-04-09"), Instant.parse("2026-04-08T22:30:00Z")));
        assertNone(fx.check(rule, votDated("2026-04-01"), Instant.parse("2026-04-08T10:00:00Z")));
    }

    @Test
    void tr378FiresOnAnUnknownOntvangerOfAProviderMessage() {
        var rule = new Tr378MunicipalityCode();
        VerzoekOmToewijzing v = RuleFixture.vot("RA-1");
        Header h = new Header(MessageType.JW315, RuleFixture.P, Party.of("0000"), "X1", d("2026-04-02"));
        var m = new VerzoekOmToewijzing(h, v.bsn(), v.clientPath(), v.producten());
        assertOne(fx.check(rule, m, RulesConfig.defaults()), rule, Subjects.HEADER);
    }

    @Test
    void tr378FiresOnAnUnknownAfzenderOfAMunicipalityMessage() {
        var rule = new Tr378MunicipalityCode();
        Header h = new Header(MessageType.JW319, Party.of("9999"), RuleFixture.P, "X1", d("2026-04-02"));
        var m = new Antwoordbericht(h, RuleFixture.ANTWOORD, "RA-1", "1", "7");
        assertOne(fx.check(rule, m, RulesConfig.defaults()), rule, Subjects.HEADER);
    }

    @Test
    void tr378AcceptsKnownCodesAndChecksNothingWithoutAList() {
        var rule = new Tr378MunicipalityCode();
        assertNone(fx.check(rule, RuleFixture.vot("RA-1"), RulesConfig.defaults()));
        assertNone(fx.check(rule, RuleFixture.antwoord("RA-1", "1"), RulesConfig.defaults()));
        Header h = new Header(MessageType.JW315, RuleFixture.P, Party.of("0000"), "X1", d("2026-04-02"));
        VerzoekOmToewijzing v = RuleFixture.vot("RA-1");
        assertNone(fx.check(rule, new VerzoekOmToewijzing(h, v.bsn(), v.clientPath(), v.producten()), RulesConfig.NONE));
    }

    @Test
    void bundledCbsListHasTheMunicipalitiesOf2026() {
        Set<String> codes = RulesConfig.defaults().gemeenteCodes();
        assertTrue(codes.size() == 342, "342 municipalities on 1 Jan 2026, got " + codes.size());
        assertTrue(codes.containsAll(Set.of("0363", "0599", "0518", "0820", "1892")));
    }
}
