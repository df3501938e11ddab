package org.minewatch.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.minewatch.infrastructure.EnvironmentSettings;
import org.minewatch.infrastructure.monitoring.LogEvent;
import org.minewatch.infrastructure.monitoring.OutOfMemoryExit;

/**
 * How many previews and imports a node works on at once, the API's and the import page's alike. A preview
 * of a large file is CPU and memory from start to end (a 199,999-line CSV: seconds of one core and a few hundred
 * MB of heap, twice over for the rules' judgement before and after), so twenty at once gain nothing on a few cores
 * and fill the heap: with no bound, the node stopped answering anything, its readiness included. Here at most
 * {@link #defaultConcurrency()} ({@code MINEWATCH_IMPORT_CONCURRENCY}) run; the next ones wait their turn for up to
 * {@value #DEFAULT_WAIT_SECONDS} seconds ({@code MINEWATCH_IMPORT_WAIT_SECONDS}) and are then refused with {@link Busy} (503 and
 * Retry-After), as is at once whatever comes while {@link #MAX_WAITING} wait already: a waiting request holds one
 * of the server's HTTP threads, which readiness and every page need too.
 *
 * <p>The work runs on the caller's thread. A node that runs out of memory in it stops at once
 * ({@link OutOfMemoryExit}) rather than limping on with a full heap.
 */
@ApplicationScoped
public class ImportWorkLimit {

    public static final String CONCURRENCY = "MINEWATCH_IMPORT_CONCURRENCY";
    public static final String WAIT = "MINEWATCH_IMPORT_WAIT_SECONDS";
    /**
     * The heap one preview of the largest file may hold, measured: a 199,999-line CSV's preview held about 350 MB in the
     * rules' session alone (400,000 facts and their handles, jmap), on top of the 100 MB or so the portal holds by itself.
     */
    static final long HEAP_PER_MAXIMAL_PREVIEW = 500L * 1024 * 1024;
    /** Long enough for a queue of ordinary previews (tens of ms each) and about one maximal one, short of a client's patience. */
    static final int DEFAULT_WAIT_SECONDS = 10;
    /** At most this many requests wait: a small share of Payara Micro's 200 HTTP threads, and more than a team of stewards sends at once. */
    static final int MAX_WAITING = 16;

    private static final Logger LOG = Logger.getLogger(ImportWorkLimit.class.getName());

    private Semaphore running;
    private Semaphore admitted;
    private int concurrency;
    private long waitSeconds;

    /**
     * The node's limit, from its settings, read as the application starts so that a wrong value stops the start; said
     * in the log with whether the JVM itself exits when its heap runs out.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(LogEvent.of("startup.import-limit").with("concurrency", concurrency).with("waitSeconds", waitSeconds)
                .with("exitOnOutOfMemoryError", OutOfMemoryExit.jvmExitsByItself()).toString());
    }

    @PostConstruct
    void configure() {
        long n = EnvironmentSettings.wholeNumber(CONCURRENCY, "previews and imports at once").orElse((long) defaultConcurrency());
        if (n < 1) {
            throw new IllegalStateException(CONCURRENCY + " must be 1 or more: with 0 no import could ever run");
        }
        configure((int) Math.min(n, 1000), EnvironmentSettings.wholeNumber(WAIT, "seconds").orElse((long) DEFAULT_WAIT_SECONDS));
    }

    /**
     * As many as the node has cores and heap for: one per core, and no more than its heap holds of the largest previews
     * (at least one). On the project's 2-core machines with the README's 1 GB heap that is 1; with 2 GB or more, 2.
     */
    static int defaultConcurrency() {
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_MAXIMAL_PREVIEW;
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byHeap));
    }

    void configure(int concurrency, long waitSeconds) {
        this.concurrency = concurrency;
        this.waitSeconds = waitSeconds;
        this.running = new Semaphore(concurrency, true); // fair: the request that has waited longest goes first
        this.admitted = new Semaphore(concurrency + MAX_WAITING);
    }

    /**
     * Runs the work once a place is free, waiting up to the configured time for one.
     *
     * @throws Busy when no place came free in time, or too many wait already; nothing of the work was done
     */
    public <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw new Busy(concurrency, waitSeconds);
        }
        boolean started = false;
        try {
            started = running.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!started) {
                admitted.release();
            }
        }
        if (!started) {
            throw new Busy(concurrency, waitSeconds);
        }
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            OutOfMemoryExit.ifCausedBy(e);
            throw e;
        } finally {
            running.release();
            admitted.release();
        }
    }

    /** How many wait for a place now. */
    int waiting() {
        return running.getQueueLength();
    }

    /** The node works on as many previews and imports as it may, and no place came free in time. */
    public static class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Seconds after which a new try has a fair chance: about what a large preview takes alone. */
        public static final int RETRY_AFTER_SECONDS = 5;

        private final int concurrency;

        Busy(int concurrency, long waitSeconds) {
            super("This node is working on as many previews or imports as it takes (" + concurrency + " at once) and none came free within "
                    + waitSeconds + " s: try again in " + RETRY_AFTER_SECONDS + " s", null, false, false);
            this.concurrency = concurrency;
        }

        public int concurrency() {
            return concurrency;
        }
    }
}
