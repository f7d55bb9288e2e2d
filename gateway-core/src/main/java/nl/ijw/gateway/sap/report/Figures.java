package nl.ijw.gateway.sap.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts of one report line. Due = on time + late + overdue; pending messages (not received,
 * due date not yet passed) are shown but not due, and so are allocations without start (OP271
 * still awaited: the start of care is unknown until the JW305 comes, so it is never overdue).
 *
 * @param medianWorkingDaysLate nearest-rank median of the working days late of the late arrivals; null when none
 * @param p90WorkingDaysLate    nearest-rank 90th percentile of the same; null when none
 */
public record Figures(int onTime, int late, int overdue, int pending, int withoutStart,
                      Integer medianWorkingDaysLate, Integer p90WorkingDaysLate) {

    public int due() {
        return onTime + late + overdue;
    }

    /** On time as a percentage of due, one decimal, rounded half up; null when nothing was due. */
    public BigDecimal onTimePercent() {
        if (due() == 0) {
            return null;
        }
        return BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due()), 1, RoundingMode.HALF_UP);
    }
}
