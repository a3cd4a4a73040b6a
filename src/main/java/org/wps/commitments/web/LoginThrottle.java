package org.wps.commitments.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts wrong passwords per client address and per (user, client address), in fixed windows, so that a stranger
 * who keeps failing for a user blocks only her own address, never the user signing in from hers. Camunda's own
 * per-user lock is off (camunda.bpm.generic-properties: login-max-attempts, login-delay-base), as it let anyone
 * lock any user out. The counts live in memory, bounded ({@link #MAX_KEYS}, least recently used dropped first),
 * per node: with N nodes a stranger gets at most N times the allowance.
 */
class LoginThrottle {

    static final int MAX_KEYS = 20_000;

    private final Clock clock;
    private final int perUserAndAddress;
    private final int perAddress;
    private final Duration window;
    private final Map<String, Window> windows = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public LoginThrottle(Clock clock, int perUserAndAddress, int perAddress, Duration window) {
        this.clock = clock;
        this.perUserAndAddress = perUserAndAddress;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying a password again, or empty if she may try now. */
    public synchronized Optional<Duration> retryAfter(String userId, String address) {
        Instant now = clock.instant();
        Duration wait = blocked(addressKey(address), perAddress, now);
        if (wait == null && userId != null) {
            wait = blocked(userKey(userId, address), perUserAndAddress, now);
        }
        return Optional.ofNullable(wait);
    }

    public synchronized void failed(String userId, String address) {
        Instant now = clock.instant();
        count(addressKey(address), now);
        if (userId != null) {
            count(userKey(userId, address), now);
        }
    }

    /** A right password clears that user's count at that address (not the address's own count). */
    public synchronized void succeeded(String userId, String address) {
        if (userId != null) {
            windows.remove(userKey(userId, address));
        }
    }

    private Duration blocked(String key, int limit, Instant now) {
        Window w = windows.get(key);
        if (w == null || !now.isBefore(w.end)) {
            return null;
        }
        return w.failures >= limit ? Duration.between(now, w.end) : null;
    }

    private void count(String key, Instant now) {
        Window w = windows.get(key);
        if (w == null || !now.isBefore(w.end)) {
            w = new Window(now.plus(window));
            windows.put(key, w);
        }
        w.failures++;
    }

    private static String addressKey(String address) {
        return "a|" + address;
    }

    private static String userKey(String userId, String address) {
        return "u|" + address + "|" + userId;
    }

    private static final class Window {
        final Instant end;
        int failures;

        Window(Instant end) {
            this.end = end;
        }
    }
}
