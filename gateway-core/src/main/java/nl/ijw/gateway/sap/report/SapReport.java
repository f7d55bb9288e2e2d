package nl.ijw.gateway.sap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.ijw.gateway.sap.SapRule;
import nl.ijw.gateway.sap.SapTracker;

/**
 * The SAP compliance report: per provider and rule how many awaited messages came on time, late or
 * not at all. Holds no wall-clock time of its own: the same store and as-of give the same report.
 *
 * @param asOf  OPEN expectations due before this moment's date (Europe/Amsterdam) count as overdue
 * @param from  first due date reported, or null for no lower bound
 * @param to    last due date reported, or null for no upper bound
 * @param rules the rules reported, by id
 * @param lines in {@link Line#ORDER}: each provider's rule lines and totals, then the overall totals
 */
public record SapReport(Basis basis, Instant asOf, LocalDate from, LocalDate to, List<SapRule> rules,
                        List<Line> lines, List<MonthLine> months, List<Item> items) {

    public SapReport {
        rules = List.copyOf(rules);
        lines = lines.stream().sorted(Line.ORDER).toList();
        months = List.copyOf(months);
        items = items.stream().sorted(Item.ORDER).toList();
    }

    /** Figures only: no trend, no items. */
    public SapReport(Basis basis, Instant asOf, LocalDate from, LocalDate to, List<SapRule> rules, List<Line> lines) {
        this(basis, asOf, from, to, rules, lines, List.of(), List.of());
    }

    /**
     * Every provider, judged on what it had to send itself (its total awaited from the provider),
     * worst first: lowest on-time percentage (nothing due last), then most overdue, then AGB code.
     * What the municipality owed a provider (retours, answers, JW325s) is left out: a municipality's
     * late answer must not rank the provider as worse. A provider that owed nothing has empty figures.
     */
    public List<Line> ranking() {
        return providers().stream().map(this::ownSide)
                .sorted(java.util.Comparator.comparing((Line l) -> l.figures().onTimePercent(),
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(l -> -l.figures().overdue()).thenComparing(Line::provider))
                .toList();
    }

    private Line ownSide(String provider) {
        return totals(provider).stream().filter(l -> l.awaitedFrom() == AwaitedFrom.PROVIDER).findFirst()
                .orElse(new Line(provider, Line.TOTAL, AwaitedFrom.PROVIDER, new Figures(0, 0, 0, 0, 0, null, null)));
    }

    /** A provider's months (or {@link Line#ALL}'s), ascending. */
    public List<MonthLine> months(String provider) {
        return months.stream().filter(m -> m.provider().equals(provider)).toList();
    }

    /** The items of one kind, in {@link Item#ORDER}. */
    public List<Item> items(Item.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    public LocalDate asOfDate() {
        return asOf.atZone(SapTracker.AMSTERDAM).toLocalDate();
    }

    /** The providers' AGB codes, ascending. */
    public List<String> providers() {
        return lines.stream().map(Line::provider).filter(p -> !p.equals(Line.ALL)).distinct().toList();
    }

    /** A provider's lines per rule and side. */
    public List<Line> rows(String provider) {
        return lines.stream().filter(l -> l.provider().equals(provider) && !l.isTotal()).toList();
    }

    /** A provider's totals per side and over both; {@link Line#ALL} gives the overall totals. */
    public List<Line> totals(String provider) {
        return lines.stream().filter(l -> l.provider().equals(provider) && l.isTotal()).toList();
    }

    /** The total over every provider and both sides. */
    public Figures overall() {
        return lines.stream().filter(l -> l.provider().equals(Line.ALL) && l.awaitedFrom() == AwaitedFrom.ALL)
                .map(Line::figures).findFirst().orElseThrow();
    }
}
