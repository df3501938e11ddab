package org.minewatch.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minewatch.infrastructure.StepClock;

class VerifiedPasswordsTest {

    /** Counts the slow verifications, to tell a remembered answer from a computed one. */
    private static final class CountingHasher extends PasswordHasher {
        final AtomicInteger verifications = new AtomicInteger();

        @Override
        public boolean verify(String password, String stored) {
            verifications.incrementAndGet();
            return super.verify(password, stored);
        }
    }

    private final CountingHasher hasher = new CountingHasher();
    private final StepClock clock = new StepClock();
    private final VerifiedPasswords passwords = new VerifiedPasswords(hasher, clock);
    private final String stored = hasher.hash("minewatch");

    @Test
    void a_verified_password_is_remembered_and_a_wrong_one_still_refused() {
        assertThat(passwords.verify("executive", "minewatch", stored)).isTrue();
        assertThat(passwords.verify("executive", "minewatch", stored)).isTrue();
        assertThat(hasher.verifications).hasValue(1);
        assertThat(passwords.verify("executive", "wrong", stored)).isFalse();
        assertThat(passwords.verify("executive", "", stored)).isFalse();
        // a wrong password pays the full check even when the right one is remembered: its time tells nothing
        assertThat(hasher.verifications).hasValue(3);
    }

    @Test
    void a_changed_stored_hash_or_the_end_of_validity_verifies_again() {
        passwords.verify("executive", "minewatch", stored);
        String changed = hasher.hash("new-password");
        assertThat(passwords.verify("executive", "minewatch", changed)).isFalse();
        assertThat(passwords.verify("executive", "new-password", changed)).isTrue();
        int before = hasher.verifications.get();
        clock.advance(VerifiedPasswords.VALIDITY.plus(Duration.ofSeconds(1)));
        assertThat(passwords.verify("executive", "new-password", changed)).isTrue();
        assertThat(hasher.verifications.get()).isEqualTo(before + 1);
    }

    @Test
    void a_wrong_password_is_never_remembered() {
        assertThat(passwords.verify("executive", "wrong", stored)).isFalse();
        assertThat(passwords.verify("executive", "wrong", stored)).isFalse();
        assertThat(hasher.verifications).hasValue(2);
    }
}
