package nl.ijw.gateway.sap;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import nl.ijw.gateway.domain.Antwoordbericht;
import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.DeclaratieAntwoord;
import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.Retour;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.Tx;

/**
 * The SAP deadlines as messages arrive: called by the engine once per processed (not duplicate)
 * message, inside its transaction, after its state was applied. It stores what the message makes
 * awaited and resolves what it answers; an answer after its due date is a LATE finding. Lateness
 * is a signal only: nothing here changes the verdict, the state or the retour.
 */
public final class SapTracker {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final SapConfig config;
    private final WorkingDayCalendar calendar;

    public SapTracker(SapConfig config, WorkingDayCalendar calendar) {
        this.config = Objects.requireNonNull(config, "config");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static SapTracker standard() {
        return new SapTracker(SapConfig.defaults(), WorkingDayCalendar.standard());
    }

    public SapConfig config() {
        return config;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The overdue watch over the same rules and calendar. */
    public SapWatch watch() {
        return new SapWatch(config, calendar);
    }

    /**
     * @param accepted whether the message was accepted: only accepted messages create expectations
     *                 or fulfil any. A rejected message counts as not sent (IV032) and is not forwarded:
     *                 its receiver never gets it, so no retour or JW325 can be awaited from them, and the
     *                 only answer it gets is the gateway's own, sent with the verdict (or none at all, for
     *                 a served party's own message). Awaiting one anyway accused the receiver of a breach.
     */
    public List<SapFinding> track(Tx tx, IjwMessage m, boolean accepted, long journalId, Instant receivedAt)
            throws SQLException {
        if (!config.anyEnabled()) {
            return List.of(); // SAP switched off entirely: no bookkeeping, not even lookups
        }
        SapStep s = new SapStep(tx, config, calendar, m, journalId, receivedAt.atZone(AMSTERDAM).toLocalDate());
        if (!accepted) {
            return List.of();
        }
        MessageType retourType = m.type().answeredBy().filter(MessageType::isRetour).orElse(null);
        if (retourType != null) {
            s.expectRetour(SapKeys.retour(retourType, m.header().afzender(), m.header().identificatie()));
        }
        if (m instanceof Declaratie) {
            s.expectNew(SapRule.OP090X4, SapKeys.claimAnswer(m.header().afzender(), m.header().identificatie()));
        }
        accepted(s, m);
        return s.findings();
    }

    private void accepted(SapStep s, IjwMessage m) throws SQLException {
        if (m instanceof Retour r) {
            String key = SapKeys.retour(r.type(), r.header().afzender(), r.header().identificatie());
            if (s.fulfil(key, r.identificatieRetour(), Expectation::due) == 0) {
                s.noteEarlyRetour(key);
            }
        } else if (m instanceof VerzoekOmToewijzing v) {
            for (VerzoekOmToewijzing.AangevraagdProduct p : v.producten()) {
                s.expectOnce(SapKeys.answer(v.header().afzender(), p.referentieAanbieder()), s.today, null,
                        p.referentieAanbieder(), SapRule.OP274);
            }
        } else if (m instanceof VerzoekOmWijziging v) {
            s.expectOnce(SapKeys.answer(v.header().afzender(), v.referentieAanbieder()), s.today, null,
                    v.referentieAanbieder(), SapRule.OP346);
        } else if (m instanceof Toewijzing t) {
            for (Toewijzing.ToegewezenProduct p : t.producten()) {
                if (p.referentieAanbieder() != null) {
                    s.fulfil(SapKeys.answer(t.header().ontvanger(), p.referentieAanbieder()), m.header().identificatie(),
                            Expectation::due);
                }
            }
            new AllocationDeadlines(s).allocation(t);
        } else if (m instanceof Antwoordbericht a) {
            s.fulfil(SapKeys.answer(a.header().ontvanger(), a.referentieAanbieder()), m.header().identificatie(),
                    Expectation::due);
        } else if (m instanceof StartLevering st) {
            new AllocationDeadlines(s).start(st);
        } else if (m instanceof StopLevering st) {
            new AllocationDeadlines(s).stop(st);
        } else if (m instanceof DeclaratieAntwoord d) {
            s.fulfil(SapKeys.claimAnswer(d.header().ontvanger(), d.declaratieIdentificatie()), m.header().identificatie(),
                    Expectation::due);
        }
    }
}
