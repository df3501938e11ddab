package org.minewatch.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name within
 * {@link #WINDOW}, further attempts for that name are refused, the right password included, until the
 * oldest of those failures is {@link #WINDOW} old. Counted per name (known or not, so that a refusal says
 * nothing about which names exist) and per node, in memory.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /**
     * Names with failures kept before those whose failures are all older than the window are dropped: guesses
     * at random names would otherwise fill the memory. A technical bound, not a rule of the throttle.
     */
    static final int PRUNE_ABOVE = 1_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the name must wait before trying again; empty when it may try now. */
    public Optional<Duration> waitBeforeTrying(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(at -> at.plus(WINDOW).isBefore(now));
            if (recent.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
        }
    }

    public void failed(String username) {
        if (failures.size() > PRUNE_ABOVE) {
            Instant expired = clock.instant().minus(WINDOW);
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    return recent.isEmpty() || recent.peekLast().isBefore(expired);
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** How many names have failures remembered (for the test of the bound). */
    int namesRemembered() {
        return failures.size();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
