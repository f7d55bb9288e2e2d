package nl.ijw.gateway.cli.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import nl.ijw.gateway.sap.SapTracker;

/**
 * Dates and times as the HTML pages print them, in the Dutch text and the English beside it alike
 * (README, docs/sap.md, docs/web.md): {@code 12-03-2026}, {@code 12-03-2026 09:15}, Europe/Amsterdam.
 * Texts made for the command line and JSON (deadlines, facts, the basis) carry ISO dates; a page
 * rewrites them here rather than printing two forms on one line.
 */
public final class DutchDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(SapTracker.AMSTERDAM);
    /** An ISO date standing alone: not a part of a longer number or identifier. */
    private static final Pattern ISO_DATE =
            Pattern.compile("(?<![\\w-])(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\w-])");

    private DutchDates() {
    }

    /** {@code 12-03-2026}; "-" for none. */
    public static String date(LocalDate d) {
        return d == null ? "-" : DATE.format(d);
    }

    /** {@code 12-03-2026 09:15} in Europe/Amsterdam. */
    public static String minute(Instant t) {
        return MINUTE.format(t);
    }

    /** The text with every ISO date ({@code 2026-03-12}) written {@code 12-03-2026}. */
    public static String in(String text) {
        return text == null ? null : ISO_DATE.matcher(text).replaceAll("$3-$2-$1");
    }
}
