package org.minewatch.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_verifies_its_password_and_no_other() {
        String hash = hasher.hash("minewatch");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":").doesNotContain("minewatch");
        assertThat(hasher.verify("minewatch", hash)).isTrue();
        assertThat(hasher.verify("Minewatch", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hasher.hash("minewatch")).isNotEqualTo(hasher.hash("minewatch"));
    }

    @Test
    void a_malformed_stored_hash_never_verifies() {
        assertThat(hasher.verify("minewatch", "minewatch")).isFalse();
        assertThat(hasher.verify("minewatch", "PBKDF2WithHmacSHA256:x:y:z")).isFalse();
        assertThat(hasher.verify("minewatch", null)).isFalse();
        assertThatThrownBy(() -> hasher.hash("")).hasMessageContaining("must not be empty");
    }
}
