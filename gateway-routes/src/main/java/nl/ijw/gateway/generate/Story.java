package nl.ijw.gateway.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.SplittableRandom;

import nl.ijw.gateway.sap.SapConfig;
import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.WorkingDayCalendar;

/**
 * The care story of one client, told as the messages both sides send: VOT, allocation, start,
 * monthly claims and their answers, stop, each heen-message with its retour, and now and then a
 * request to extend (honoured by a changed JW301 or rejected by a JW319), a withdrawn allocation
 * (RedenWijziging 13) or a corrected start (deleted with StatusAanlevering 3 and sent again). Every
 * awaited message is on time, late (just after its SAP deadline, in working days) or missing, at
 * the chosen rates. Taakgericht providers only start and stop, without ToewijzingNummer.
 */
final class Story {

    /** Where the story's messages go, in the order they are told (not time order across streams). */
    interface Sink {
        void send(LocalDate date, String type, byte[] xml);
    }

    private enum Fate { ON_TIME, LATE, MISSING }

    private static final double WITHDRAWN = 0.03;
    private static final double CORRECTED = 0.05;
    private static final double CHANGE_REQUEST = 0.25;

    private final WorkingDayCalendar cal;
    private final SapConfig sap;
    private final double lateRate;
    private final double missingRate;
    private final LocalDate periodStart;
    private final int periodDays;

    private Client c;
    private SplittableRandom rnd;
    private Sink sink;
    private int k;

    Story(WorkingDayCalendar cal, SapConfig sap, double lateRate, double missingRate, LocalDate periodStart,
          LocalDate periodEnd) {
        this.cal = cal;
        this.sap = sap;
        this.lateRate = lateRate;
        this.missingRate = missingRate;
        this.periodStart = periodStart;
        this.periodDays = (int) ChronoUnit.DAYS.between(periodStart, periodEnd);
    }

    void tell(Client client, SplittableRandom random, Sink to) {
        this.c = client;
        this.rnd = random;
        this.sink = to;
        this.k = 0;
        LocalDate first = workingDay(periodStart.plusDays(rnd.nextInt(periodDays)));
        if (c.taakgericht()) {
            taakgericht(first);
        } else {
            allocation(first);
        }
    }

    private void taakgericht(LocalDate begin) {
        LocalDate sent = cal.addWorkingDays(begin, 1 + rnd.nextInt(3));
        heen("jw305", sent, Messages.jw305(c, id(true), sent, null, null, begin, 1), true);
        LocalDate eind = begin.plusMonths(2 + rnd.nextInt(6));
        LocalDate stop = cal.addWorkingDays(eind, 1 + rnd.nextInt(3));
        heen("jw307", stop, Messages.jw307(c, id(true), stop, null, null, begin, eind), true);
    }

    private void allocation(LocalDate vot) {
        LocalDate ingang = cal.addWorkingDays(vot, 10 + rnd.nextInt(10));
        LocalDate einde = ingang.plusMonths(3 + rnd.nextInt(10)).minusDays(1);
        int volume = 2 + rnd.nextInt(5);
        String ref = String.format(Locale.ROOT, "VOT-%06d", c.index());
        heen("jw315", vot, Messages.jw315(c, id(true), vot, ref, ingang, einde, volume), true);
        Fate answer = fate();
        if (answer == Fate.MISSING) {
            return;
        }
        LocalDate d301 = answer(vot, SapRule.OP274, answer);
        long nummer = 10_000_000L + c.index();
        heen("jw301", d301, Messages.jw301(c, id(false), d301, nummer, ref, ingang, einde, null, volume, "10:00:00"), false);
        if (rnd.nextDouble() < WITHDRAWN) {
            LocalDate dw = cal.addWorkingDays(d301, 1 + rnd.nextInt(4));
            heen("jw301", dw, Messages.jw301(c, id(false), dw, nummer, null, ingang, ingang, "13", volume, "15:00:00"), false);
            return;
        }
        Fate start = fate();
        if (start == Fate.MISSING) {
            return; // the allocation without start: NO_START
        }
        LocalDate begin = ingang.plusDays(rnd.nextInt(5));
        LocalDate from = begin.isAfter(d301) ? begin : d301;
        LocalDate dStart = answer(from, SapRule.OP271, start);
        if (rnd.nextDouble() < CORRECTED && begin.plusDays(1).isBefore(einde)) {
            LocalDate wrong = begin.plusDays(1);
            heen("jw305", dStart, Messages.jw305(c, id(true), dStart, nummer, ingang, wrong, 1), true);
            dStart = cal.addWorkingDays(dStart, 1 + rnd.nextInt(3));
            heen("jw305", dStart, Messages.jw305(c, id(true), dStart, nummer, ingang, wrong, 3), true);
            dStart = cal.addWorkingDays(dStart, 1);
        }
        heen("jw305", dStart, Messages.jw305(c, id(true), dStart, nummer, ingang, begin, 1), true);
        einde = changeRequest(dStart, nummer, ingang, einde, volume);
        claims(dStart, nummer, ingang, einde, volume);
        Fate stop = fate();
        if (stop != Fate.MISSING) {
            LocalDate dStop = answer(einde, SapRule.OP272, stop);
            dStop = dStop.isAfter(dStart) ? dStop : cal.addWorkingDays(dStart, 1);
            heen("jw307", dStop, Messages.jw307(c, id(true), dStop, nummer, ingang, begin, einde), true);
        }
    }

    /** Sometimes a request to extend the allocation by two months; returns the Einddatum then in force. */
    private LocalDate changeRequest(LocalDate after, long nummer, LocalDate ingang, LocalDate einde, int volume) {
        if (rnd.nextDouble() >= CHANGE_REQUEST) {
            return einde;
        }
        LocalDate dv = cal.addWorkingDays(after, 5 + rnd.nextInt(15));
        if (!cal.addWorkingDays(dv, days(SapRule.OP346) + 5).isBefore(einde)) {
            return einde; // no time left for an answer before the allocation ends
        }
        String ref = String.format(Locale.ROOT, "VOW-%06d", c.index());
        LocalDate langer = einde.plusMonths(2);
        heen("jw317", dv, Messages.jw317(c, id(true), dv, ref, nummer, dv.plusDays(1), langer, volume), true);
        Fate answer = fate();
        if (answer == Fate.MISSING) {
            return einde;
        }
        LocalDate da = answer(dv, SapRule.OP346, answer);
        if (rnd.nextBoolean()) {
            heen("jw301", da, Messages.jw301(c, id(false), da, nummer, ref, ingang, langer, "12", volume, "11:00:00"), false);
            return langer;
        }
        heen("jw319", da, Messages.jw319(c, id(false), da, ref), false);
        return einde;
    }

    /**
     * One claim a month, early in the next month, each answered by a JW325. A prestatie runs from
     * the first of the month or the allocation's Ingangsdatum (TR387) to the month's end or its
     * Einddatum (TR388).
     */
    private void claims(LocalDate started, long nummer, LocalDate begin, LocalDate einde, int volume) {
        for (LocalDate m = begin.withDayOfMonth(1); !m.isAfter(einde); m = m.plusMonths(1)) {
            LocalDate last = m.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate van = m.isBefore(begin) ? begin : m;
            LocalDate tot = last.isAfter(einde) ? einde : last;
            LocalDate sent = cal.addWorkingDays(last, 1 + rnd.nextInt(6));
            sent = sent.isAfter(started) ? sent : cal.addWorkingDays(started, 1);
            int uren = volume * (int) Math.max(1, ChronoUnit.DAYS.between(van, tot.plusDays(1)) / 7);
            String id = id(true);
            String nr = String.format(Locale.ROOT, "D%06d%03d", c.index(), k);
            String referentie = String.format(Locale.ROOT, "P%06d%03d", c.index(), k);
            sink.send(sent, "jw323", Messages.jw323(c, id, sent, nr, m, last, referentie, nummer, van, tot, uren));
            Fate answer = fate();
            if (answer != Fate.MISSING) {
                LocalDate da = answer(sent, SapRule.OP090X4, answer);
                sink.send(da, "jw325", Messages.jw325(
                        new Messages.Heen("jw323", c.aanbieder(), c.gemeente(), id, sent), id(false), da));
            }
        }
    }

    /** Sends a heen-message and, unless it goes missing, its retour from the other side. */
    private void heen(String type, LocalDate date, byte[] xml, boolean fromProvider) {
        sink.send(date, type, xml);
        Fate f = fate();
        if (f == Fate.MISSING) {
            return;
        }
        LocalDate rd = answer(date, SapRule.OP090, f);
        String afzender = fromProvider ? c.aanbieder() : c.gemeente();
        String ontvanger = fromProvider ? c.gemeente() : c.aanbieder();
        String heenId = lastId; // the message was built just before this call, with the last id made
        Messages.Heen heen = new Messages.Heen(type, afzender, ontvanger, heenId, date);
        byte[] retour = Messages.retour(heen, id(!fromProvider), rd);
        sink.send(rd, "retour", retour);
    }

    private String lastId;

    /** A message identity of its own: side, client, message number (unique per sender). */
    private String id(boolean provider) {
        lastId = String.format(Locale.ROOT, "%c%06d%03d", provider ? 'A' : 'G', c.index(), ++k);
        return lastId;
    }

    private Fate fate() {
        if (rnd.nextDouble() < missingRate) {
            return Fate.MISSING;
        }
        return rnd.nextDouble() < lateRate ? Fate.LATE : Fate.ON_TIME;
    }

    /** The day an awaited message is sent: within the rule's working days, or 1-3 working days after its deadline. */
    private LocalDate answer(LocalDate from, String rule, Fate fate) {
        int days = days(rule);
        LocalDate due = cal.addWorkingDays(from, days);
        if (fate == Fate.LATE) {
            return cal.addWorkingDays(due, 1 + rnd.nextInt(3));
        }
        LocalDate d = cal.addWorkingDays(from, 1 + rnd.nextInt(Math.max(1, days)));
        return d.isAfter(due) ? due : d;
    }

    private int days(String rule) {
        return sap.rule(rule).workingDays();
    }

    private LocalDate workingDay(LocalDate d) {
        return cal.isWorkingDay(d) ? d : cal.addWorkingDays(d, 1);
    }
}
