package nl.ijw.gateway.sap;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.ijw.gateway.store.Expectation;
import nl.ijw.gateway.store.Expectations;
import nl.ijw.gateway.store.Tx;

/**
 * The deadline watch: reports every awaited message whose due date has passed, once. Run it as
 * time passes (the replay runs it before each message at that message's receipt time). The query
 * reads only OPEN rows past due through the (status, due) index, and marks them in one UPDATE,
 * so a scan costs what it reports, not what is open.
 */
public final class SapWatch {

    private final SapConfig config;
    private final WorkingDayCalendar calendar;

    public SapWatch(SapConfig config, WorkingDayCalendar calendar) {
        this.config = config;
        this.calendar = calendar;
    }

    /** OVERDUE (or WARNING for monitoring rules) per expectation due before asOf's date in Europe/Amsterdam. */
    public List<SapFinding> scan(Tx tx, Instant asOf) throws SQLException {
        if (!config.anyEnabled()) {
            return List.of();
        }
        LocalDate today = asOf.atZone(SapTracker.AMSTERDAM).toLocalDate();
        Expectations ex = tx.expectations();
        List<Expectation> due = ex.openDueBefore(today);
        ex.markOverdueBefore(today);
        List<SapFinding> out = new ArrayList<>(due.size());
        for (Expectation e : due) {
            SapRule rule = config.rule(e.rule());
            if (rule.enabled()) { // switched off after it was created: marked, not reported
                out.add(new SapFinding(e.rule(), rule.kind(), e.due(), null, calendar.workingDaysBetween(e.due(), today),
                        e.messageType(), e.messageId(), e.sender(), e.receiver(), e.journalId(), null,
                        e.toewijzingNummer(), e.referentie()));
            }
        }
        return out;
    }
}
