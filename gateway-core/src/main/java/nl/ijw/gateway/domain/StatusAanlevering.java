package nl.ijw.gateway.domain;

/** StatusAanlevering (COD467): what a start, stop or claim line does to the earlier one with its key. */
public enum StatusAanlevering {
    NEW("1"), CORRECTION("2"), DELETE("3");

    private final String code;

    StatusAanlevering(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static StatusAanlevering of(String code) {
        for (StatusAanlevering s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown StatusAanlevering " + code);
    }
}
