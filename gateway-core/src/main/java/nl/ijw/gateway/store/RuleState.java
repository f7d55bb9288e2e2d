package nl.ijw.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.domain.Period;
import nl.ijw.gateway.domain.Product;

/**
 * State the technical rules need beyond {@link StateStore}: the answers each request got, the
 * claims accepted at Declaratie level and every judged prestatie (tables of migration V2). Same
 * connection and transaction as the {@link StateStore} it comes from ({@link StateStore#rules()}).
 */
public final class RuleState {

    /** One answer to a request: a JW301 that repeated its ReferentieAanbieder, or a JW319. */
    public record Answer(String kind, String verzoekAntwoord, long journalId) {

        public static final String ALLOCATION = "JW301";
        public static final String ANSWER = "JW319";

        /** A final answer closes the request: an allocation, or a JW319 that is not "under investigation" (2). */
        public boolean isFinal() {
            return ALLOCATION.equals(kind) || !"2".equals(verzoekAntwoord);
        }

        public boolean isRejection() {
            return ANSWER.equals(kind) && "1".equals(verzoekAntwoord);
        }
    }

    /** A prestatie that was judged on its content; {@code approved} false when it was rejected. */
    public record JudgedPrestatie(String referentieNummer, Product product, boolean approved) {
    }

    private final Statements st;

    RuleState(Statements st) {
        this.st = st;
    }

    // ---- request answers -------------------------------------------------------------------

    public void putAnswer(Party aanbieder, String referentieAanbieder, Party gemeente, String kind,
                          String verzoekAntwoord, long journalId) throws SQLException {
        PreparedStatement ps = st.get("INSERT INTO request_answer (aanbieder, referentie_aanbieder, gemeente, kind,"
                + " verzoek_antwoord, journal_id) VALUES (?, ?, ?, ?, ?, ?)");
        ps.setString(1, aanbieder.code());
        ps.setString(2, referentieAanbieder);
        ps.setString(3, gemeente.code());
        ps.setString(4, kind);
        ps.setString(5, verzoekAntwoord);
        ps.setLong(6, journalId);
        ps.executeUpdate();
    }

    /** The answers a request got, oldest first. */
    public List<Answer> answers(Party aanbieder, String referentieAanbieder) throws SQLException {
        PreparedStatement ps = st.get("SELECT kind, verzoek_antwoord, journal_id FROM request_answer"
                + " WHERE aanbieder = ? AND referentie_aanbieder = ? ORDER BY id");
        ps.setString(1, aanbieder.code());
        ps.setString(2, referentieAanbieder);
        List<Answer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Answer(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    /** The accepted requests of one provider for one client at one municipality, oldest first. */
    public List<Request> requests(Party aanbieder, Party gemeente, Bsn bsn) throws SQLException {
        PreparedStatement ps = st.get("SELECT aanbieder, referentie_aanbieder, gemeente, kind, bsn, received_at,"
                + " journal_id, answered_journal_id FROM request WHERE aanbieder = ? AND bsn = ? AND gemeente = ?"
                + " ORDER BY journal_id, referentie_aanbieder");
        ps.setString(1, aanbieder.code());
        ps.setString(2, bsn.value());
        ps.setString(3, gemeente.code());
        List<Request> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long answered = rs.getLong(8);
                Long answeredId = rs.wasNull() ? null : answered;
                out.add(new Request(Party.of(rs.getString(1)), rs.getString(2), Party.of(rs.getString(3)),
                        rs.getString(4), Bsn.of(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getLong(7), answeredId));
            }
        }
        return out;
    }

    /**
     * Whether a request still waits for its final answer: no allocation repeated its reference and
     * no JW319 other than "under investigation" answered it. A request marked answered in the core
     * state without any recorded answer (state seeded before these tables existed) counts as closed.
     */
    public boolean isPending(Request r) throws SQLException {
        List<Answer> answers = answers(r.aanbieder(), r.referentieAanbieder());
        if (answers.stream().anyMatch(Answer::isFinal)) {
            return false;
        }
        return answers.isEmpty() ? !r.isAnswered() : true;
    }

    // ---- claims ------------------------------------------------------------------------------

    /** Records an accepted claim; a DeclaratieNummer already recorded is left as it is. */
    public void putClaim(Party aanbieder, String declaratieNummer, Party gemeente, Period periode, long journalId)
            throws SQLException {
        st.insertIfAbsent("SELECT 1 FROM claim WHERE aanbieder = ? AND declaratie_nummer = ?",
                "INSERT INTO claim (aanbieder, declaratie_nummer, gemeente, begindatum, einddatum, journal_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, aanbieder.code());
                    ps.setString(2, declaratieNummer);
                },
                ps -> {
                    ps.setString(1, aanbieder.code());
                    ps.setString(2, declaratieNummer);
                    ps.setString(3, gemeente.code());
                    setDate(ps, 4, periode.start());
                    setDate(ps, 5, periode.end());
                    ps.setLong(6, journalId);
                });
    }

    /** Whether the provider used this DeclaratieNummer in a claim accepted before (or in one of its claim lines). */
    public boolean claimExists(Party aanbieder, String declaratieNummer) throws SQLException {
        PreparedStatement ps = st.get("SELECT 1 FROM claim WHERE aanbieder = ? AND declaratie_nummer = ?");
        ps.setString(1, aanbieder.code());
        ps.setString(2, declaratieNummer);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return true;
            }
        }
        PreparedStatement lines = st.get("SELECT 1 FROM claim_line WHERE aanbieder = ? AND declaratie_nummer = ?");
        lines.setString(1, aanbieder.code());
        lines.setString(2, declaratieNummer);
        try (ResultSet rs = lines.executeQuery()) {
            return rs.next();
        }
    }

    // ---- judged prestaties ----------------------------------------------------------------------

    /** Records a judged prestatie; a ReferentieNummer already recorded is left as it is. */
    public void putPrestatie(Party aanbieder, String referentieNummer, Party gemeente, Product product,
                             boolean approved, long journalId) throws SQLException {
        st.insertIfAbsent("SELECT 1 FROM prestatie_seen WHERE aanbieder = ? AND referentie_nummer = ?",
                "INSERT INTO prestatie_seen (aanbieder, referentie_nummer, gemeente, product_categorie, product_code,"
                        + " approved, journal_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, aanbieder.code());
                    ps.setString(2, referentieNummer);
                },
                ps -> {
                    ps.setString(1, aanbieder.code());
                    ps.setString(2, referentieNummer);
                    ps.setString(3, gemeente.code());
                    ps.setString(4, product.categorie());
                    ps.setString(5, product.code());
                    ps.setBoolean(6, approved);
                    ps.setLong(7, journalId);
                });
    }

    public Optional<JudgedPrestatie> prestatie(Party aanbieder, String referentieNummer) throws SQLException {
        PreparedStatement ps = st.get("SELECT referentie_nummer, product_categorie, product_code, approved"
                + " FROM prestatie_seen WHERE aanbieder = ? AND referentie_nummer = ?");
        ps.setString(1, aanbieder.code());
        ps.setString(2, referentieNummer);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? Optional.of(new JudgedPrestatie(rs.getString(1), new Product(rs.getString(2), rs.getString(3)),
                            rs.getBoolean(4)))
                    : Optional.empty();
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }
}
