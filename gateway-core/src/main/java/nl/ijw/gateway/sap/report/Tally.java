package nl.ijw.gateway.sap.report;

import java.util.ArrayList;
import java.util.List;

/** Counts for one report line while the expectations stream past. */
final class Tally {

    enum Kind { ON_TIME, LATE, OVERDUE, PENDING, WITHOUT_START }

    private final int[] counts = new int[Kind.values().length];
    private final List<Integer> daysLate = new ArrayList<>();

    void add(Kind kind, int workingDaysLate) {
        counts[kind.ordinal()]++;
        if (kind == Kind.LATE) {
            daysLate.add(workingDaysLate);
        }
    }

    Figures figures() {
        List<Integer> sorted = daysLate.stream().sorted().toList();
        return new Figures(counts[Kind.ON_TIME.ordinal()], counts[Kind.LATE.ordinal()], counts[Kind.OVERDUE.ordinal()],
                counts[Kind.PENDING.ordinal()], counts[Kind.WITHOUT_START.ordinal()], nearestRank(sorted, 50), nearestRank(sorted, 90));
    }

    /**
     * The nearest-rank percentile: the value at rank ceil(p/100 * n) of the ascending values, so
     * always one of them (the median of an even count is the lower middle value); null when empty.
     */
    static Integer nearestRank(List<Integer> ascending, int p) {
        if (ascending.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * ascending.size());
        return ascending.get(Math.max(rank, 1) - 1);
    }
}
