package org.minewatch.infrastructure.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.minewatch.infrastructure.EnvironmentSettings;

/**
 * The log lines of refused sign-ins ({@code sign-in.failed}, {@code sign-in.throttled}), at most
 * {@link #SETTING} of them a minute (default {@value #DEFAULT_PER_MINUTE}). Anyone can send refused sign-ins,
 * as fast as the password check lets them, so a line for each would let any client grow the log as it likes
 * (issue 15: a minute of a hostile client more than doubled a fresh server's log). The lines over the budget
 * are counted, not lost: when the minute is over, one line says how many were not written
 * ({@code event=sign-in.refusals-not-written count=K}), written by a timer at the minute's end or, if that comes
 * late, before the next minute's first line. Only the log is budgeted: the throttle counts every failure.
 *
 * <p>A minute starts with the first refusal after the last minute ended, so a single refusal is always written
 * at once.
 */
@ApplicationScoped
public class RefusedSignInLog {

    public static final String SETTING = "MINEWATCH_REFUSED_SIGN_INS_LOGGED_PER_MINUTE";
    static final int DEFAULT_PER_MINUTE = 5;
    static final Duration MINUTE = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(RefusedSignInLog.class.getName());

    private final int perMinute;
    private final Clock clock;
    private final Consumer<String> log;
    /** Runs a task after a delay: the container's scheduler, or the test's hand. */
    private final BiConsumer<Runnable, Duration> later;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    /** When the minute being counted started; null when none is (no refusal since the last one ended). */
    private Instant minuteStarted;
    private int written;
    private int notWritten;

    public RefusedSignInLog() {
        this.perMinute = EnvironmentSettings.wholeNumber(SETTING, "log lines a minute").map(n -> (int) Math.min(n, Integer.MAX_VALUE)).orElse(DEFAULT_PER_MINUTE);
        this.clock = Clock.systemUTC();
        this.log = LOG::warning;
        this.later = (task, delay) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    RefusedSignInLog(int perMinute, Clock clock, Consumer<String> log, BiConsumer<Runnable, Duration> later) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.log = log;
        this.later = later;
    }

    /** Created at start, so that a setting that cannot be read stops the start rather than a sign-in. */
    void readSettingAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine(() -> SETTING + "=" + perMinute);
    }

    /** Writes the refusal's line if this minute's budget allows, and counts it otherwise. */
    public synchronized void refused(LogEvent refusal) {
        Instant now = clock.instant();
        if (minuteStarted != null && !now.isBefore(minuteStarted.plus(MINUTE))) {
            endMinute();
        }
        if (minuteStarted == null) {
            minuteStarted = now;
        }
        if (written < perMinute) {
            written++;
            log.accept(refusal.toString());
            return;
        }
        if (notWritten++ == 0) {
            Instant started = minuteStarted;
            later.accept(() -> minuteOver(started), Duration.between(now, started.plus(MINUTE)));
        }
    }

    /** The timer at the end of a minute with refusals not written; nothing if that minute was ended already. */
    synchronized void minuteOver(Instant started) {
        if (started.equals(minuteStarted)) {
            endMinute();
        }
    }

    private void endMinute() {
        if (notWritten > 0) {
            log.accept(LogEvent.of("sign-in.refusals-not-written").with("count", notWritten).with("since", minuteStarted)
                    .with("perMinute", perMinute).with("setting", SETTING).toString());
        }
        minuteStarted = null;
        written = 0;
        notWritten = 0;
    }
}
