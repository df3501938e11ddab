package org.minewatch.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minewatch.infrastructure.StepClock;

class SignInThrottleTest {

    private final StepClock clock = new StepClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void five_failures_within_the_window_make_the_name_wait_until_the_first_is_old_enough() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("manager.caylloma");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.waitBeforeTrying("manager.caylloma")).isEmpty();
        throttle.failed("Manager.Caylloma"); // names are compared without case
        // the first failure was 4 minutes ago: 11 minutes to go
        assertThat(throttle.waitBeforeTrying("manager.caylloma")).contains(Duration.ofMinutes(11));
        assertThat(throttle.waitBeforeTrying("manager.sanjose")).isEmpty();

        clock.advance(Duration.ofMinutes(11).plusSeconds(1));
        assertThat(throttle.waitBeforeTrying("manager.caylloma")).isEmpty();
    }

    @Test
    void a_success_clears_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("executive");
        }
        throttle.succeeded("executive");
        throttle.failed("executive");
        assertThat(throttle.waitBeforeTrying("executive")).isEmpty();
    }

    @Test
    void guesses_at_many_names_do_not_pile_up_once_their_window_has_passed() {
        for (int i = 0; i < SignInThrottle.MAX_NAMES; i++) {
            throttle.failed("guess-" + i);
        }
        assertThat(throttle.namesRemembered()).isEqualTo(SignInThrottle.MAX_NAMES);

        clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
        throttle.failed("admin");

        assertThat(throttle.namesRemembered()).isEqualTo(1);
        assertThat(throttle.waitBeforeTrying("guess-1")).isEmpty();
    }

    @Test
    void however_many_recent_names_are_sent_at_most_the_bound_is_remembered_and_the_longest_quiet_goes_first() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin");
        }
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < SignInThrottle.MAX_NAMES - 1; i++) {
            throttle.failed("guess-" + i);
        }
        assertThat(throttle.waitBeforeTrying("admin")).isPresent();

        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 3 * SignInThrottle.MAX_NAMES; i++) {
            throttle.failed("flood-" + i);
            assertThat(throttle.namesRemembered()).isLessThanOrEqualTo(SignInThrottle.MAX_NAMES);
        }
        // the flood pushed out the names whose last failure was oldest, "admin" first, the latest flood stays
        assertThat(throttle.waitBeforeTrying("admin")).isEmpty();
        for (int i = 0; i < 5; i++) {
            throttle.failed("flood-" + (3 * SignInThrottle.MAX_NAMES - 1));
        }
        assertThat(throttle.waitBeforeTrying("flood-" + (3 * SignInThrottle.MAX_NAMES - 1))).isPresent();
    }
}
