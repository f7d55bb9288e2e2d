package nl.ijw.gateway.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import nl.ijw.gateway.sap.SapConfig;
import nl.ijw.gateway.sap.SapTracker;
import nl.ijw.gateway.sap.WorkingDayCalendar;

/** The SAP deadline settings a command replays or reports with (a picocli mixin). */
final class SapOptions {

    @Option(names = "--sap-config", paramLabel = "FILE",
            description = "SAP configuration (properties, see docs/sap.md): working days per rule, rules switched off, taakgericht.")
    Path sapConfig;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Working-day calendar adjustments (days closed or opened, see docs/sap.md).")
    Path calendar;

    SapTracker tracker() {
        return new SapTracker(sapConfig == null ? SapConfig.defaults() : config(),
                calendar == null ? WorkingDayCalendar.standard() : WorkingDayCalendar.load(calendar));
    }

    private SapConfig config() {
        try {
            return SapConfig.load(sapConfig);
        } catch (IllegalArgumentException e) { // its text names the file, the line and the key: add the option
            throw new IllegalArgumentException("--sap-config " + e.getMessage());
        }
    }
}
