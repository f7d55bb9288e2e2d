package nl.ijw.gateway.web;

import java.time.Instant;

/** A logged-in user: the cookie's token, the CSRF token every POST must carry, when it began. */
public record Session(String token, WebUser user, String csrf, Instant started) {

    @Override
    public String toString() {
        return "session of " + user.name();
    }
}
