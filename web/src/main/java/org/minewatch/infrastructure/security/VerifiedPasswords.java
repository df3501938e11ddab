package org.minewatch.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a user's password matched their stored PBKDF2 hash, so that HTTP Basic
 * (which sends the password with every API call) does not pay the deliberately slow hash each time (about
 * 35 ms a call, measured). Only a salted SHA-256 of the password is kept, in memory, never on disk; an
 * entry counts only while the stored hash is the one it was verified against, so a changed password ends it.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration VALIDITY = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, byte[] digest, Instant expires) {
    }

    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private PasswordHasher hasher;
    private Clock clock;

    protected VerifiedPasswords() {
        // for CDI
    }

    @Inject
    public VerifiedPasswords(PasswordHasher hasher) {
        this(hasher, Clock.systemUTC());
    }

    VerifiedPasswords(PasswordHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** Whether the password matches the user's stored hash: from memory if recently verified, else by PBKDF2. */
    public boolean verify(String username, String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        byte[] digest = digest(password);
        Instant now = clock.instant();
        Entry entry = entries.get(username);
        // only the right password is answered from memory: a wrong one pays the full check, as for a user whose
        // password was not verified lately or a name without an account, so its time tells nothing
        if (entry != null && entry.storedHash().equals(storedHash) && now.isBefore(entry.expires()) && MessageDigest.isEqual(entry.digest(), digest)) {
            return true;
        }
        if (!hasher.verify(password, storedHash)) {
            return false;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // a crude bound: a full cache only costs one slow verification per user
        }
        entries.put(username, new Entry(storedHash, digest, now.plus(VALIDITY)));
        return true;
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
