package org.minewatch.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minewatch.infrastructure.StepClock;

class RefusedSignInLogTest {

    /** A task the log asked to have run later, and after how long. */
    private record Later(Runnable task, Duration delay) {
    }

    private final StepClock clock = new StepClock();
    private final List<String> lines = new ArrayList<>();
    private final List<Later> timers = new ArrayList<>();
    private final RefusedSignInLog log = new RefusedSignInLog(5, clock, lines::add, (task, delay) -> timers.add(new Later(task, delay)));

    private static LogEvent failed(int i) {
        return LogEvent.of("sign-in.failed").with("user", "nobody-" + i).with("via", "basic").with("from", "127.0.0.1");
    }

    @Test
    void the_first_five_refusals_of_a_minute_are_written_and_the_rest_counted_in_one_line_when_the_minute_is_over() {
        for (int i = 0; i < 105; i++) {
            log.refused(failed(i));
            clock.advance(Duration.ofMillis(500)); // 105 refusals in 52.5 s
        }
        assertThat(lines).containsExactly("event=sign-in.failed user=nobody-0 via=basic from=127.0.0.1",
                "event=sign-in.failed user=nobody-1 via=basic from=127.0.0.1", "event=sign-in.failed user=nobody-2 via=basic from=127.0.0.1",
                "event=sign-in.failed user=nobody-3 via=basic from=127.0.0.1", "event=sign-in.failed user=nobody-4 via=basic from=127.0.0.1");
        // one timer, for the end of the minute that began with the first refusal (the sixth came 2.5 s into it)
        assertThat(timers).hasSize(1);
        assertThat(timers.get(0).delay()).isEqualTo(Duration.ofSeconds(60).minusMillis(2500));

        clock.advance(Duration.ofSeconds(8));
        timers.get(0).task().run();
        assertThat(lines).hasSize(6).last().isEqualTo("event=sign-in.refusals-not-written count=100 since=2011-10-24T12:00:00Z perMinute=5"
                + " setting=MINEWATCH_REFUSED_SIGN_INS_LOGGED_PER_MINUTE");

        // the next minute has its own five lines
        log.refused(failed(200));
        assertThat(lines).hasSize(7).last().isEqualTo("event=sign-in.failed user=nobody-200 via=basic from=127.0.0.1");
    }

    @Test
    void a_late_timer_finds_its_minute_counted_already_by_the_next_minutes_first_line() {
        for (int i = 0; i < 7; i++) {
            log.refused(failed(i));
        }
        clock.advance(Duration.ofSeconds(61));
        log.refused(failed(7)); // the timer has not run: the count comes first, then the new minute's line
        assertThat(lines).hasSize(7);
        assertThat(lines.get(5)).startsWith("event=sign-in.refusals-not-written count=2 since=2011-10-24T12:00:00Z");
        assertThat(lines.get(6)).contains("user=nobody-7");

        timers.get(0).task().run(); // its minute is over and said: the new one is left alone
        assertThat(lines).hasSize(7);
        for (int i = 8; i < 20; i++) {
            log.refused(failed(i));
        }
        assertThat(lines).hasSize(11); // the new minute's five
    }

    @Test
    void a_minute_whose_refusals_were_all_written_ends_without_a_count() {
        for (int i = 0; i < 5; i++) {
            log.refused(failed(i));
        }
        clock.advance(Duration.ofMinutes(3));
        log.refused(failed(5));
        assertThat(lines).hasSize(6).noneMatch(line -> line.contains("refusals-not-written"));
        assertThat(timers).isEmpty();
    }

    @Test
    void with_a_budget_of_none_every_refusal_is_only_counted() {
        RefusedSignInLog silent = new RefusedSignInLog(0, clock, lines::add, (task, delay) -> timers.add(new Later(task, delay)));
        silent.refused(failed(1));
        silent.refused(failed(2));
        clock.advance(Duration.ofMinutes(1));
        timers.get(0).task().run();
        assertThat(lines).singleElement().asString().startsWith("event=sign-in.refusals-not-written count=2 ");
    }
}
