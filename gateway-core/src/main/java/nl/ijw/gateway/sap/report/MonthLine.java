package nl.ijw.gateway.sap.report;

import java.time.YearMonth;

/** A provider's (or {@link Line#ALL}'s) figures over the expectations due in one month, both sides together. */
public record MonthLine(String provider, YearMonth month, Figures figures) {
}
