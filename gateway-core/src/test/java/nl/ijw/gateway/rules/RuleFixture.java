package nl.ijw.gateway.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.Header;
import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.Omvang;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.store.Allocation;
import nl.ijw.gateway.store.ClaimLine;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Delivery;
import nl.ijw.gateway.store.Request;
import nl.ijw.gateway.store.JournalEntry;
import nl.ijw.gateway.store.StateStore;
import nl.ijw.gateway.validation.Finding;

/**
 * Builds domain records and state for rule tests, and runs a rule against a real (in-memory H2)
 * database. Each check runs in its own transaction that is rolled back afterwards, so the test
 * methods of a class share one database without seeing each other's state.
 */
public final class RuleFixture implements AutoCloseable {

    public static final Party M = Party.of("0599");
    public static final Party P = Party.of("41836207");
    public static final Party OTHER_P = Party.of("12345678");
    public static final Bsn BSN = Bsn.of("264819378");
    public static final Bsn OTHER_BSN = Bsn.of("999900006");
    public static final long TN = 48210336L;
    public static final Product PRODUCT = new Product("45", "45A53");
    public static final Omvang WEEKLY_3H = new Omvang(3, "04", "2");
    /** Thursday 2 April 2026, 10:00 in Amsterdam. */
    public static final Instant RECEIVED = Instant.parse("2026-04-02T08:00:00Z");
    public static final String CLIENT = "/Bericht/Client";

    /** Puts state into the store before the rule runs. */
    public interface Seed {
        void into(StateStore state) throws SQLException;
    }

    private final Database db;

    public RuleFixture(String name) {
        db = Database.open(DatabaseConfig.h2Memory(name + "-" + UUID.randomUUID()));
    }

    @Override
    public void close() {
        db.close();
    }

    // ---- running rules ----------------------------------------------------------------------

    /** The rules' data of {@link RulesConfig#NONE}, with the store said to hold every allocation. */
    public static final RulesConfig ALL_ALLOCATIONS = RulesConfig.NONE.withAllocationsComplete(true);

    /** One WARNING of {@code rule} at {@code path} without a retourcode: the rule said it could not judge. */
    public static Finding assertNotJudged(List<Finding> findings, TechnicalRule rule, String path) {
        assertEquals(1, findings.size(), () -> "expected one warning of " + rule.id() + ", got " + describe(findings));
        Finding f = findings.get(0);
        assertEquals(rule.id(), f.ruleId());
        assertEquals(nl.ijw.gateway.validation.Severity.WARNING, f.severity());
        assertEquals(null, f.retourCode(), "a rule not judged gives no retourcode");
        assertEquals(path, f.location().path());
        assertTrue(f.text().contains("not judged") && f.text().contains("rules.allocations.complete"), f.text());
        return f;
    }

    public List<Finding> check(TechnicalRule rule, IjwMessage m, Seed... seeds) {
        return check(new RuleSet(List.of(rule)), m, RulesConfig.NONE, RECEIVED, seeds);
    }

    public List<Finding> check(TechnicalRule rule, IjwMessage m, RulesConfig config, Seed... seeds) {
        return check(new RuleSet(List.of(rule)), m, config, RECEIVED, seeds);
    }

    public List<Finding> check(TechnicalRule rule, IjwMessage m, Instant receivedAt, Seed... seeds) {
        return check(new RuleSet(List.of(rule)), m, RulesConfig.NONE, receivedAt, seeds);
    }

    /**
     * When the fixture's gateway began recording (its first journal entry): before every date the
     * tests use, so rules that reject on a missing earlier message may judge.
     */
    public static final Instant RECORD_START = Instant.parse("2025-01-01T00:00:00Z");

    /** As {@link #check(TechnicalRule, IjwMessage, Seed...)}, for a gateway whose record began at {@code recordStart}. */
    public List<Finding> checkRecordingSince(Instant recordStart, TechnicalRule rule, IjwMessage m, Seed... seeds) {
        return check(new RuleSet(List.of(rule)), m, RulesConfig.NONE, RECEIVED, recordStart, seeds);
    }

    /** Seeds the state, runs the rules on the message and rolls everything back. */
    public List<Finding> check(RuleSet rules, IjwMessage m, RulesConfig config, Instant receivedAt, Seed... seeds) {
        return check(rules, m, config, receivedAt, RECORD_START, seeds);
    }

    private List<Finding> check(RuleSet rules, IjwMessage m, RulesConfig config, Instant receivedAt, Instant recordStart,
                                Seed... seeds) {
        return isolated(tx -> {
            tx.journal().append(new JournalEntry(JournalEntry.Direction.IN, recordStart, "TEST", "first.xml",
                    "0".repeat(64), 1, "JW301", "3.2", "x", "y", "FIRST", null, "ACCEPTED", "test", "test", "[]", null,
                    new byte[] {1}));
            for (Seed s : seeds) {
                s.into(tx.state());
            }
            RuleContext ctx = new RuleContext(m, tx.state(), receivedAt, config);
            rules.check(ctx);
            return ctx.findings();
        });
    }

    private static final class Rollback extends RuntimeException {
        final transient Object value;

        Rollback(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T isolated(Database.Work<T> work) {
        try {
            db.inTransaction(tx -> {
                throw new Rollback(work.run(tx));
            });
            throw new IllegalStateException("unreachable");
        } catch (Rollback r) {
            return (T) r.value;
        }
    }

    // ---- assertions -------------------------------------------------------------------------

    /** Exactly one finding, of this rule, code and path. */
    public static Finding assertOne(List<Finding> findings, TechnicalRule rule, String path) {
        assertEquals(1, findings.size(), () -> "expected one finding of " + rule.id() + ", got " + describe(findings));
        Finding f = findings.get(0);
        assertEquals(rule.id(), f.ruleId());
        assertEquals(rule.retourCode(), f.retourCode());
        assertEquals(path, f.location().path());
        assertTrue(f.isError());
        return f;
    }

    public static Finding assertHas(List<Finding> findings, String ruleId, String code, String path) {
        for (Finding f : findings) {
            if (f.ruleId().equals(ruleId) && java.util.Objects.equals(f.retourCode(), code) && f.location().path().equals(path)) {
                return f;
            }
        }
        return fail("no " + ruleId + "/" + code + " at " + path + " in " + describe(findings));
    }

    public static void assertNone(List<Finding> findings) {
        assertTrue(findings.isEmpty(), () -> "expected no findings, got " + describe(findings));
    }

    public static void assertSubject(Finding f, Long tn, String referentie, Bsn bsn) {
        assertEquals(tn == null ? null : tn.toString(), f.subject().toewijzingNummer(), "toewijzingNummer");
        assertEquals(referentie, f.subject().referentie(), "referentie");
        assertEquals(bsn == null ? null : bsn.masked(), f.subject().bsnMasked(), "bsnMasked");
    }

    public static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "/" + f.retourCode() + "@" + f.location().path() + " " + f.text())
                .collect(Collectors.joining("; ", "[", "]"));
    }

    // ---- values ---------------------------------------------------------------------------------

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static Period period(String from, String to) {
        return new Period(d(from), to == null ? null : d(to));
    }

    public static Header header(MessageType type, LocalDate dagtekening) {
        boolean fromMunicipality = type == MessageType.JW301 || type == MessageType.JW319 || type == MessageType.JW325;
        return new Header(type, fromMunicipality ? M : P, fromMunicipality ? P : M, "ID" + type.berichtCode(), dagtekening);
    }

    public static Header header(MessageType type) {
        return header(type, d("2026-04-02"));
    }

    // ---- allocations ----------------------------------------------------------------------------

    /** The sample allocation: 45A53, 3 hours a week, 2 Feb to 31 Jul 2026, for BSN at P. */
    public static Allocation allocation() {
        return allocation(TN, d("2026-02-02"), d("2026-07-31"), WEEKLY_3H, null);
    }

    public static Allocation allocation(long tn, LocalDate from, LocalDate to, Omvang omvang, Long budget) {
        return new Allocation(M, ToewijzingNummer.of(tn), BSN, P, null, PRODUCT, d("2026-01-16"), from, to, null, omvang,
                budget, false, RECEIVED, 1L);
    }

    public static Allocation withdrawn(Allocation a) {
        return new Allocation(a.gemeente(), a.nummer(), a.bsn(), a.aanbieder(), a.referentieAanbieder(), a.product(),
                a.toewijzingsdatum(), a.ingangsdatum(), a.ingangsdatum(), "13", a.omvang(), a.budget(), true,
                a.receivedAt(), a.journalId());
    }

    public static Allocation forClient(Allocation a, Party aanbieder, Bsn bsn) {
        return new Allocation(a.gemeente(), a.nummer(), bsn, aanbieder, a.referentieAanbieder(), a.product(),
                a.toewijzingsdatum(), a.ingangsdatum(), a.einddatum(), a.redenWijziging(), a.omvang(), a.budget(),
                a.withdrawn(), a.receivedAt(), a.journalId());
    }

    public static Allocation withProduct(Allocation a, Product product) {
        return new Allocation(a.gemeente(), a.nummer(), a.bsn(), a.aanbieder(), a.referentieAanbieder(), product,
                a.toewijzingsdatum(), a.ingangsdatum(), a.einddatum(), a.redenWijziging(), a.omvang(), a.budget(),
                a.withdrawn(), a.receivedAt(), a.journalId());
    }

    public static Allocation withReferentie(Allocation a, String ra) {
        return new Allocation(a.gemeente(), a.nummer(), a.bsn(), a.aanbieder(), ra, a.product(),
                a.toewijzingsdatum(), a.ingangsdatum(), a.einddatum(), a.redenWijziging(), a.omvang(), a.budget(),
                a.withdrawn(), a.receivedAt(), a.journalId());
    }

    public static Seed put(Allocation a) {
        return s -> s.putAllocation(a);
    }

    public static String toegewezenPath(int i) {
        return IjwMessage.item(CLIENT + "/ToegewezenProducten", "ToegewezenProduct", i);
    }

    public static Toewijzing.ToegewezenProduct toegewezen(int i, long tn, String ra, Product product, LocalDate from,
                                                         LocalDate to, String redenWijziging) {
        return new Toewijzing.ToegewezenProduct(toegewezenPath(i), ToewijzingNummer.of(tn), ra, product, d("2026-01-16"),
                from, to, redenWijziging, WEEKLY_3H, null);
    }

    public static Toewijzing.ToegewezenProduct toegewezen(int i, long tn, String ra) {
        return toegewezen(i, tn, ra, PRODUCT, d("2026-02-02"), d("2026-07-31"), null);
    }

    public static Toewijzing toewijzing(Bsn bsn, Toewijzing.ToegewezenProduct... products) {
        return new Toewijzing(header(MessageType.JW301, d("2026-01-16")), bsn, CLIENT, List.of(products));
    }

    public static Toewijzing toewijzing(Toewijzing.ToegewezenProduct... products) {
        return toewijzing(BSN, products);
    }

    // ---- start and stop -------------------------------------------------------------------------

    public static String startPath(int i) {
        return IjwMessage.item(CLIENT + "/StartProducten", "StartProduct", i);
    }

    public static String stopPath(int i) {
        return IjwMessage.item(CLIENT + "/StopProducten", "StopProduct", i);
    }

    public static StartLevering.StartProduct startLine(int i, Long tn, String begin, StatusAanlevering status) {
        return new StartLevering.StartProduct(startPath(i), tn == null ? null : ToewijzingNummer.of(tn), PRODUCT,
                tn == null ? null : d("2026-02-02"), d(begin), status);
    }

    public static StartLevering start(StartLevering.StartProduct... lines) {
        return new StartLevering(header(MessageType.JW305, d("2026-04-02")), BSN, CLIENT, List.of(lines));
    }

    public static StopLevering.StopProduct stopLine(int i, Long tn, String begin, String reden, String end,
                                                    StatusAanlevering status) {
        return new StopLevering.StopProduct(stopPath(i), tn == null ? null : ToewijzingNummer.of(tn), PRODUCT,
                tn == null ? null : d("2026-02-02"), d(begin), reden, d(end), status);
    }

    public static StopLevering stop(StopLevering.StopProduct... lines) {
        return new StopLevering(header(MessageType.JW307, d("2026-04-02")), BSN, CLIENT, List.of(lines));
    }

    public static Delivery running(long tn, String begin) {
        return new Delivery(M, BSN, ToewijzingNummer.of(tn), d(begin), P, null, null, false, 2L, null);
    }

    public static Delivery stopped(long tn, String begin, String reden, String end) {
        return new Delivery(M, BSN, ToewijzingNummer.of(tn), d(begin), P, d(end), reden, false, 2L, 3L);
    }

    public static Delivery deleted(long tn, String begin) {
        return new Delivery(M, BSN, ToewijzingNummer.of(tn), d(begin), P, null, null, true, 2L, null);
    }

    public static Seed put(Delivery d) {
        return s -> s.putDelivery(d);
    }

    // ---- requests and answers -------------------------------------------------------------------

    public static String aangevraagdPath(int i) {
        return IjwMessage.item(CLIENT + "/AangevraagdeProducten", "AangevraagdProduct", i);
    }

    public static VerzoekOmToewijzing.AangevraagdProduct aangevraagd(int i, String ra, Product product, String from,
                                                                   String to) {
        return new VerzoekOmToewijzing.AangevraagdProduct(aangevraagdPath(i), ra, product, d(from),
                to == null ? null : d(to), WEEKLY_3H, null);
    }

    public static VerzoekOmToewijzing vot(VerzoekOmToewijzing.AangevraagdProduct... products) {
        return new VerzoekOmToewijzing(header(MessageType.JW315), BSN, CLIENT, List.of(products));
    }

    public static VerzoekOmToewijzing vot(String... ras) {
        List<VerzoekOmToewijzing.AangevraagdProduct> list = new ArrayList<>();
        for (int i = 0; i < ras.length; i++) {
            list.add(aangevraagd(i, ras[i], new Product("45", "45A5" + i), "2026-05-01", "2026-12-31"));
        }
        return new VerzoekOmToewijzing(header(MessageType.JW315), BSN, CLIENT, list);
    }

    public static final String VERZOEK = CLIENT + "/Verzoek";

    public static VerzoekOmWijziging vow(String ra) {
        return new VerzoekOmWijziging(header(MessageType.JW317), BSN, VERZOEK, ra, "1", List.of(ToewijzingNummer.of(TN)),
                List.of(), List.of());
    }

    public static final String ANTWOORD = "/Bericht/Antwoord";

    public static Antwoordbericht antwoord(String ra, String verzoekAntwoord) {
        return new Antwoordbericht(header(MessageType.JW319), ANTWOORD, ra, verzoekAntwoord,
                "1".equals(verzoekAntwoord) ? "7" : null);
    }

    public static Request request(String ra, String kind, Long answeredJournalId) {
        return new Request(P, ra, M, kind, BSN, RECEIVED.minusSeconds(86400 * 30), 5L, answeredJournalId);
    }

    public static Seed put(Request r) {
        return s -> s.putRequest(r);
    }

    public static Seed answered(String ra, String kind, String verzoekAntwoord) {
        return s -> s.rules().putAnswer(P, ra, M, kind, verzoekAntwoord, 7L);
    }

    // ---- claims -----------------------------------------------------------------------------------

    public static String prestatiePath(int i) {
        return IjwMessage.item("/Bericht/Declaratie/Clienten/Client/Prestaties", "Prestatie", i);
    }

    /** A debit in hours at 9874 cents an hour on the sample product. */
    public static Declaratie.Prestatie debit(int i, String rn, long tn, String from, String to, long hours) {
        return new Declaratie.Prestatie(prestatiePath(i), BSN, rn, null, ToewijzingNummer.of(tn), PRODUCT,
                period(from, to), hours, "04", 9874L, hours * 9874, true);
    }

    public static Declaratie.Prestatie credit(int i, String rn, String vorig, long tn, String from, String to, long hours) {
        return new Declaratie.Prestatie(prestatiePath(i), BSN, rn, vorig, ToewijzingNummer.of(tn), PRODUCT,
                period(from, to), hours, "04", 9874L, hours * 9874, false);
    }

    public static Declaratie.Prestatie with(Declaratie.Prestatie p, Product product, String eenheid, long volume,
                                            Long tarief, long bedrag) {
        return new Declaratie.Prestatie(p.path(), p.bsn(), p.referentieNummer(), p.vorigReferentieNummer(), p.nummer(),
                product, p.periode(), volume, eenheid, tarief, bedrag, p.debet());
    }

    public static Declaratie.Prestatie forBsn(Declaratie.Prestatie p, Bsn bsn) {
        return new Declaratie.Prestatie(p.path(), bsn, p.referentieNummer(), p.vorigReferentieNummer(), p.nummer(),
                p.product(), p.periode(), p.volume(), p.eenheid(), p.tarief(), p.bedrag(), p.debet());
    }

    /** A claim for March 2026 with a correct total. */
    public static Declaratie claim(String nummer, Declaratie.Prestatie... lines) {
        long net = Arrays.stream(lines).mapToLong(p -> p.debet() ? p.bedrag() : -p.bedrag()).sum();
        return new Declaratie(header(MessageType.JW323), nummer, period("2026-03-01", "2026-03-31"), Math.abs(net),
                net >= 0, List.of(lines));
    }

    public static Declaratie claim(Declaratie.Prestatie... lines) {
        return claim("DCL-TEST", lines);
    }

    public static ClaimLine line(String rn, long tn, String from, String to, long hours, boolean debet, String vorig) {
        return new ClaimLine(P, rn, M, "DCL-EARLIER", BSN, ToewijzingNummer.of(tn), period(from, to), hours, "04", 9874L,
                hours * 9874, debet, vorig, 9L);
    }

    public static Seed put(ClaimLine c) {
        return s -> s.putClaimLine(c);
    }
}
