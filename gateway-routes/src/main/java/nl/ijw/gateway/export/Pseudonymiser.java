package nl.ijw.gateway.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.ijw.gateway.domain.Bsn;

/**
 * Replaces the personal data in an iJw message by pseudonyms, leaving every other byte as it was:
 * BSN, birth date, names (Achternaam, Voorvoegsel, Voornamen, Voorletters, the referrer's Naam),
 * address (Straatnaam, Huisnummer, Huisletter, HuisnummerToevoeging, Postcode, Plaatsnaam),
 * Telefoonnummer, Emailadres and the free-text Commentaar. A pseudonym is derived from an HMAC-SHA256
 * of the value under a secret key, so the same value always gets the same pseudonym (a retour
 * repeats its heen-message's BSN, and both get the same one) and nobody without the key can go back.
 * A BSN that passes the elfproef becomes one that does (from 99xxxxxxx, never two values the same),
 * one that fails becomes one that fails; a birth date stays in its year and never moves later.
 * Values that do not have the expected form are replaced character by character (digits by digits,
 * letters by letters), so even a message the schemas refuse leaves no personal data.
 */
public final class Pseudonymiser {

    /** The environment variable holding the key. */
    public static final String KEY_VARIABLE = "IJW_PSEUDONYM_KEY";
    static final int MIN_KEY_LENGTH = 16;

    private static final String P = "(<(?:[A-Za-z_][\\w.-]*:)?";
    private static final Pattern TEXT = Pattern.compile(P + "(Bsn|Achternaam|Voorvoegsel|Voornamen|Voorletters|Naam"
            + "|Straatnaam|Huisnummer|Huisletter|HuisnummerToevoeging|Postcode|Plaatsnaam|Telefoonnummer|Emailadres"
            + "|Commentaar)>)([^<]*)(</)");
    private static final Pattern BIRTH = Pattern.compile(P + "Geboortedatum>\\s*<(?:[A-Za-z_][\\w.-]*:)?Datum>)([^<]*)(</)");
    private static final String[] VOORVOEGSELS = {"de", "van", "van der", "van den", "ter", "den"};
    private static final String[] STRATEN = {"Lindelaan", "Kerkstraat", "Molenweg", "Dorpsstraat", "Beukenlaan"};
    private static final String[] PLAATSEN = {"Stadzijl", "Oudewaard", "Nieuwkerk", "Bergdal", "Veenhoven"};

    private final Mac mac;
    private final Map<String, String> bsns = new HashMap<>();
    private final Set<String> bsnsUsed = new HashSet<>();
    private long replaced;

    public Pseudonymiser(String key) {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("--pseudonymise needs a secret key of at least " + MIN_KEY_LENGTH
                    + " characters in the environment variable " + KEY_VARIABLE
                    + (key == null ? " (it is not set)" : " (it has " + key.length() + ")")
                    + "; keep the key secret: with it the pseudonyms can be made again from the real data");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    /** Distinct BSNs seen so far. */
    public int bsnCount() {
        return bsns.size();
    }

    /** Values replaced so far. */
    public long replacedCount() {
        return replaced;
    }

    /**
     * The message with its personal data replaced. UTF-8 (and anything ASCII-based) is handled one
     * char per byte (ISO-8859-1), so every byte outside the replaced values is kept whatever it is;
     * a message in UTF-16 or UTF-32 (which the gateway refuses, but journals) is read and written
     * in that encoding, so its personal data is replaced too.
     */
    public byte[] apply(byte[] xml) {
        java.nio.charset.Charset cs = wide(xml);
        String s = new String(xml, cs);
        s = replace(BIRTH, s, m -> birth(m.group(2)));
        s = replace(TEXT, s, m -> value(m.group(2), m.group(3)));
        return s.getBytes(cs);
    }

    /** UTF-16/32 by byte order mark or the bytes of '<?' (XML 1.0 appendix F); else byte by byte. */
    private static java.nio.charset.Charset wide(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        int b2 = b.length > 2 ? b[2] & 0xff : -1;
        int b3 = b.length > 3 ? b[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 == 0x3C)) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        if (b2 == 0 && b3 == 0 && (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0)) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == 0x3C) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.ISO_8859_1;
    }

    private String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String value = m.group(p == BIRTH ? 2 : 3);
            String stripped = value.strip();
            String pseudo = stripped.isEmpty() ? value : value.substring(0, value.indexOf(stripped))
                    + f.apply(m) + value.substring(value.indexOf(stripped) + stripped.length());
            if (!stripped.isEmpty()) {
                replaced++;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + pseudo + m.group(p == BIRTH ? 3 : 4)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String value(String element, String raw) {
        String v = raw.strip();
        return switch (element) {
            case "Bsn" -> bsn(v);
            case "Achternaam" -> name("achternaam", v, 6);
            case "Voornamen" -> name("voornamen", v, 5);
            case "Naam" -> name("verwijzer", v, 8);
            case "Voorletters" -> letters("voorletters", v, Math.min(6, Math.max(1, v.length())), true);
            case "Voorvoegsel" -> pick("voorvoegsel", v, VOORVOEGSELS);
            case "Straatnaam" -> pick("straat", v, STRATEN);
            case "Plaatsnaam" -> pick("plaats", v, PLAATSEN);
            case "Huisnummer" -> v.matches("\\d{1,5}") ? Long.toString(1 + number("huisnummer", v) % 300) : shape("huisnummer", v);
            case "Huisletter" -> letters("huisletter", v, 1, true);
            case "HuisnummerToevoeging" -> letters("toevoeging", v, Math.min(4, v.length()), false);
            case "Postcode" -> v.matches("[1-9]\\d{3}\\s?[A-Za-z]{2}")
                    ? (1000 + number("postcode", v) % 9000) + letters("postcode-letters", v, 2, true) : shape("postcode", v);
            case "Emailadres" -> "p" + Long.toString(number("email", v) % 1_000_000_000L, 36) + "@example.invalid";
            case "Commentaar" -> "Commentaar " + Long.toString(number("commentaar", v) % 1_000_000L, 36);
            default -> shape(element, v); // Telefoonnummer: digits by digits
        };
    }

    /** A BSN's pseudonym: passing the elfproef as the original does or does not, and never two BSNs the same. */
    String bsn(String v) {
        String known = bsns.get(v);
        if (known != null) {
            return known;
        }
        String pseudo;
        if (!v.matches("\\d{9}")) {
            pseudo = shape("bsn", v);
        } else {
            boolean valid = Bsn.of(v).passesElfproef();
            pseudo = null;
            for (int i = 0; pseudo == null || bsnsUsed.contains(pseudo); i++) {
                String first8 = Long.toString(99_000_000L + number("bsn:" + i, v) % 1_000_000L);
                int check = Bsn.checkRemainder(first8);
                if (valid) {
                    pseudo = check < 10 ? first8 + check : null;
                } else {
                    pseudo = first8 + (check == 10 ? 0 : (check + 1 + (int) (number("bsn-bad:" + i, v) % 9)) % 10);
                }
            }
        }
        bsns.put(v, pseudo);
        bsnsUsed.add(pseudo);
        return pseudo;
    }

    /** Same year, a day of it no later than the original (so never after a date the message compares it with). */
    private String birth(String raw) {
        String v = raw.strip();
        try {
            LocalDate d = LocalDate.parse(v);
            return d.withDayOfYear(1 + (int) (number("geboortedatum", v) % d.getDayOfYear())).toString();
        } catch (DateTimeParseException e) {
            return shape("geboortedatum", v);
        }
    }

    private String name(String field, String v, int length) {
        String s = letters(field, v, length, false);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String pick(String field, String v, String[] from) {
        return from[(int) (number(field, v) % from.length)];
    }

    private String letters(String field, String v, int length, boolean upper) {
        byte[] h = hmac(field + ":" + v);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ((upper ? 'A' : 'a') + (h[i % h.length] & 0xff) % 26));
        }
        return sb.toString();
    }

    /** Digits by digits, letters by letters, anything else kept: for values not of the expected form. */
    private String shape(String field, String v) {
        byte[] h = hmac(field + ":" + v);
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            int r = h[i % h.length] & 0xff;
            sb.append(c >= '0' && c <= '9' ? (char) ('0' + r % 10)
                    : Character.isLetter(c) || c > 127 ? (char) ('a' + r % 26) : c);
        }
        return sb.toString();
    }

    private long number(String field, String v) {
        byte[] h = hmac(field + ":" + v);
        long n = 0;
        for (int i = 0; i < 7; i++) {
            n = (n << 8) | (h[i] & 0xff);
        }
        return n;
    }

    private byte[] hmac(String s) {
        return mac.doFinal(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
