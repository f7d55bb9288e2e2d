package nl.ijw.gateway.monitor;

import java.time.Instant;

import nl.ijw.gateway.privacy.Masking;

/**
 * One unmasked view of a client's BSN. It holds the BSN in clear: the access log is for the
 * privacy officer, who must be able to tell a client which views of their data there were.
 *
 * @param reason why the user asked (the why-field)
 * @param viewed what was shown, as stored (page and key, e.g. "client timeline, search by ToewijzingNummer 123");
 *               {@link #what()} is its kind, for a page to say in its own language
 */
public record AccessEntry(long id, Instant viewedAt, String user, String role, String bsn, String reason,
                          String viewed) {

    /** What was shown, as a kind with its key: {@link Viewed#parse} of the stored text. */
    public Viewed what() {
        return Viewed.parse(viewed);
    }

    /** For anything that is not the privacy officer's own export. */
    public String bsnMasked() {
        return Masking.bsn(bsn);
    }

    @Override
    public String toString() {
        return "AccessEntry[" + id + ", " + viewedAt + ", " + user + ", " + role + ", " + bsnMasked() + "]";
    }
}
