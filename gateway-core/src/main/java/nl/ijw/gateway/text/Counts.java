package nl.ijw.gateway.text;

import java.util.Locale;

/**
 * Counts in words for summaries, one format everywhere: thousands grouped with a comma
 * ({@code 12,345}), whatever the machine's locale, and the singular for one ({@code 1 file}).
 */
public final class Counts {

    private Counts() {
    }

    /** {@code 1 file}, {@code 0 files}, {@code 12,345 files}: the plural adds an s. */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    public static String of(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** {@code 12,345}. */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A rate or other measured figure without decimals: {@code 12,345}. */
    public static String number(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }
}
