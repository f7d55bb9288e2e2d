package nl.ijw.gateway.sap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Configured changes to the working-day calendar: extra closed days (date to name) and days to
 * open again (a holiday that a contract does not observe). The file format is described on
 * {@link WorkingDayCalendar}.
 */
public record CalendarAdjustments(Map<LocalDate, String> closed, Set<LocalDate> open) {

    /** Name given to a configured closed day that has none. */
    public static final String CONFIGURED = "Closed day (configuration)";

    public CalendarAdjustments {
        closed = Map.copyOf(closed);
        open = Set.copyOf(open);
        for (LocalDate date : open) {
            if (closed.containsKey(date)) {
                throw new IllegalArgumentException(date + " is both closed and opened");
            }
        }
    }

    public static CalendarAdjustments load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the lines of a calendar file; {@code source} names it in error messages. */
    public static CalendarAdjustments parse(List<String> lines, String source) {
        Map<LocalDate, String> closed = new TreeMap<>();
        Set<LocalDate> open = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            char sign = text.charAt(0);
            if (sign != '+' && sign != '-') {
                throw new IllegalArgumentException(where + "expected +YYYY-MM-DD or -YYYY-MM-DD: " + text);
            }
            String[] parts = text.substring(1).strip().split("\\s+", 2);
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "not an ISO date: " + parts[0], e);
            }
            if (sign == '+' ? open.contains(date) : closed.containsKey(date)) {
                throw new IllegalArgumentException(where + date + " is both closed and opened");
            }
            if (sign == '+') {
                closed.put(date, parts.length > 1 ? parts[1].strip() : CONFIGURED);
            } else if (WorkingDayCalendar.isWeekend(date)) {
                throw new IllegalArgumentException(where + date + " is a " + date.getDayOfWeek()
                        + ": only a holiday can be opened, not a weekend day");
            } else {
                open.add(date);
            }
        }
        return new CalendarAdjustments(closed, open);
    }
}
