package nl.ijw.gateway.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Receipt times as every command prints them: Europe/Amsterdam, whole seconds, with the offset,
 * the same form a manifest.csv holds ({@code 2026-12-04T02:33:17+01:00}), so a time on the console
 * can be found in the manifest as it is.
 */
public final class Times {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .withZone(AMSTERDAM);

    private Times() {
    }

    /** {@code 2026-12-04T02:33:17+01:00}; fractions of a second are cut, not rounded, as in a manifest. */
    public static String received(Instant t) {
        return RECEIVED.format(t);
    }
}
