package nl.ijw.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The interface's words and number and date formats: Dutch by default, English with {@code ?lang=en}.
 * Dates are Dutch-style in both ({@code 12-03-2026}), times Europe/Amsterdam.
 */
record Texts(String lang, Map<String, String> words) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd-MM HH:00").withZone(AMSTERDAM);
    private static final Texts NL = load("nl");
    private static final Texts EN = load("en");

    static Texts of(String lang) {
        return "en".equals(lang) ? EN : NL;
    }

    private static Texts load(String lang) {
        try (InputStream in = Texts.class.getResourceAsStream("/web/texts_" + lang + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return new Texts(lang, Map.copyOf(m));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the monitor's texts (" + lang + ") are missing from the jar", e);
        }
    }

    /** The text of a key; a missing key shows as itself, so a gap is visible and never a crash. */
    String t(String key, Object... args) {
        String w = words.getOrDefault(key, key);
        return args.length == 0 ? w : String.format(locale(), w, args);
    }

    Locale locale() {
        return "en".equals(lang) ? Locale.UK : Locale.forLanguageTag("nl-NL");
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** {@code 55,6 %} (nl) or {@code 55.6 %} (en), one decimal. */
    String percent(BigDecimal p) {
        if (p == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(p.setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(i);
    }
}
