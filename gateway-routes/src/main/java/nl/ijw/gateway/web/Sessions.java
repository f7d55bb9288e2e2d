package nl.ijw.gateway.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory (a restart logs everyone out). A session ends after {@code idle} without a
 * request, and after {@link #ABSOLUTE} whatever happens, so a stolen cookie does not live forever.
 */
final class Sessions {

    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration idle;
    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();

    private record Entry(Session session, Instant lastSeen) {
    }

    Sessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    Session open(WebUser user) {
        Instant now = clock.instant();
        Session s = new Session(token(), user, token(), now);
        byToken.put(s.token(), new Entry(s, now));
        return s;
    }

    /** The live session of this token, touched; empty when unknown or expired (then it is forgotten). */
    Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Entry e = byToken.get(token);
        Instant now = clock.instant();
        if (e == null) {
            return Optional.empty();
        }
        if (now.isAfter(e.lastSeen().plus(idle)) || now.isAfter(e.session().started().plus(ABSOLUTE))) {
            byToken.remove(token);
            return Optional.empty();
        }
        byToken.put(token, new Entry(e.session(), now));
        return Optional.of(e.session());
    }

    void close(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }
}
