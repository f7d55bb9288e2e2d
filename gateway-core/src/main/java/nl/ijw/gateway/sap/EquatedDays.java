package nl.ijw.gateway.sap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days a government decree equates to public holidays, shipped as {@link #BUNDLED}.
 * Format: UTF-8, one {@code date,name} a line (ISO date; the name is the rest of the line),
 * optional header {@code date,name}, lines starting with {@code #} and blank lines skipped.
 */
public final class EquatedDays {

    public static final String BUNDLED = "sap/equated-days.csv";

    private EquatedDays() {
    }

    /** The bundled list, date to name, in date order. */
    public static Map<LocalDate, String> bundled() {
        try (InputStream in = EquatedDays.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED);
            }
            return parse(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<LocalDate, String> parse(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<LocalDate, String> days = new TreeMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equalsIgnoreCase("date,name")) {
                continue;
            }
            int comma = text.indexOf(',');
            String date = comma < 0 ? text : text.substring(0, comma).strip();
            String name = comma < 0 ? "" : text.substring(comma + 1).strip();
            try {
                days.put(LocalDate.parse(date), name.isEmpty() ? "Equated by decree" : name);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + ":" + n + ": not an ISO date: " + date, e);
            }
        }
        return Collections.unmodifiableMap(days);
    }
}
