package org.minewatch.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes, stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64), so that the
 * iteration count can be raised later without invalidating stored hashes. The JDK's own PBKDF2, so that the
 * same code hashes in the server and in tests.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** High enough to make guessing costly, low enough for HTTP Basic, which verifies on every API call. */
    static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A hash of no one's password, made like every stored one: checking a password against it costs what
     * checking against an account's costs, for a name that has no account (see {@link #verifyForNoAccount}).
     */
    private final String noAccount = hash(Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong()));

    public String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A password must not be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password.toCharArray(), salt, ITERATIONS, KEY_BITS);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    /** Whether the password matches the stored hash; false for a hash in any other format. */
    public boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (password == null || parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password.toCharArray(), salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spends on the password what {@link #verify} would, for a name without an account: a sign-in with an unknown name
     * then takes as long as a wrong password for a known one, so the time of a refusal does not tell which
     * names have accounts.
     */
    public void verifyForNoAccount(String password) {
        verify(password == null ? "" : password, noAccount);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        try {
            KeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }
}
