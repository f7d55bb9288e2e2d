package nl.ijw.gateway.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The SAP expectations (migration V3), in the transaction of the message that creates or fulfils them. */
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

    Expectations(Statements st) {
        this.st = st;
    }

    public void insert(Expectation e) throws SQLException {
        PreparedStatement ps = st.get(INSERT);
        bind(ps, e);
        ps.executeUpdate();
    }

    /** Inserts an expectation already met by journal entry {@code fulfilledJournalId}. */
    public void insertMet(Expectation e, long fulfilledJournalId) throws SQLException {
        PreparedStatement ps = st.get(INSERT_MET);
        bind(ps, e);
        ps.setLong(13, fulfilledJournalId);
        ps.executeUpdate();
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

    /** The OPEN expectations due before {@code day}, by due date: what the watch reports. */
    public List<Expectation> openDueBefore(LocalDate day) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + COLUMNS + " FROM sap_expectation WHERE status = 'OPEN' AND due < ?"
                + " ORDER BY due, id");
        ps.setDate(1, Date.valueOf(day));
        return list(ps);
    }

    /** Marks what {@link #openDueBefore} returned as reported, in one statement; returns the count. */
    public int markOverdueBefore(LocalDate day) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_expectation SET status = 'OVERDUE' WHERE status = 'OPEN' AND due < ?");
        ps.setDate(1, Date.valueOf(day));
        return ps.executeUpdate();
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

    /** Closes the awaited expectations whose key starts with {@code prefix}: they can no longer be met. */
    public void cancelByPrefix(String prefix) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_expectation SET status = 'CANCELLED'"
                + " WHERE match_key LIKE ? AND status IN ('OPEN', 'OVERDUE')");
        ps.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
        ps.executeUpdate();
    }

    /**
     * A new due date for an expectation still awaited (an allocation's Einddatum changed). One
     * already reported overdue is open again: the new deadline may be missed in its turn.
     */
    public void moveDue(long id, LocalDate due) throws SQLException {
        PreparedStatement ps = st.get("UPDATE sap_expectation SET due = ?, status = 'OPEN'"
                + " WHERE id = ? AND status IN ('OPEN', 'OVERDUE')");
        ps.setDate(1, Date.valueOf(due));
        ps.setLong(2, id);
        ps.executeUpdate();
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
