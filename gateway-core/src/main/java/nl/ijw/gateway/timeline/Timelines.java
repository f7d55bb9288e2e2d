package nl.ijw.gateway.timeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.LinkedHashSet;
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

    private Timelines(Connection connection, WorkingDayCalendar calendar) {
        this.connection = connection;
        this.calendar = calendar;
    }

    /** Opens the H2 database of a gateway data directory read-only; refuses when it does not exist. */
    public static Timelines openDataDir(Path dataDir, WorkingDayCalendar calendar) {
        Path file = DatabaseConfig.h2DataFile(dataDir);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No gateway database in " + dataDir + " (expected " + file + ")", null);
        }
        return open(DatabaseConfig.h2FileReadOnly(dataDir), calendar);
    }

    /** Opens any gateway database (the live one: a second connection beside the engine's), read-only. */
    public static Timelines open(DatabaseConfig config, WorkingDayCalendar calendar) {
        try {
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            c.setReadOnly(true);
            return new Timelines(c, Objects.requireNonNull(calendar, "calendar"));
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + config.describe() + ": " + e.getMessage(), e);
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
        Map<Long, List<String>> facts = new TreeMap<>();
        Set<String> allocations = new TreeSet<>();
        allocationFacts(bsn, facts, allocations);
        requestFacts(bsn, facts);
        deliveryFacts(bsn, facts);
        claimFacts(bsn, facts);
        rejected(bsn, facts);
        OffsetDateTime until = asOf.atOffset(ZoneOffset.UTC);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Map.Entry<Long, List<String>> f : facts.entrySet()) {
            entry(f.getKey(), f.getValue(), until).ifPresent(entries::add);
        }
        entries.sort(java.util.Comparator.comparing(TimelineEntry::receivedAt).thenComparing(TimelineEntry::journalId));
        return new Timeline(bsn, asOf, List.copyOf(allocations), entries);
    }

    private void allocationFacts(String bsn, Map<Long, List<String>> facts, Set<String> allocations) {
        query("SELECT h.journal_id, h.toewijzing_nummer, h.ingangsdatum, h.einddatum, h.reden_wijziging, h.withdrawn,"
                + " a.product_categorie, a.product_code, a.aanbieder FROM allocation_history h JOIN allocation a"
                + " ON a.gemeente = h.gemeente AND a.toewijzing_nummer = h.toewijzing_nummer WHERE a.bsn = ? ORDER BY h.id",
                List.of(bsn), rs -> {
                    allocations.add(String.valueOf(rs.getLong(2)));
                    String reden = rs.getString(5);
                    add(facts, rs.getLong(1), "allocation " + rs.getLong(2) + " to " + rs.getString(9) + ": product "
                            + rs.getString(7) + "/" + rs.getString(8) + ", " + rs.getObject(3, LocalDate.class) + " to "
                            + orOpen(rs.getObject(4, LocalDate.class)) + (reden == null ? "" : ", RedenWijziging " + reden)
                            + (rs.getBoolean(6) ? ", withdrawn" : ""));
                });
    }

    private void requestFacts(String bsn, Map<Long, List<String>> facts) {
        List<String[]> requests = new ArrayList<>();
        query("SELECT journal_id, kind, referentie_aanbieder, aanbieder FROM request WHERE bsn = ? ORDER BY journal_id",
                List.of(bsn), rs -> {
                    add(facts, rs.getLong(1), "request (" + rs.getString(2) + ") ReferentieAanbieder " + rs.getString(3));
                    requests.add(new String[] {rs.getString(4), rs.getString(3)});
                });
        for (String[] r : requests) {
            query("SELECT journal_id, kind, verzoek_antwoord FROM request_answer WHERE aanbieder = ? AND"
                    + " referentie_aanbieder = ? ORDER BY id", List.of(r[0], r[1]), rs -> {
                        String antwoord = rs.getString(3);
                        add(facts, rs.getLong(1), "answer to request " + r[1] + " (" + rs.getString(2)
                                + (antwoord == null ? "" : ", VerzoekAntwoord " + antwoord) + ")");
                    });
        }
    }

    private void deliveryFacts(String bsn, Map<Long, List<String>> facts) {
        query("SELECT start_journal_id, stop_journal_id, toewijzing_nummer, begindatum, einddatum, reden_beeindiging,"
                + " deleted FROM delivery WHERE bsn = ? ORDER BY start_journal_id", List.of(bsn), rs -> {
                    add(facts, rs.getLong(1), "start of allocation " + rs.getLong(3) + " on "
                            + rs.getObject(4, LocalDate.class) + (rs.getBoolean(7) ? " (later deleted)" : ""));
                    long stop = rs.getLong(2);
                    if (!rs.wasNull()) {
                        add(facts, stop, "stop of allocation " + rs.getLong(3) + " on " + rs.getObject(5, LocalDate.class)
                                + (rs.getString(6) == null ? "" : ", RedenBeeindiging " + rs.getString(6)));
                    }
                });
    }

    private void claimFacts(String bsn, Map<Long, List<String>> facts) {
        Set<Long> claims = new LinkedHashSet<>();
        query("SELECT journal_id, declaratie_nummer, referentie_nummer, toewijzing_nummer, begindatum, einddatum, bedrag,"
                + " debet FROM claim_line WHERE bsn = ? ORDER BY journal_id, referentie_nummer", List.of(bsn), rs -> {
                    claims.add(rs.getLong(1));
                    add(facts, rs.getLong(1), "claim " + rs.getString(2) + " line " + rs.getString(3) + ": allocation "
                            + rs.getLong(4) + ", " + rs.getObject(5, LocalDate.class) + " to "
                            + rs.getObject(6, LocalDate.class) + ", " + (rs.getBoolean(8) ? "debit " : "credit ")
                            + rs.getLong(7) + " (cents)");
                });
        for (long claim : claims) {
            query("SELECT fulfilled_journal_id FROM sap_expectation WHERE rule = ? AND journal_id = ?"
                    + " AND fulfilled_journal_id IS NOT NULL", List.of(SapRule.OP090X4, claim),
                    rs -> add(facts, rs.getLong(1), "answer (JW325) to the claim of journal entry " + claim));
        }
    }

    /** Messages the gateway did not accept that name the BSN: the state holds nothing of them. */
    private void rejected(String bsn, Map<Long, List<String>> facts) {
        if (rejectedByBsn == null) {
            rejectedByBsn = new java.util.HashMap<>();
            Map<Long, String> verdicts = new TreeMap<>();
            query("SELECT j.id, j.verdict, p.payload FROM journal j JOIN journal_payload p ON p.journal_id = j.id"
                    + " WHERE j.direction = 'IN' AND j.verdict <> 'ACCEPTED' ORDER BY j.id",
                    List.of(), rs -> {
                        verdicts.put(rs.getLong(1), rs.getString(2));
                        long id = rs.getLong(1);
                        NamedClients.in(rs.getBytes(3)).forEach(b -> rejectedByBsn.computeIfAbsent(b, k -> new ArrayList<>()).add(id));
                    });
            rejectedVerdicts = verdicts;
        }
        for (long id : rejectedByBsn.getOrDefault(bsn, List.of())) {
            add(facts, id, rejectedVerdicts.get(id).toLowerCase(java.util.Locale.ROOT)
                    + ": names this client; what was refused is not in the state");
        }
    }

    private java.util.Optional<TimelineEntry> entry(long id, List<String> facts, OffsetDateTime until) {
        List<TimelineEntry> found = new ArrayList<>();
        query("SELECT id, received_at, message_type, sender, receiver, identificatie, verdict FROM journal"
                + " WHERE id = ? AND received_at <= ?", List.of(id, until), rs -> {
                    String type = rs.getString(3);
                    found.add(new TimelineEntry(id, rs.getObject(2, OffsetDateTime.class).toInstant(), type, title(type),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), facts,
                            retours(id, rs.getString(4), rs.getString(6), until), deadlines(id, until)));
                });
        return found.stream().findFirst();
    }

    private List<RetourStatus> retours(long id, String sender, String identificatie, OffsetDateTime until) {
        List<RetourStatus> out = new ArrayList<>();
        query("SELECT j.id, j.received_at, j.message_type, j.direction, p.payload FROM journal j"
                + " JOIN journal_payload p ON p.journal_id = j.id WHERE j.received_at <= ? AND"
                + " ((j.direction = 'OUT' AND j.answers_id = ?) OR (j.direction = 'IN' AND j.sender = ?"
                + " AND j.identificatie = ? AND j.id <> ? AND j.message_type IN (" + RETOUR_TYPES + "))) ORDER BY j.id",
                java.util.Arrays.asList(until, id, sender, identificatie, id), rs -> out.add(new RetourStatus(
                        rs.getString(3), rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        "OUT".equals(rs.getString(4)), codes(rs.getBytes(5)))));
        return out;
    }

    private List<Deadline> deadlines(long id, OffsetDateTime until) {
        LocalDate asOf = until.atZoneSameInstant(SapTracker.AMSTERDAM).toLocalDate();
        List<Deadline> out = new ArrayList<>();
        query("SELECT e.rule, e.due, e.status, e.fulfilled_journal_id, j.received_at FROM sap_expectation e"
                + " LEFT JOIN journal j ON j.id = e.fulfilled_journal_id WHERE e.journal_id = ? ORDER BY e.id",
                List.of(id), rs -> {
                    OffsetDateTime met = rs.getObject(5, OffsetDateTime.class);
                    boolean done = "DONE".equals(rs.getString(3)) && met != null && !met.isAfter(until);
                    long metBy = rs.getLong(4);
                    out.add(deadline(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), done,
                            done ? met.atZoneSameInstant(SapTracker.AMSTERDAM).toLocalDate() : null,
                            done ? Long.valueOf(metBy) : null, asOf));
                });
        return out;
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

    private static String title(String type) {
        if (type == null) {
            return "unreadable message";
        }
        try {
            return MessageType.valueOf(type).title();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    private static String orOpen(LocalDate d) {
        return d == null ? "open end" : d.toString();
    }

    private static void add(Map<Long, List<String>> facts, long journalId, String fact) {
        facts.computeIfAbsent(journalId, k -> new ArrayList<>()).add(fact);
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
