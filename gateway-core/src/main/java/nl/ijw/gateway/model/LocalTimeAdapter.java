package nl.ijw.gateway.model;

import java.time.LocalTime;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds xs:time (Toewijzingstijd) to {@link LocalTime}; iJw times carry no zone. */
public final class LocalTimeAdapter extends XmlAdapter<String, LocalTime> {

    @Override
    public LocalTime unmarshal(String value) {
        return value == null ? null : LocalTime.parse(value.trim());
    }

    @Override
    public String marshal(LocalTime value) {
        return value == null ? null : value.toString();
    }
}
