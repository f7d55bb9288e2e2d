package nl.ijw.gateway.timeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.privacy.NamedClients;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.sap.report.AwaitedFrom;
import nl.ijw.gateway.store.DatabaseConfig;
import nl.ijw.gateway.store.StoreException;

/**
 * The timeline of one client, read from a gateway store (read-only): which messages concern them
 * comes from the state tables (allocation versions, requests and their answers, starts and stops,
 * claim lines, the JW325 that met a claim's OP090x4) and, for messages the gateway rejected (so the
 * state holds nothing of them), from the journal's raw bytes naming the BSN. Retours are the
 * gateway's own answers (OUT, answers_id) and the other party's retours (same Afzender and
 * Identificatie); their codes are read from their bytes.
 */
public final class Timelines implements AutoCloseable {

    private static final Pattern RETOUR_CODE = Pattern.compile("RetourCode>\\s*([0-9]{4})\\s*<");
    private static final String RETOUR_TYPES = "'JW302', 'JW306', 'JW308', 'JW316', 'JW318', 'JW320'";

    private final Connection connection;
    private final WorkingDayCalendar calendar;
    /** BSN to the rejected messages naming it: read once, on first need (a report asks for many clients). */
    private Map<String, List<Long>> rejectedByBsn;
    private Map<Long, String> rejectedVerdicts;
    /** BSN to accepted starts and stops the state links to no delivery (task-based care); read once, on first need. */
    private Map<String, List<Long>> unlinkedByBsn;
    private Map<Long, String> unlinkedKinds;

    private Timelines(Connection connection, WorkingDayCalendar calendar) {
        this.connection = connection;
        this.calendar = calendar;
    }

    /** Opens the H2 database of a gateway data directory read-only; refuses when it does not exist. */
    public static Timelines openDataDir(Path dataDir, WorkingDayCalendar calendar) {
        DatabaseConfig.requireH2(dataDir);
        return open(DatabaseConfig.h2FileReadOnly(dataDir), calendar);
    }

    /** Opens any gateway database (the live one: a second connection beside the engine's), read-only. */
    public static Timelines open(DatabaseConfig config, WorkingDayCalendar calendar) {
        try {
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            c.setReadOnly(true);
            if (config.url().startsWith("jdbc:h2:")) {
                // The passes over whole tables stream their rows instead of holding them all first.
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
            }
            return new Timelines(c, Objects.requireNonNull(calendar, "calendar"));
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + config.where() + ": " + e.getMessage(), e);
        }
    }

    /** The BSNs of the clients holding this ToewijzingNummer (one per municipality that issued it), ascending. */
    public List<String> clientsOfAllocation(String toewijzingNummer) {
        long nr;
        try {
            nr = Long.parseLong(toewijzingNummer.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--toewijzing '" + toewijzingNummer + "' is not a ToewijzingNummer (digits)");
        }
        List<String> out = new ArrayList<>();
        query("SELECT DISTINCT bsn FROM allocation WHERE toewijzing_nummer = ? ORDER BY bsn", List.of(nr),
                rs -> out.add(rs.getString(1)));
        return out;
    }

    /**
     * The client a message is about, from its bytes: the one BSN it names; empty when it names none
     * or several (a claim covers many clients): then no single client can be linked, and none is guessed.
     */
    public java.util.Optional<String> clientOfMessage(long journalId) {
        Set<String> found = new TreeSet<>();
        query("SELECT payload FROM journal_payload WHERE journal_id = ?", List.of(journalId), rs -> {
            found.addAll(NamedClients.in(rs.getBytes(1)));
        });
        return found.size() == 1 ? java.util.Optional.of(found.iterator().next()) : java.util.Optional.empty();
    }

    /** The client's timeline as it stood at asOf: messages received after it are left out, and what they met is still awaited. */
    public Timeline of(String bsn, Instant asOf) {
        return of(List.of(bsn), asOf).get(bsn);
    }

    /**
     * The timelines of these clients as they stood at asOf, by BSN in the order given. The store is
     * read in a fixed number of passes however many clients and messages there are (a report asks
     * for thousands): the state tables and the journal are scanned once each and filtered here, and
     * only single rows are looked up by key. Asked one message at a time, the retours and deadlines
     * alone scanned the journal and the expectations once per message (hours for a report on a year).
     */
    public Map<String, Timeline> of(Collection<String> bsns, Instant asOf) {
        Map<String, Facts> clients = new LinkedHashMap<>();
        bsns.forEach(b -> clients.put(b, new Facts()));
        allocationFacts(clients);
        requestFacts(clients);
        deliveryFacts(clients);
        claimFacts(clients);
        rejected(clients);
        unlinked(clients);
        OffsetDateTime until = asOf.atOffset(ZoneOffset.UTC);
        Map<Long, Header> headers = headers(clients.values(), until);
        // A client the store does not know has no entries: no pass over the journal or expectations for it.
        Map<Long, List<RetourStatus>> retours = headers.isEmpty() ? Map.of() : retours(headers, until);
        Map<Long, List<Deadline>> deadlines = headers.isEmpty() ? Map.of() : deadlines(headers.keySet(), until);
        Map<String, Timeline> out = new LinkedHashMap<>();
        clients.forEach((bsn, f) -> {
            List<TimelineEntry> entries = new ArrayList<>();
            f.byEntry.forEach((id, facts) -> {
                Header h = headers.get(id);
                if (h != null) {
                    entries.add(new TimelineEntry(id, h.receivedAt(), h.type(), title(h.type()), h.sender(), h.receiver(),
                            h.identificatie(), h.verdict(), facts, retours.getOrDefault(id, List.of()),
                            deadlines.getOrDefault(id, List.of())));
                }
            });
            entries.sort(java.util.Comparator.comparing(TimelineEntry::receivedAt).thenComparing(TimelineEntry::journalId));
            out.put(bsn, new Timeline(bsn, asOf, List.copyOf(f.allocations), entries));
        });
        return out;
    }

    /** What the state says about one client: facts by journal entry, and the client's ToewijzingNummers. */
    private static final class Facts {
        final Map<Long, List<Fact>> byEntry = new TreeMap<>();
        final Set<String> allocations = new TreeSet<>();

        void add(long journalId, Fact fact) {
            byEntry.computeIfAbsent(journalId, k -> new ArrayList<>()).add(fact);
        }
    }

    /** A journal entry's own columns. */
    private record Header(Instant receivedAt, String type, String sender, String receiver, String identificatie,
                          String verdict) {
    }

    private void allocationFacts(Map<String, Facts> clients) {
        query("SELECT a.bsn, h.journal_id, h.toewijzing_nummer, h.ingangsdatum, h.einddatum, h.reden_wijziging,"
                + " h.withdrawn, a.product_categorie, a.product_code, a.aanbieder FROM allocation_history h JOIN allocation a"
                + " ON a.gemeente = h.gemeente AND a.toewijzing_nummer = h.toewijzing_nummer ORDER BY h.id",
                List.of(), rs -> {
                    Facts f = clients.get(rs.getString(1));
                    if (f == null) {
                        return;
                    }
                    f.allocations.add(String.valueOf(rs.getLong(3)));
                    f.add(rs.getLong(2), new Fact.AllocationVersion(rs.getLong(3), rs.getString(10), rs.getString(8),
                            rs.getString(9), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            rs.getString(6), rs.getBoolean(7)));
                });
    }

    private void requestFacts(Map<String, Facts> clients) {
        Map<String, List<String[]>> requests = new HashMap<>();
        query("SELECT bsn, journal_id, kind, referentie_aanbieder, aanbieder FROM request ORDER BY journal_id",
                List.of(), rs -> {
                    Facts f = clients.get(rs.getString(1));
                    if (f != null) {
                        f.add(rs.getLong(2), new Fact.Request(rs.getString(3), rs.getString(4)));
                        requests.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new String[] {rs.getString(5), rs.getString(4)});
                    }
                });
        requests.forEach((bsn, list) -> {
            for (String[] r : list) {
                query("SELECT journal_id, kind, verzoek_antwoord FROM request_answer WHERE aanbieder = ? AND"
                        + " referentie_aanbieder = ? ORDER BY id", List.of(r[0], r[1]), rs -> {
                            clients.get(bsn).add(rs.getLong(1), new Fact.RequestAnswer(r[1], rs.getString(2), rs.getString(3)));
                        });
            }
        });
    }

    private void deliveryFacts(Map<String, Facts> clients) {
        query("SELECT bsn, start_journal_id, stop_journal_id, toewijzing_nummer, begindatum, einddatum, reden_beeindiging,"
                + " deleted FROM delivery ORDER BY start_journal_id", List.of(), rs -> {
                    Facts f = clients.get(rs.getString(1));
                    if (f == null) {
                        return;
                    }
                    f.add(rs.getLong(2), new Fact.Start(rs.getLong(4), rs.getObject(5, LocalDate.class), rs.getBoolean(8)));
                    long stop = rs.getLong(3);
                    if (!rs.wasNull()) {
                        f.add(stop, new Fact.Stop(rs.getLong(4), rs.getObject(6, LocalDate.class), rs.getString(7)));
                    }
                });
    }

    private void claimFacts(Map<String, Facts> clients) {
        Map<Long, List<Facts>> claims = new LinkedHashMap<>();
        query("SELECT bsn, journal_id, declaratie_nummer, referentie_nummer, toewijzing_nummer, begindatum, einddatum,"
                + " bedrag, debet FROM claim_line ORDER BY journal_id, referentie_nummer", List.of(), rs -> {
                    Facts f = clients.get(rs.getString(1));
                    if (f == null) {
                        return;
                    }
                    List<Facts> of = claims.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>());
                    if (!of.contains(f)) {
                        of.add(f);
                    }
                    f.add(rs.getLong(2), new Fact.ClaimLine(rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBoolean(9),
                            rs.getLong(8)));
                });
        if (claims.isEmpty()) {
            return;
        }
        query("SELECT journal_id, fulfilled_journal_id FROM sap_expectation WHERE rule = ?"
                + " AND fulfilled_journal_id IS NOT NULL ORDER BY id", List.of(SapRule.OP090X4), rs -> {
                    long claim = rs.getLong(1);
                    for (Facts f : claims.getOrDefault(claim, List.of())) {
                        f.add(rs.getLong(2), new Fact.ClaimAnswer(claim));
                    }
                });
    }

    /** Messages the gateway did not accept that name the BSN: the state holds nothing of them. */
    private void rejected(Map<String, Facts> clients) {
        if (rejectedByBsn == null) {
            rejectedByBsn = new java.util.HashMap<>();
            Map<Long, String> verdicts = new TreeMap<>();
            // Every verdict but ACCEPTED (engine.Verdict), named so that the index of V15 answers it.
            query("SELECT j.id, j.verdict, p.payload FROM journal j JOIN journal_payload p ON p.journal_id = j.id"
                    + " WHERE j.verdict IN ('REJECTED', 'FAILED') AND j.direction = 'IN' ORDER BY j.id",
                    List.of(), rs -> {
                        verdicts.put(rs.getLong(1), rs.getString(2));
                        long id = rs.getLong(1);
                        NamedClients.in(rs.getBytes(3)).forEach(b -> rejectedByBsn.computeIfAbsent(b, k -> new ArrayList<>()).add(id));
                    });
            rejectedVerdicts = verdicts;
        }
        clients.forEach((bsn, f) -> {
            for (long id : rejectedByBsn.getOrDefault(bsn, List.of())) {
                f.add(id, new Fact.NotAccepted(rejectedVerdicts.get(id)));
            }
        });
    }

    /**
     * Accepted starts and stops that name the BSN but no delivery row: task-based care, whose
     * products carry no ToewijzingNummer. Without this a client with only such care read "no
     * message about client", which is not so.
     */
    private void unlinked(Map<String, Facts> clients) {
        if (unlinkedByBsn == null) {
            Set<Long> linked = new HashSet<>();
            query("SELECT start_journal_id, stop_journal_id FROM delivery", List.of(), rs -> {
                linked.add(rs.getLong(1));
                long stop = rs.getLong(2);
                if (!rs.wasNull()) {
                    linked.add(stop);
                }
            });
            Map<String, List<Long>> byBsn = new HashMap<>();
            Map<Long, String> kinds = new HashMap<>();
            query("SELECT j.id, j.message_type, p.payload FROM journal j JOIN journal_payload p ON p.journal_id = j.id"
                    + " WHERE j.message_type IN ('JW305', 'JW307') AND j.verdict = 'ACCEPTED' AND j.direction = 'IN'"
                    + " ORDER BY j.id", List.of(), rs -> {
                        long id = rs.getLong(1);
                        if (!linked.contains(id)) {
                            kinds.put(id, rs.getString(2));
                            NamedClients.in(rs.getBytes(3)).forEach(b -> byBsn.computeIfAbsent(b, k -> new ArrayList<>())
                                    .add(id));
                        }
                    });
            unlinkedByBsn = byBsn;
            unlinkedKinds = kinds;
        }
        clients.forEach((bsn, f) -> {
            for (long id : unlinkedByBsn.getOrDefault(bsn, List.of())) {
                f.add(id, new Fact.Unlinked(unlinkedKinds.get(id)));
            }
        });
    }

    /** The journal entries the facts name that were received by until, looked up one by one by key. */
    private Map<Long, Header> headers(Collection<Facts> clients, OffsetDateTime until) {
        Map<Long, Header> out = new HashMap<>();
        Set<Long> asked = new HashSet<>();
        for (Facts f : clients) {
            for (long id : f.byEntry.keySet()) {
                if (asked.add(id)) {
                    query("SELECT received_at, message_type, sender, receiver, identificatie, verdict FROM journal"
                            + " WHERE id = ? AND received_at <= ?", List.of(id, until), rs -> out.put(id, new Header(
                                    rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6))));
                }
            }
        }
        return out;
    }

    /**
     * The retours of these entries, by entry, in journal order: the gateway's answers (OUT, answers_id)
     * and the other party's retours (same Afzender and Identificatie, another entry), received by until.
     * One pass over the journal's retours; their codes are then read from their bytes by key.
     */
    private Map<Long, List<RetourStatus>> retours(Map<Long, Header> entries, OffsetDateTime until) {
        Map<List<String>, List<Long>> byKey = new HashMap<>();
        entries.forEach((id, h) -> byKey.computeIfAbsent(Arrays.asList(h.sender(), h.identificatie()), k -> new ArrayList<>()).add(id));
        Map<Long, List<Long>> found = new HashMap<>();
        Map<Long, RetourStatus> retours = new HashMap<>();
        query("SELECT id, received_at, message_type, direction, answers_id, sender, identificatie FROM journal"
                + " WHERE (direction = 'OUT' AND answers_id IS NOT NULL) OR (direction = 'IN' AND message_type IN ("
                + RETOUR_TYPES + ")) ORDER BY id", List.of(), rs -> {
                    long id = rs.getLong(1);
                    boolean out = "OUT".equals(rs.getString(4));
                    List<Long> of = out ? (entries.containsKey(rs.getLong(5)) ? List.of(rs.getLong(5)) : List.of())
                            : byKey.getOrDefault(Arrays.asList(rs.getString(6), rs.getString(7)), List.of());
                    OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                    if (of.isEmpty() || at.isAfter(until)) {
                        return;
                    }
                    for (long entry : of) {
                        if (entry != id) {
                            found.computeIfAbsent(entry, k -> new ArrayList<>()).add(id);
                            retours.putIfAbsent(id, new RetourStatus(rs.getString(3), id, at.toInstant(), out, List.of()));
                        }
                    }
                });
        // Read after the pass: a lookup inside it would run beside a streamed result.
        retours.replaceAll((id, r) -> withCodes(r));
        Map<Long, List<RetourStatus>> out = new HashMap<>();
        found.forEach((entry, ids) -> out.put(entry, ids.stream().map(retours::get).toList()));
        return out;
    }

    private RetourStatus withCodes(RetourStatus r) {
        List<String> codes = new ArrayList<>();
        query("SELECT payload FROM journal_payload WHERE journal_id = ?", List.of(r.journalId()),
                rs -> codes.addAll(codes(rs.getBytes(1))));
        return new RetourStatus(r.messageType(), r.journalId(), r.receivedAt(), r.fromGateway(), codes);
    }

    /** The expectations these entries created, by entry in id order: one pass over the expectations. */
    private Map<Long, List<Deadline>> deadlines(Set<Long> entries, OffsetDateTime until) {
        record Row(long entry, String rule, LocalDate due, String status, Long metBy, String owedBy) {
        }
        List<Row> rows = new ArrayList<>();
        query("SELECT journal_id, rule, due, status, fulfilled_journal_id, sender, receiver FROM sap_expectation ORDER BY id",
                List.of(), rs -> {
            if (entries.contains(rs.getLong(1))) {
                long metBy = rs.getLong(5);
                Long met = rs.wasNull() ? null : metBy;
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        met, owedBy(rs.getString(2), rs.getString(6), rs.getString(7))));
            }
        });
        LocalDate asOf = until.atZoneSameInstant(SapTracker.AMSTERDAM).toLocalDate();
        Map<Long, OffsetDateTime> metAt = new HashMap<>();
        Map<Long, List<Deadline>> out = new HashMap<>();
        for (Row r : rows) {
            OffsetDateTime met = r.metBy() == null ? null : metAt.computeIfAbsent(r.metBy(), this::receivedAt);
            boolean done = "DONE".equals(r.status()) && met != null && !met.isAfter(until);
            Deadline d = deadline(r.rule(), r.due(), r.status(), done,
                    done ? met.atZoneSameInstant(SapTracker.AMSTERDAM).toLocalDate() : null, done ? r.metBy() : null, asOf);
            out.computeIfAbsent(r.entry(), k -> new ArrayList<>()).add(new Deadline(d.rule(), d.outcome(), d.due(),
                    d.actual(), d.workingDaysLate(), d.metBy(), r.owedBy()));
        }
        return out;
    }

    /** Who had to send the awaited message, as the report's "awaited from" says it, by party code. */
    private static String owedBy(String rule, String sender, String receiver) {
        return AwaitedFrom.of(rule, sender, receiver) == AwaitedFrom.MUNICIPALITY
                ? receiver
                : AwaitedFrom.isMunicipality(receiver) ? sender : receiver;
    }

    /** When journal entry id was received; null when there is none. */
    private OffsetDateTime receivedAt(long id) {
        OffsetDateTime[] at = new OffsetDateTime[1];
        query("SELECT received_at FROM journal WHERE id = ?", List.of(id), rs -> at[0] = rs.getObject(1, OffsetDateTime.class));
        return at[0];
    }

    private Deadline deadline(String rule, LocalDate due, String status, boolean done, LocalDate actual, Long metBy,
                              LocalDate asOf) {
        if (done) {
            if (rule.equals(SapRule.NO_START)) {
                return new Deadline(rule, Deadline.Outcome.MET, due, actual, 0, metBy);
            }
            return actual.isAfter(due)
                    ? new Deadline(rule, Deadline.Outcome.LATE, due, actual, calendar.workingDaysBetween(due, actual), metBy)
                    : new Deadline(rule, Deadline.Outcome.ON_TIME, due, actual, 0, metBy);
        }
        if ("CANCELLED".equals(status)) {
            return new Deadline(rule, Deadline.Outcome.CANCELLED, due, null, 0, null);
        }
        if (rule.equals(SapRule.OP271)) {
            return new Deadline(rule, Deadline.Outcome.WITHOUT_START, due, null, 0, null);
        }
        if (!due.isBefore(asOf)) {
            return new Deadline(rule, Deadline.Outcome.PENDING, due, null, 0, null);
        }
        Deadline.Outcome kind = rule.equals(SapRule.NO_START) ? Deadline.Outcome.WARNING : Deadline.Outcome.OVERDUE;
        return new Deadline(rule, kind, due, null, calendar.workingDaysBetween(due, asOf), null);
    }

    static List<String> codes(byte[] payload) {
        List<String> out = new ArrayList<>();
        Matcher m = RETOUR_CODE.matcher(new String(payload, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The message type's iJw name; the type itself when unknown; null when it could not be read. */
    private static String title(String type) {
        if (type == null) {
            return null;
        }
        try {
            return MessageType.valueOf(type).title();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<?> args, Row row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the client's timeline: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database: " + e.getMessage(), e);
        }
    }
}
