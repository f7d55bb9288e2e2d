package nl.ijw.gateway.model;

import java.time.LocalDate;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Binds xs:date to {@link LocalDate}. JAXB's default, XMLGregorianCalendar, is slow to build and
 * awkward to use; iJw dates carry no time zone, so a plain date is exact. The schema has already
 * checked the lexical form before binding.
 */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        return plainDate(v) ? LocalDate.of(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10)) : LocalDate.parse(v);
    }

    /**
     * Every iJw date has the form yyyy-MM-dd; reading its digits directly is several times cheaper
     * than the formatter, which handles any other form (with the same result and errors).
     */
    private static boolean plainDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + v.charAt(i) - '0';
        }
        return n;
    }

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
