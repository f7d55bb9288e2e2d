package nl.ijw.gateway.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (BSN, names) before a value can reach a log, a report or a console.
 * A BSN keeps its last three digits so people can still tell records apart.
 */
public final class Masking {

    /** Elements whose values are personal data and must never be shown in clear. */
    private static final Set<String> PERSONAL_ELEMENTS = Set.of(
            "Bsn", "Achternaam", "Voorvoegsel", "Voornamen", "Voorletters", "Naam",
            "Geslachtsnaam", "Partnernaam", "Geboortedatum", "Datum");

    private static final Pattern QUOTED_VALUE = Pattern.compile("(?i)(value ')([^']*)(')");
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    private Masking() {
    }

    public static String bsn(String bsn) {
        if (bsn == null || bsn.isEmpty()) {
            return bsn;
        }
        int keep = Math.min(3, Math.max(0, bsn.length() - 6));
        return "*".repeat(bsn.length() - keep) + bsn.substring(bsn.length() - keep);
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "***";
    }

    /** Whether the last element of a path such as {@code /Bericht/Client/Bsn} holds personal data. */
    public static boolean isPersonalPath(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        int bracket = last.indexOf('[');
        if (bracket >= 0) {
            last = last.substring(0, bracket);
        }
        return PERSONAL_ELEMENTS.contains(last) && (path.contains("/Client") || last.equals("Bsn"));
    }

    /**
     * Masks the quoted values a parser message repeats when the element holds personal data,
     * and any bare nine-digit number (a possible BSN) anywhere in the text.
     */
    public static String parserMessage(String message, String path) {
        String text = message;
        if (isPersonalPath(path)) {
            Matcher m = QUOTED_VALUE.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + mask(m.group(2)) + m.group(3)));
            }
            m.appendTail(sb);
            text = sb.toString();
        }
        return maskNineDigitNumbers(text);
    }

    public static String maskNineDigitNumbers(String text) {
        Matcher m = NINE_DIGITS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, bsn(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String mask(String value) {
        return value.chars().allMatch(Character::isDigit) ? bsn(value) : name(value);
    }
}
