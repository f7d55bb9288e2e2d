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
        return value == null ? null : LocalDate.parse(value.trim());
    }

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
