package nl.ijw.gateway.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The SAP expectations (migrations V3, V4), in the transaction of the message that creates or fulfils them. */
public final class Expectations {

    private static final String COLUMNS = "id, rule, match_key, due, status, created_on, message_type, message_id,"
            + " sender, receiver, toewijzing_nummer, referentie, journal_id";

    private static final String INSERTED = "rule, match_key, due, status, created_on, message_type, message_id,"
            + " sender, receiver, toewijzing_nummer, referentie, journal_id";

    private static final String INSERT = "INSERT INTO sap_expectation (" + INSERTED + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** As {@link #INSERT}, with the journal entry that met it as 13th value. */
    private static final String INSERT_MET = "INSERT INTO sap_expectation (" + INSERTED + ", fulfilled_journal_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Statements st;
    private LocalDate earliestOpenDue;

    Expectations(Statements st) {
        this.st = st;
    }

    public void insert(Expectation e) throws SQLException {
        PreparedStatement ps = st.get(INSERT);
        bind(ps, e);
        ps.executeUpdate();
        if (e.status() == Expectation.Status.OPEN && (earliestOpenDue == null || e.due().isBefore(earliestOpenDue))) {
            earliestOpenDue = e.due();
        }
    }

    /**
     * The earliest due date of the OPEN rows inserted since the last call (null: none), then
     * forgets it. Kept in memory, not transactional: after a rollback it may name a row that is
     * gone, never miss one. The replay asks it to know when the watch must run before the next
     * message of the same day (a row already past due, e.g. a stop deadline of a past Einddatum).
     */
    public LocalDate takeEarliestOpenDue() {
        LocalDate d = earliestOpenDue;
        earliestOpenDue = null;
        return d;
    }

    /** Inserts an expectation already met by journal entry {@code fulfilledJournalId}; returns its id. */
    public long insertMet(Expectation e, long fulfilledJournalId) throws SQLException {
        PreparedStatement ps = st.getWithKeys(INSERT_MET);
        bind(ps, e);
        ps.setLong(13, fulfilledJournalId);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Adds to a JDBC batch instead of running: for bulk loads (benchmark, migration of old traffic). */
    public void addBatch(Expectation e) throws SQLException {
        PreparedStatement ps = st.get(INSERT);
        bind(ps, e);
        ps.addBatch();
    }

    public void executeBatch() throws SQLException {
        st.get(INSERT).executeBatch();
    }

    private static void bind(PreparedStatement ps, Expectation e) throws SQLException {
        ps.setString(1, e.rule());
        ps.setString(2, e.matchKey());
        ps.setDate(3, Date.valueOf(e.due()));
        ps.setString(4, e.status().name());
        ps.setDate(5, Date.valueOf(e.createdOn()));
        ps.setString(6, e.messageType());
        ps.setString(7, e.messageId());
        ps.setString(8, e.sender());
        ps.setString(9, e.receiver());
        ps.setString(10, e.toewijzingNummer());
        ps.setString(11, e.referentie());
        ps.setLong(12, e.journalId());
    }

    /** Every expectation with this key, in any status, oldest first. */
    public List<Expectation> byKey(String matchKey) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + COLUMNS + " FROM sap_expectation WHERE match_key = ? ORDER BY id");
        ps.setString(1, matchKey);
        return list(ps);
    }

    /**
     * Where the watch stands (table {@code sap_watch}, V4): every OPEN row with a due date before
     * {@code reportedBefore} and an id up to {@code throughId} has been reported.
     */
    public record Watermark(LocalDate reportedBefore, long throughId) {
    }

    public Watermark watermark() throws SQLException {
        PreparedStatement ps = st.get("SELECT reported_before, reported_through_id FROM sap_watch WHERE id = 1");
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("sap_watch has no row 1 (migration V4 not applied?)");
            }
            return new Watermark(rs.getDate(1).toLocalDate(), rs.getLong(2));
        }
    }

    public void setWatermark(Watermark w) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_watch SET reported_before = ?, reported_through_id = ? WHERE id = 1");
        ps.setDate(1, Date.valueOf(w.reportedBefore()));
        ps.setLong(2, w.throughId());
        ps.executeUpdate();
    }

    /** The highest expectation id so far (0 when none). */
    public long maxId() throws SQLException {
        try (ResultSet rs = st.get("SELECT MAX(id) FROM sap_expectation").executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Every row with afterId &lt; id &le; throughId, by id: what was added since the watch last looked. */
    public List<Expectation> idsBetween(long afterId, long throughId) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + COLUMNS + " FROM sap_expectation WHERE id > ? AND id <= ? ORDER BY id");
        ps.setLong(1, afterId);
        ps.setLong(2, throughId);
        return list(ps);
    }

    private static final String WATCHED = "id, rule, due, journal_id, message_type, message_id, sender, receiver,"
            + " toewijzing_nummer, referentie";

    /**
     * Up to {@code limit} OPEN rows with from &le; due &lt; before, in due order, read from the
     * index alone (V4): the rows carry no match key and no creation date.
     */
    public List<Expectation> openDue(LocalDate from, LocalDate before, int limit) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + WATCHED + " FROM sap_expectation WHERE status = 'OPEN' AND due >= ?"
                + " AND due < ? ORDER BY status, due LIMIT ?");
        ps.setDate(1, Date.valueOf(from));
        ps.setDate(2, Date.valueOf(before));
        ps.setInt(3, limit);
        return watched(ps);
    }

    /** Every OPEN row due on {@code day}, as {@link #openDue}. */
    public List<Expectation> openDueOn(LocalDate day) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + WATCHED + " FROM sap_expectation WHERE status = 'OPEN' AND due = ?");
        ps.setDate(1, Date.valueOf(day));
        return watched(ps);
    }

    private static List<Expectation> watched(PreparedStatement ps) throws SQLException {
        List<Expectation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Expectation(rs.getLong(1), rs.getString(2), null, rs.getDate(3).toLocalDate(),
                        Expectation.Status.OPEN, null, rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(4)));
            }
        }
        return out;
    }

    /** Logs a committed watch batch that reported something (table {@code sap_watch_log}). */
    public void logReported(LocalDate scannedOn, LocalDate coveredBefore, long throughId) throws SQLException {
        PreparedStatement ps = st.get("INSERT INTO sap_watch_log (scanned_on, covered_before, through_id)"
                + " VALUES (?, ?, ?)");
        ps.setDate(1, Date.valueOf(scannedOn));
        ps.setDate(2, Date.valueOf(coveredBefore));
        ps.setLong(3, throughId);
        ps.executeUpdate();
    }

    /** The day the watch first reported the OPEN row {@code id} due on {@code due}; null when it did not. */
    public LocalDate overdueSince(long id, LocalDate due) throws SQLException {
        PreparedStatement ps = st.get("SELECT MIN(scanned_on) FROM sap_watch_log WHERE covered_before > ?"
                + " AND through_id >= ?");
        ps.setDate(1, Date.valueOf(due));
        ps.setLong(2, id);
        try (ResultSet rs = ps.executeQuery()) {
            Date d = rs.next() ? rs.getDate(1) : null;
            return d == null ? null : d.toLocalDate();
        }
    }

    /** The status of row {@code id}; null when there is none. */
    public Expectation.Status status(long id) throws SQLException {
        PreparedStatement ps = st.get("SELECT status FROM sap_expectation WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Expectation.Status.valueOf(rs.getString(1)) : null;
        }
    }

    /**
     * Marks an expectation met by journal entry {@code journalId}. {@code due} is the due date the
     * arrival was judged against, which for OP271/OP272 depends on the arriving message (its actual
     * start or end date); it is stored so that the compliance report judges a DONE row as the
     * LATE finding did.
     */
    public void fulfil(long id, long journalId, LocalDate due) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_expectation SET status = 'DONE', fulfilled_journal_id = ?, due = ?"
                + " WHERE id = ?");
        ps.setLong(1, journalId);
        ps.setDate(2, Date.valueOf(due));
        ps.setLong(3, id);
        ps.executeUpdate();
    }

    /** Closes the awaited expectations under {@code matchKey}: they can no longer be met. */
    public void cancel(String matchKey) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_expectation SET status = 'CANCELLED'"
                + " WHERE match_key = ? AND status IN ('OPEN', 'OVERDUE')");
        ps.setString(1, matchKey);
        ps.executeUpdate();
    }

    /**
     * Closes the expectations of one withdrawn allocation whose key starts with {@code prefix}, the
     * met (DONE) ones too: withdrawn counts as never sent, so a start or stop judged on it is no
     * longer counted either (a CANCELLED row is counted nowhere). The
     * rows are found by their ToewijzingNummer (index of V12) and only filtered by the prefix: a
     * LIKE with a parameter uses no index in H2 (it scanned every row, a quarter of the replay's
     * writer time), and in PostgreSQL only under the C collation.
     */
    public void cancelByPrefix(String prefix, String toewijzingNummer) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_expectation SET status = 'CANCELLED'"
                + " WHERE toewijzing_nummer = ? AND match_key LIKE ? ESCAPE '\\' AND status IN ('OPEN', 'OVERDUE', 'DONE')");
        ps.setString(1, toewijzingNummer);
        ps.setString(2, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        ps.executeUpdate();
    }

    /**
     * A new due date for an expectation still awaited (an allocation's Einddatum changed): the
     * row is closed (CANCELLED) and a copy with the new date awaits instead, under a new id, so
     * the watch judges it afresh (its watermark covers ids, and an old id moved into the past would
     * never be reported). One already reported overdue is thus awaited again.
     */
    public void moveDue(Expectation e, LocalDate due) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_expectation SET status = 'CANCELLED'"
                + " WHERE id = ? AND status IN ('OPEN', 'OVERDUE')");
        ps.setLong(1, e.id());
        if (ps.executeUpdate() == 1) {
            insert(new Expectation(0, e.rule(), e.matchKey(), due, Expectation.Status.OPEN, e.createdOn(),
                    e.messageType(), e.messageId(), e.sender(), e.receiver(), e.toewijzingNummer(), e.referentie(),
                    e.journalId()));
        }
    }

    private static List<Expectation> list(PreparedStatement ps) throws SQLException {
        List<Expectation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Expectation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        Expectation.Status.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getLong(13)));
            }
        }
        return out;
    }
}
