package nl.ijw.gateway.sap;

import java.sql.SQLException;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.Tx;

/**
 * The live gateway sends its retour on a served party's behalf: that retour is traffic and meets
 * the OP090 of its heen-message (in a replay the engine's retours are only its judgement and meet
 * nothing). Sent in the heen-message's own transaction, so it is never late.
 */
public final class SentRetours {

    private SentRetours() {
    }

    /** @return how many awaited expectations the retour met */
    public static int sent(Tx tx, MessageType retourType, String heenAfzender, String identificatie, long retourJournalId)
            throws SQLException {
        if (!retourType.isRetour() || heenAfzender == null || identificatie == null) {
            return 0;
        }
        int met = 0;
        for (Expectation e : tx.expectations().byKey(SapKeys.retour(retourType, Party.of(heenAfzender), identificatie))) {
            if (e.isAwaited()) {
                tx.expectations().fulfil(e.id(), retourJournalId, e.due());
                met++;
            }
        }
        return met;
    }
}
