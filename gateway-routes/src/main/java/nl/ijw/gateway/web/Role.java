package nl.ijw.gateway.web;

import java.util.Arrays;

/** What a monitor user may do beyond reading: resubmit dead letters, or see BSNs unmasked. */
public enum Role {
    VIEWER("viewer"), OPERATOR("operator"), PRIVACY_OFFICER("privacy-officer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Role parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("role '" + code + "' is not one of viewer, operator, privacy-officer"));
    }

    public boolean mayResubmit() {
        return this == OPERATOR;
    }

    public boolean mayUnmask() {
        return this == PRIVACY_OFFICER;
    }
}
