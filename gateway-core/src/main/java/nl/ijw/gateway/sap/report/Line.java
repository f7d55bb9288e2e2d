package nl.ijw.gateway.sap.report;

import java.util.Comparator;

/**
 * One line of the report: a provider's figures for one rule and side, or a total. Totals carry
 * {@link #TOTAL} as rule; the overall totals carry {@link #ALL} as provider.
 */
public record Line(String provider, String rule, AwaitedFrom awaitedFrom, Figures figures) {

    public static final String ALL = "ALL";
    public static final String TOTAL = "TOTAL";

    /** By provider, then rule, then side; totals after the lines they sum, overall totals last. */
    static final Comparator<Line> ORDER = Comparator.comparing((Line l) -> l.provider().equals(ALL))
            .thenComparing(Line::provider)
            .thenComparing(l -> l.rule().equals(TOTAL))
            .thenComparing(Line::rule)
            .thenComparing(Line::awaitedFrom);

    public boolean isTotal() {
        return rule.equals(TOTAL);
    }
}
