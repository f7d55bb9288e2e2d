package nl.ijw.gateway.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After {@link #FAILURES} failed logins in a row an account waits {@link #WAIT}: every attempt in
 * that time is refused without looking at the password, so guessing costs hours, not seconds.
 * Counted per name, known or not, so the answer does not tell which names exist.
 */
final class LoginThrottle {

    static final int FAILURES = 5;
    static final Duration WAIT = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, State> byName = new ConcurrentHashMap<>();

    private record State(int failures, Instant lockedUntil) {
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this name must still wait before an attempt is looked at; zero when it may try. */
    Duration waitFor(String name) {
        State s = byName.get(key(name));
        if (s == null || s.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), s.lockedUntil());
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }

    void failed(String name) {
        byName.compute(key(name), (k, s) -> {
            boolean waited = s != null && s.lockedUntil() != null && !clock.instant().isBefore(s.lockedUntil());
            int n = (s == null || waited ? 0 : s.failures()) + 1;
            return new State(n, n >= FAILURES ? clock.instant().plus(WAIT) : null);
        });
    }

    void succeeded(String name) {
        byName.remove(key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
