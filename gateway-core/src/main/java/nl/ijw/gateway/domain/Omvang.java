package nl.ijw.gateway.domain;

/** Volume, unit (WJ756) and frequency (WMO757) of an allocation or request. */
public record Omvang(long volume, String eenheid, String frequentie) {
}
