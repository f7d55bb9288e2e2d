package nl.ijw.gateway.domain;

import java.util.Objects;

import nl.ijw.gateway.privacy.Masking;

/**
 * A burgerservicenummer. {@link #toString()} is masked so a BSN can never reach a log in clear
 * by accident; {@link #value()} gives the digits for storage and comparison.
 */
public record Bsn(String value) {

    public Bsn {
        Objects.requireNonNull(value, "bsn");
    }

    public static Bsn of(String value) {
        return new Bsn(value.trim());
    }

    /** The eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros). */
    public boolean passesElfproef() {
        if (value.length() != 9 || !value.chars().allMatch(Character::isDigit) || value.equals("000000000")) {
            return false;
        }
        return checkRemainder(value.substring(0, 8)) == value.charAt(8) - '0';
    }

    /**
     * (9·d1 + 8·d2 + … + 2·d8) mod 11 of eight digits: the ninth digit that makes the elfproef hold,
     * or 10 when none does. For those who make BSNs (test traffic, pseudonyms).
     */
    public static int checkRemainder(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (first8.charAt(i) - '0');
        }
        return sum % 11;
    }

    public String masked() {
        return Masking.bsn(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
