package nl.ijw.gateway.domain;

import java.util.Objects;

/**
 * A sender or receiver: a municipality by its 4-digit CBS gemeentecode or a provider by its
 * 8-digit AGB code.
 */
public record Party(String code) {

    public Party {
        Objects.requireNonNull(code, "code");
    }

    public static Party of(String code) {
        return new Party(code.trim());
    }

    public boolean isMunicipality() {
        return code.length() == 4;
    }

    @Override
    public String toString() {
        return code;
    }
}
