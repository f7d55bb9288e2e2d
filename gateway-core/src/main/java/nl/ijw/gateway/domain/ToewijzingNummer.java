package nl.ijw.gateway.domain;

/** Number of an allocated product (ToegewezenProduct), unique per municipality (TR332). */
public record ToewijzingNummer(long value) {

    public static ToewijzingNummer of(long value) {
        return new ToewijzingNummer(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
