package nl.ijw.gateway.sap.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.WorkingDayCalendar;
import nl.ijw.gateway.store.ExpectationOutcome;

/**
 * Counts expectations into report lines, one at a time, so a large store is never held in memory.
 * An expectation met on or before its due date (receipt dates, Europe/Amsterdam) is on time, after
 * it late; one still awaited is overdue once its due date lies before the as-of date, pending before
 * that, except OP271: an allocation still awaiting its start is counted "without start", never
 * overdue (the start of care is unknown until the JW305 says it). Cancelled ones are not counted.
 */
public final class SapReportBuilder {

    private final WorkingDayCalendar calendar;
    private final LocalDate asOf;
    /** Sorted once, in {@link #lines()}: five lookups an expectation in a TreeMap were a sixth of a year's report. */
    private final Map<Key, Tally> tallies = new HashMap<>();
    private final Map<String, Map<YearMonth, Tally>> months = new TreeMap<>();
    private final List<Item> items = new ArrayList<>();

    /** A line's identity; sorts as {@link Line#ORDER}. */
    private record Key(String provider, String rule, AwaitedFrom side) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Line.ORDER.compare(line(null), o.line(null));
        }

        Line line(Figures f) {
            return new Line(provider, rule, side, f);
        }
    }

    public SapReportBuilder(WorkingDayCalendar calendar, LocalDate asOf) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        tallies.put(new Key(Line.ALL, Line.TOTAL, AwaitedFrom.ALL), new Tally()); // an empty report still has a total
    }

    public void add(ExpectationOutcome e) {
        Tally.Kind kind = classify(e);
        if (kind == null) {
            return;
        }
        int daysLate = kind == Tally.Kind.LATE ? calendar.workingDaysBetween(e.due(), e.fulfilledOn()) : 0;
        String provider = provider(e.sender(), e.receiver());
        AwaitedFrom side = AwaitedFrom.of(e.rule(), e.sender(), e.receiver());
        for (Key k : List.of(new Key(provider, e.rule(), side), new Key(provider, Line.TOTAL, side),
                new Key(provider, Line.TOTAL, AwaitedFrom.ALL), new Key(Line.ALL, Line.TOTAL, side),
                new Key(Line.ALL, Line.TOTAL, AwaitedFrom.ALL))) {
            tallies.computeIfAbsent(k, x -> new Tally()).add(kind, daysLate);
        }
        // The trend shows what was due; a month holding only pending rows or allocations without start
        // (months after the as-of, often) would be an empty bar with "-", as if nothing had happened.
        for (String p : kind == Tally.Kind.PENDING || kind == Tally.Kind.WITHOUT_START ? List.<String>of()
                : List.of(provider, Line.ALL)) {
            months.computeIfAbsent(p, x -> new TreeMap<>()).computeIfAbsent(YearMonth.from(e.due()), x -> new Tally())
                    .add(kind, daysLate);
        }
        item(e, kind, provider, side, daysLate);
    }

    /** Late, overdue and without-start expectations become drill-down items. */
    private void item(ExpectationOutcome e, Tally.Kind kind, String provider, AwaitedFrom side, int daysLate) {
        Item.Kind k = switch (kind) {
            case LATE -> Item.Kind.LATE;
            case OVERDUE -> Item.Kind.OVERDUE;
            case WITHOUT_START -> Item.Kind.WITHOUT_START;
            case ON_TIME, PENDING -> null;
        };
        if (k == null) {
            return;
        }
        int days = k == Item.Kind.OVERDUE ? calendar.workingDaysBetween(e.due(), asOf) : daysLate;
        items.add(new Item(provider, e.rule(), side, k, e.due(), k == Item.Kind.LATE ? e.fulfilledOn() : null, days,
                e.waiting(), k == Item.Kind.LATE ? e.fulfilledBy() : null, e.toewijzingNummer(), e.id()));
    }

    /** Per provider and month of the due date, then {@link Line#ALL}'s months. */
    public List<MonthLine> months() {
        List<MonthLine> out = new ArrayList<>();
        months.entrySet().stream().sorted(Map.Entry.comparingByKey(
                        java.util.Comparator.comparing((String p) -> p.equals(Line.ALL)).thenComparing(p -> p)))
                .forEach(p -> p.getValue().forEach((m, t) -> out.add(new MonthLine(p.getKey(), m, t.figures()))));
        return out;
    }

    /** The late, overdue and without-start items, in {@link Item#ORDER}. */
    public List<Item> items() {
        return items.stream().sorted(Item.ORDER).toList();
    }

    public List<Line> lines() {
        return tallies.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(t -> t.getKey().line(t.getValue().figures())).toList();
    }

    private Tally.Kind classify(ExpectationOutcome e) {
        return switch (e.status()) {
            case DONE -> {
                if (e.fulfilledOn() == null) {
                    throw new IllegalStateException("SAP expectation " + e.id() + " is DONE without a journal entry");
                }
                yield e.fulfilledOn().isAfter(e.due()) ? Tally.Kind.LATE : Tally.Kind.ON_TIME;
            }
            case OPEN, OVERDUE -> e.rule().equals(SapRule.OP271) ? Tally.Kind.WITHOUT_START
                    : e.due().isBefore(asOf) ? Tally.Kind.OVERDUE : Tally.Kind.PENDING;
            case CANCELLED -> null;
        };
    }

    /** The party that is not a municipality: the provider's AGB code. */
    public static String provider(String sender, String receiver) {
        String code = AwaitedFrom.isMunicipality(sender) ? receiver : sender;
        return code == null ? "?" : code;
    }
}
