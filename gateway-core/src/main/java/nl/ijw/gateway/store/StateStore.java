package nl.ijw.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.MessageKey;
import nl.ijw.gateway.domain.Omvang;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.Product;
import nl.ijw.gateway.domain.ToewijzingNummer;

/**
 * The state the cross-message rules need: accepted message identities, allocations with their
 * history, requests, deliveries and claim lines. Plain JDBC in portable SQL (H2 and PostgreSQL).
 */
public final class StateStore {

    private final Statements st;

    private final RuleState rules;

    StateStore(Statements st) {
        this.st = st;
        this.rules = new RuleState(st);
    }

    /** The extra state of the technical rules (migration V2), on the same transaction. */
    /**
     * When the gateway's record begins: the receipt time of the earliest message in the journal,
     * empty for an empty journal. Messages exchanged before it may exist without the store knowing.
     */
    public Optional<java.time.Instant> firstReceipt() throws SQLException {
        // by id, not MIN(received_at): the key is indexed, and ids follow receipt
        PreparedStatement ps = st.get("SELECT received_at FROM journal WHERE direction = 'IN' ORDER BY id"
                + " FETCH FIRST 1 ROWS ONLY");
        try (ResultSet rs = ps.executeQuery()) {
            OffsetDateTime t = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
            return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
        }
    }

    public RuleState rules() {
        return rules;
    }

    // ---- message identities (TR056) ------------------------------------------------------

    /**
     * Records a message identity and tells whether it is new: false means it was processed
     * before (TR056). Single writer: nothing can claim the key between the two statements.
     */
    public boolean claimIdentity(MessageKey id) throws SQLException {
        // One INSERT ... WHERE NOT EXISTS costs more in H2 than a lookup and an insert together.
        return st.insertIfAbsent("SELECT 1 FROM message_seen WHERE sender = ? AND bericht_code = ? AND identificatie = ?",
                "INSERT INTO message_seen (sender, bericht_code, identificatie) VALUES (?, ?, ?)",
                ps -> bindKey(ps, id), ps -> bindKey(ps, id));
    }

    private static void bindKey(PreparedStatement ps, MessageKey id) throws SQLException {
        ps.setString(1, id.sender().code());
        ps.setString(2, id.type().berichtCode());
        ps.setString(3, id.identificatie());
    }

    // ---- allocations ---------------------------------------------------------------------

    private static final String ALLOCATION_COLUMNS = "gemeente, toewijzing_nummer, bsn, aanbieder, referentie_aanbieder,"
            + " product_categorie, product_code, toewijzingsdatum, ingangsdatum, einddatum, reden_wijziging, volume,"
            + " eenheid, frequentie, budget, withdrawn, received_at, journal_id";

    public Optional<Allocation> allocation(Party gemeente, ToewijzingNummer nummer) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + ALLOCATION_COLUMNS
                + " FROM allocation WHERE gemeente = ? AND toewijzing_nummer = ?");
        ps.setString(1, gemeente.code());
        ps.setLong(2, nummer.value());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(allocation(rs)) : Optional.empty();
        }
    }

    public List<Allocation> allocationsByReferentie(Party aanbieder, String referentieAanbieder) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + ALLOCATION_COLUMNS
                + " FROM allocation WHERE aanbieder = ? AND referentie_aanbieder = ? ORDER BY toewijzing_nummer");
        ps.setString(1, aanbieder.code());
        ps.setString(2, referentieAanbieder);
        List<Allocation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(allocation(rs));
            }
        }
        return out;
    }

    /** Stores the allocation's new state and appends it to its history. */
    public void putAllocation(Allocation a) throws SQLException {
        PreparedStatement del = st.get("DELETE FROM allocation WHERE gemeente = ? AND toewijzing_nummer = ?");
        del.setString(1, a.gemeente().code());
        del.setLong(2, a.nummer().value());
        del.executeUpdate();
        PreparedStatement ps = st.get("INSERT INTO allocation (" + ALLOCATION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, a.gemeente().code());
        ps.setLong(2, a.nummer().value());
        ps.setString(3, a.bsn().value());
        ps.setString(4, a.aanbieder().code());
        ps.setString(5, a.referentieAanbieder());
        ps.setString(6, a.product().categorie());
        ps.setString(7, a.product().code());
        setDate(ps, 8, a.toewijzingsdatum());
        setDate(ps, 9, a.ingangsdatum());
        setDate(ps, 10, a.einddatum());
        ps.setString(11, a.redenWijziging());
        setLong(ps, 12, a.omvang() == null ? null : a.omvang().volume());
        ps.setString(13, a.omvang() == null ? null : a.omvang().eenheid());
        ps.setString(14, a.omvang() == null ? null : a.omvang().frequentie());
        setLong(ps, 15, a.budget());
        ps.setBoolean(16, a.withdrawn());
        ps.setObject(17, a.receivedAt().atOffset(ZoneOffset.UTC));
        ps.setLong(18, a.journalId());
        ps.executeUpdate();
        PreparedStatement h = st.get("INSERT INTO allocation_history (gemeente, toewijzing_nummer, ingangsdatum,"
                + " einddatum, reden_wijziging, volume, budget, withdrawn, journal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        h.setString(1, a.gemeente().code());
        h.setLong(2, a.nummer().value());
        setDate(h, 3, a.ingangsdatum());
        setDate(h, 4, a.einddatum());
        h.setString(5, a.redenWijziging());
        setLong(h, 6, a.omvang() == null ? null : a.omvang().volume());
        setLong(h, 7, a.budget());
        h.setBoolean(8, a.withdrawn());
        h.setLong(9, a.journalId());
        h.executeUpdate();
    }

    public int allocationVersions(Party gemeente, ToewijzingNummer nummer) throws SQLException {
        PreparedStatement ps = st.get("SELECT COUNT(*) FROM allocation_history WHERE gemeente = ? AND toewijzing_nummer = ?");
        ps.setString(1, gemeente.code());
        ps.setLong(2, nummer.value());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Allocation allocation(ResultSet rs) throws SQLException {
        long volume = rs.getLong(12);
        Omvang omvang = rs.wasNull() ? null : new Omvang(volume, rs.getString(13), rs.getString(14));
        return new Allocation(Party.of(rs.getString(1)), ToewijzingNummer.of(rs.getLong(2)), Bsn.of(rs.getString(3)),
                Party.of(rs.getString(4)), rs.getString(5), new Product(rs.getString(6), rs.getString(7)),
                date(rs, 8), date(rs, 9), date(rs, 10), rs.getString(11), omvang, getLong(rs, 15), rs.getBoolean(16),
                rs.getObject(17, OffsetDateTime.class).toInstant(), rs.getLong(18));
    }

    // ---- requests --------------------------------------------------------------------------

    public Optional<Request> request(Party aanbieder, String referentieAanbieder) throws SQLException {
        PreparedStatement ps = st.get("SELECT aanbieder, referentie_aanbieder, gemeente, kind, bsn, received_at,"
                + " journal_id, answered_journal_id FROM request WHERE aanbieder = ? AND referentie_aanbieder = ?");
        ps.setString(1, aanbieder.code());
        ps.setString(2, referentieAanbieder);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Request(Party.of(rs.getString(1)), rs.getString(2), Party.of(rs.getString(3)),
                    rs.getString(4), Bsn.of(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getLong(7),
                    getLong(rs, 8)));
        }
    }

    public void putRequest(Request r) throws SQLException {
        PreparedStatement ps = st.get("INSERT INTO request (aanbieder, referentie_aanbieder, gemeente, kind, bsn,"
                + " received_at, journal_id, answered_journal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, r.aanbieder().code());
        ps.setString(2, r.referentieAanbieder());
        ps.setString(3, r.gemeente().code());
        ps.setString(4, r.kind());
        ps.setString(5, r.bsn().value());
        ps.setObject(6, r.receivedAt().atOffset(ZoneOffset.UTC));
        ps.setLong(7, r.journalId());
        setLong(ps, 8, r.answeredJournalId());
        ps.executeUpdate();
    }

    public void markAnswered(Party aanbieder, String referentieAanbieder, long journalId) throws SQLException {
        PreparedStatement ps = st.get("UPDATE request SET answered_journal_id = ?"
                + " WHERE aanbieder = ? AND referentie_aanbieder = ? AND answered_journal_id IS NULL");
        ps.setLong(1, journalId);
        ps.setString(2, aanbieder.code());
        ps.setString(3, referentieAanbieder);
        ps.executeUpdate();
    }

    // ---- deliveries --------------------------------------------------------------------------

    private static final String DELIVERY_COLUMNS = "gemeente, bsn, toewijzing_nummer, begindatum, aanbieder, einddatum,"
            + " reden_beeindiging, deleted, start_journal_id, stop_journal_id";

    public Optional<Delivery> delivery(Party gemeente, Bsn bsn, ToewijzingNummer nummer, LocalDate begindatum)
            throws SQLException {
        PreparedStatement ps = st.get("SELECT " + DELIVERY_COLUMNS + " FROM delivery"
                + " WHERE gemeente = ? AND bsn = ? AND toewijzing_nummer = ? AND begindatum = ?");
        ps.setString(1, gemeente.code());
        ps.setString(2, bsn.value());
        ps.setLong(3, nummer.value());
        setDate(ps, 4, begindatum);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(delivery(rs)) : Optional.empty();
        }
    }

    /** All deliveries of an allocation, oldest Begindatum first. */
    public List<Delivery> deliveries(Party gemeente, ToewijzingNummer nummer) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + DELIVERY_COLUMNS + " FROM delivery"
                + " WHERE gemeente = ? AND toewijzing_nummer = ? ORDER BY begindatum");
        ps.setString(1, gemeente.code());
        ps.setLong(2, nummer.value());
        List<Delivery> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(delivery(rs));
            }
        }
        return out;
    }

    public void putDelivery(Delivery d) throws SQLException {
        PreparedStatement del = st.get("DELETE FROM delivery"
                + " WHERE gemeente = ? AND bsn = ? AND toewijzing_nummer = ? AND begindatum = ?");
        del.setString(1, d.gemeente().code());
        del.setString(2, d.bsn().value());
        del.setLong(3, d.nummer().value());
        setDate(del, 4, d.begindatum());
        del.executeUpdate();
        PreparedStatement ps = st.get("INSERT INTO delivery (" + DELIVERY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, d.gemeente().code());
        ps.setString(2, d.bsn().value());
        ps.setLong(3, d.nummer().value());
        setDate(ps, 4, d.begindatum());
        ps.setString(5, d.aanbieder().code());
        setDate(ps, 6, d.einddatum());
        ps.setString(7, d.redenBeeindiging());
        ps.setBoolean(8, d.deleted());
        ps.setLong(9, d.startJournalId());
        setLong(ps, 10, d.stopJournalId());
        ps.executeUpdate();
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(Party.of(rs.getString(1)), Bsn.of(rs.getString(2)), ToewijzingNummer.of(rs.getLong(3)),
                date(rs, 4), Party.of(rs.getString(5)), date(rs, 6), rs.getString(7), rs.getBoolean(8), rs.getLong(9),
                getLong(rs, 10));
    }

    // ---- claim lines -------------------------------------------------------------------------

    private static final String CLAIM_COLUMNS = "aanbieder, referentie_nummer, gemeente, declaratie_nummer, bsn,"
            + " toewijzing_nummer, begindatum, einddatum, volume, eenheid, tarief, bedrag, debet,"
            + " vorig_referentie_nummer, journal_id";

    public Optional<ClaimLine> claimLine(Party aanbieder, String referentieNummer) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + CLAIM_COLUMNS + " FROM claim_line"
                + " WHERE aanbieder = ? AND referentie_nummer = ?");
        ps.setString(1, aanbieder.code());
        ps.setString(2, referentieNummer);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(claimLine(rs)) : Optional.empty();
        }
    }

    /** All accepted claim lines of an allocation. */
    public List<ClaimLine> claimLines(Party gemeente, ToewijzingNummer nummer) throws SQLException {
        PreparedStatement ps = st.get("SELECT " + CLAIM_COLUMNS + " FROM claim_line"
                + " WHERE gemeente = ? AND toewijzing_nummer = ? ORDER BY begindatum, referentie_nummer");
        ps.setString(1, gemeente.code());
        ps.setLong(2, nummer.value());
        List<ClaimLine> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(claimLine(rs));
            }
        }
        return out;
    }

    public void putClaimLine(ClaimLine c) throws SQLException {
        PreparedStatement ps = st.get("INSERT INTO claim_line (" + CLAIM_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, c.aanbieder().code());
        ps.setString(2, c.referentieNummer());
        ps.setString(3, c.gemeente().code());
        ps.setString(4, c.declaratieNummer());
        ps.setString(5, c.bsn().value());
        ps.setLong(6, c.nummer().value());
        setDate(ps, 7, c.periode().start());
        setDate(ps, 8, c.periode().end());
        ps.setLong(9, c.volume());
        ps.setString(10, c.eenheid());
        setLong(ps, 11, c.tarief());
        ps.setLong(12, c.bedrag());
        ps.setBoolean(13, c.debet());
        ps.setString(14, c.vorigReferentieNummer());
        ps.setLong(15, c.journalId());
        ps.executeUpdate();
    }

    private static ClaimLine claimLine(ResultSet rs) throws SQLException {
        return new ClaimLine(Party.of(rs.getString(1)), rs.getString(2), Party.of(rs.getString(3)), rs.getString(4),
                Bsn.of(rs.getString(5)), ToewijzingNummer.of(rs.getLong(6)), new Period(date(rs, 7), date(rs, 8)),
                rs.getLong(9), rs.getString(10), getLong(rs, 11), rs.getLong(12), rs.getBoolean(13), rs.getString(14),
                rs.getLong(15));
    }

    // ---- JDBC helpers ------------------------------------------------------------------------

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d); // JDBC 4.2 LocalDate: no time zone involved
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static LocalDate date(ResultSet rs, int i) throws SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
