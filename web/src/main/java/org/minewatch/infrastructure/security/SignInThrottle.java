package org.minewatch.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
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
 *
 * <p>Its memory is bounded whatever clients send: names are at most {@code UserAccount.MAX_USERNAME_LENGTH}
 * characters (the authentication mechanism refuses longer ones before they get here), and at most
 * {@value #MAX_NAMES} names are remembered. When a new name would pass that, the names whose failures are
 * all older than the window go first; if too many are recent, the tenth of the names whose last failures are
 * the oldest is forgotten (a tenth at once, so that a flood does not sort the names at every failure). A flood of invented names can thus make the throttle forget a name being guessed at, but only
 * after {@value #MAX_NAMES} failed sign-ins, each costing the sender a full password check.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The most names remembered at once (each at most 100 characters with 5 instants): a technical bound, not a rule of the throttle. */
    static final int MAX_NAMES = 10_000;

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
        if (failures.size() >= MAX_NAMES && !failures.containsKey(key(username))) {
            makeRoom();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    /** Forgets the names whose failures have all expired, or else the tenth whose last failures are the oldest. */
    private synchronized void makeRoom() {
        if (failures.size() < MAX_NAMES) {
            return; // another thread made room meanwhile
        }
        Instant expired = clock.instant().minus(WINDOW);
        failures.values().removeIf(recent -> lastFailure(recent).isBefore(expired));
        if (failures.size() >= MAX_NAMES) {
            failures.entrySet().stream().sorted(Comparator.comparing(e -> lastFailure(e.getValue()))).limit(MAX_NAMES / 10).toList()
                    .forEach(oldest -> failures.remove(oldest.getKey(), oldest.getValue()));
        }
    }

    private static Instant lastFailure(Deque<Instant> recent) {
        synchronized (recent) {
            return recent.isEmpty() ? Instant.MIN : recent.peekLast();
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
