package nl.ijw.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ijw.gateway.dispatch.JsonProps;
import nl.ijw.gateway.dispatch.Properties;
import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.engine.GatewayCore;
import nl.ijw.gateway.engine.RetourResponder;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.replay.Replay;
import nl.ijw.gateway.rules.RuleSet;
import nl.ijw.gateway.rules.RulesConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.serve.ServedGate;
import nl.ijw.gateway.serve.ServedParties;
import nl.ijw.gateway.store.Database;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.Outbox;
import nl.ijw.gateway.testing.Samples;
import nl.ijw.gateway.validation.MessageValidator;

/**
 * The routing matrix of docs/messaging.md ("Whom the gateway serves"), cell by cell: every sample
 * message type, as sent (accepted), schema-broken (rejected) and with Afzender and Ontvanger
 * swapped (the wrong direction, rejected), under four deployments, against the outbox rows the
 * intake writes (queues and folder outbox). The expected rows are worked out here from the rules
 * as documented, not from the dispatch code. No business rules run (an empty rule set), so a
 * sample on its own is accepted: the verdict is the variant's, and the routing is the subject.
 */
class RoutingMatrixTest {

    private static final String MUNICIPALITY = "0599";
    private static final String PROVIDER = "41836207";
    /** Every forward and answer for these two is also written as a file (folder.outbox.parties). */
    private static final Set<String> FILE_PARTIES = Set.of(MUNICIPALITY, PROVIDER);
    private static final RulesConfig CONFIG = RulesConfig.defaults();
    private static final GatewayCore CORE = new GatewayCore(MessageValidator.standard(), new RuleSet(List.of()), CONFIG,
            RetourResponder.standard(), SapTracker.standard());

    enum Variant { ACCEPTED, REJECTED, REVERSED }

    /** {@code gateway.serves} values: the default, a provider-side deployment, another party, both sides. */
    static final List<String> DEPLOYMENTS = List.of("municipalities", PROVIDER, "0363", MUNICIPALITY + "," + PROVIDER);

    /**
     * One store per deployment, shared by its cells (a store costs more than a cell): only the
     * accepted variant claims its Identificatie, so no cell is another's resend.
     */
    private static final Map<String, Database> DATABASES = new ConcurrentHashMap<>();
    private static final Map<String, Intake> INTAKES = new ConcurrentHashMap<>();

    private static Intake intake(String serves) {
        Database db = DATABASES.computeIfAbsent(serves, k -> Database.open(DatabaseConfig.h2Memory("matrix-" + UUID.randomUUID())));
        return new Intake(new ServedGate(CORE, ServedParties.parse(serves)), db,
                Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC), FILE_PARTIES);
    }

    @AfterAll
    static void close() {
        DATABASES.values().forEach(Database::close);
    }

    static Stream<Arguments> cells() throws IOException {
        List<Arguments> cells = new ArrayList<>();
        try (Stream<Path> files = Files.list(Samples.root().resolve("messages"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                for (String serves : DEPLOYMENTS) {
                    for (Variant v : Variant.values()) {
                        cells.add(Arguments.of(f.getFileName().toString(), serves, v));
                    }
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} serves={1} {2}")
    @MethodSource("cells")
    void everyCellRoutesAsDocumented(String sample, String serves, Variant variant) throws IOException {
        Sample s = Sample.read(Samples.root().resolve("messages").resolve(sample), variant);
        Intake intake = INTAKES.computeIfAbsent(serves, RoutingMatrixTest::intake);
        long journalId = intake.take(s.bytes(), new Delivery("jms:" + sample + variant, Channel.QUEUE, "ijw.in", "ID:1"))
                .journalId();
        List<String> actual = DATABASES.get(serves).inTransaction(tx -> tx.outbox().unsent(1000)).stream()
                .filter(r -> r.journalId() == journalId && !r.kind().equals("SIGNAL")).map(RoutingMatrixTest::describe)
                .toList();
        assertEquals(expected(s, ServedParties.parse(serves)), actual);
    }

    /**
     * {@code replay --serves} decides as the live gateway: every cell's message, in one history,
     * gives the same journal (verdicts, and which answers of which type to whom), live and replayed.
     */
    @ParameterizedTest(name = "serves={0}")
    @MethodSource("deployments")
    void theReplayDecidesEveryCellAsTheLiveGateway(String serves, @TempDir Path tmp) throws Exception {
        Path history = Files.createDirectories(tmp.resolve("history"));
        StringBuilder manifest = new StringBuilder("receivedAt,file\n");
        List<byte[]> messages = new ArrayList<>();
        for (Arguments a : cells().filter(a -> a.get()[1].equals(serves)).toList()) {
            byte[] bytes = Sample.read(Samples.root().resolve("messages").resolve((String) a.get()[0]), (Variant) a.get()[2]).bytes();
            String file = String.format("%03d.xml", messages.size());
            Files.write(history.resolve(file), bytes);
            manifest.append(Instant.parse("2026-05-04T09:00:00Z").plusSeconds(messages.size())).append(',').append(file).append('\n');
            messages.add(bytes);
        }
        Files.writeString(history.resolve("manifest.csv"), manifest);
        List<String> live;
        try (Database db = Database.open(DatabaseConfig.h2Memory("matrix-live-" + UUID.randomUUID()))) {
            Intake intake = new Intake(new ServedGate(CORE, ServedParties.parse(serves)), db,
                    Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC));
            for (int n = 0; n < messages.size(); n++) {
                intake.take(messages.get(n), new Delivery("jms:" + n, Channel.QUEUE, "ijw.in", null));
            }
            live = journal(db);
        }
        Path out = tmp.resolve("replay");
        new Replay(CORE, ServedParties.parse(serves), Replay.Tuning.singleThreaded()).run(history, out);
        try (Database db = Database.open(DatabaseConfig.h2File(out))) {
            assertEquals(live, journal(db));
        }
    }

    static Stream<String> deployments() {
        return DEPLOYMENTS.stream();
    }

    /** The journal without what differs by channel and clock: an answer's own identity. */
    private static List<String> journal(Database db) {
        return db.inTransaction(tx -> tx.journal().list()).stream()
                .map(e -> e.direction() + " " + e.messageType() + " " + e.sender() + "->" + e.receiver() + " "
                        + (e.direction().equals("IN") ? e.identificatie() : "") + " " + e.verdict()
                        + (e.answersId() == null ? "" : " answers " + e.answersId()))
                .toList();
    }

    /** What docs/messaging.md says the gateway sends for this message, in outbox order. */
    private static List<String> expected(Sample s, ServedParties serves) {
        MessageType t = s.type();
        boolean retour = t.isRetour();
        String from = retour ? s.ontvanger() : s.afzender();
        String to = retour ? s.afzender() : s.ontvanger();
        boolean toServed = serves.serves(to);
        boolean fromServed = serves.serves(from);
        String inReplyTo = retour ? s.identificatie() : t == MessageType.JW325 ? s.declaratieIdentificatie() : null;
        List<String> rows = new ArrayList<>();
        // Answered on the receiver's behalf; the wrong direction has no schema-valid retour.
        if (toServed && t.answeredBy().isPresent() && s.variant() != Variant.REVERSED) {
            String answer = row("ANSWER", "ijw.out." + s.afzender(), t.answeredBy().get().name(), s.ontvanger(),
                    s.afzender(), s.identificatie(), "ACCEPTED", null);
            rows.add(answer);
            rows.add(file(answer, s.afzender()));
        }
        boolean valid = s.variant() == Variant.ACCEPTED;
        if (valid && (toServed || fromServed)) {
            String forward = row("FORWARD", "ijw.out." + to, t.name(), from, to, inReplyTo, "ACCEPTED", null);
            rows.add(forward);
            rows.add(file(forward, to));
        } else {
            String reason = toServed ? "rejected: " : fromServed ? "not forwarded: " : "GW-SERVES: ";
            rows.add(row("REJECTED", "ijw.rejected", t.name(), from, to, inReplyTo, "REJECTED", reason));
        }
        return rows;
    }

    private static String file(String output, String party) {
        return "FILE " + party + " " + output.substring(output.indexOf(' ', output.indexOf(' ') + 1) + 1);
    }

    private static String row(String kind, String destination, String type, String sender, String receiver,
                              String inReplyTo, String verdict, String reason) {
        return kind + " " + destination + " " + type + " " + sender + "->" + receiver + " re=" + inReplyTo
                + " " + verdict + " " + kind.replace("FILE", "") + (reason == null ? "" : " " + reason);
    }

    private static String describe(Outbox.Pending r) {
        Map<String, String> p = JsonProps.read(r.propertiesJson());
        String reason = p.get(Properties.REASON);
        String kind = p.get(Properties.KIND);
        return r.kind() + " " + r.destination() + " " + p.get(Properties.TYPE) + " " + p.get(Properties.SENDER) + "->"
                + p.get(Properties.RECEIVER) + " re=" + p.get(Properties.IN_REPLY_TO) + " " + p.get(Properties.VERDICT)
                + " " + kind + (reason == null ? "" : " " + reason.substring(0, reason.indexOf(':') + 2));
    }

    /** A sample's header, and its bytes for the variant. */
    record Sample(MessageType type, String afzender, String ontvanger, String identificatie,
                  String declaratieIdentificatie, Variant variant, byte[] bytes) {

        static Sample read(Path file, Variant variant) throws IOException {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            MessageType type = MessageType.byBerichtCode(find(xml, "BerichtCode>(\\d+)<")).orElseThrow();
            String afzender = find(xml, "Afzender>([^<]+)<");
            String ontvanger = find(xml, "Ontvanger>([^<]+)<");
            String declaratie = xml.contains("DeclaratieIdentificatie>")
                    ? find(xml, "DeclaratieIdentificatie>\\s*<ijw:Identificatie>([^<]+)<") : null;
            String prefix = type.key() + ":";
            String changed = switch (variant) {
                case ACCEPTED -> xml;
                // An element the schema does not know, in the header: schema-invalid, header still readable.
                case REJECTED -> xml.replaceFirst("</" + prefix + "BerichtSubversie>",
                        "</" + prefix + "BerichtSubversie><" + prefix + "Onbekend>1</" + prefix + "Onbekend>");
                case REVERSED -> xml.replace("Afzender>" + afzender + "<", "Afzender>#<")
                        .replace("Ontvanger>" + ontvanger + "<", "Ontvanger>" + afzender + "<")
                        .replace("Afzender>#<", "Afzender>" + ontvanger + "<");
            };
            assertTrue(variant == Variant.ACCEPTED || !changed.equals(xml), "variant applied to " + file);
            boolean swap = variant == Variant.REVERSED;
            return new Sample(type, swap ? ontvanger : afzender, swap ? afzender : ontvanger,
                    find(xml, "<ijw:Identificatie>([^<]+)<"), declaratie, variant, changed.getBytes(StandardCharsets.UTF_8));
        }

        private static String find(String xml, String regex) {
            Matcher m = Pattern.compile(regex).matcher(xml);
            assertTrue(m.find(), regex);
            return m.group(1);
        }
    }
}
