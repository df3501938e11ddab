package org.minewatch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImportWorkLimitTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);

    @AfterEach
    void stopThreads() throws InterruptedException {
        release.countDown();
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static ImportWorkLimit limit(int concurrency, long waitSeconds) {
        ImportWorkLimit limit = new ImportWorkLimit();
        limit.configure(concurrency, waitSeconds);
        return limit;
    }

    /** Work that holds its place until the test lets it go. */
    private CompletableFuture<String> holdingAPlace(ImportWorkLimit limit) {
        return CompletableFuture.supplyAsync(() -> limit.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }), threads);
    }

    @Test
    void work_past_the_limit_is_refused_once_its_wait_is_over_and_runs_when_a_place_is_free() throws Exception {
        ImportWorkLimit limit = limit(1, 0);
        CompletableFuture<String> first = holdingAPlace(limit);
        started.await();

        assertThatThrownBy(() -> limit.run(() -> "second")).isInstanceOf(ImportWorkLimit.Busy.class)
                .hasMessageContaining("1 at once").hasMessageContaining("try again in 5 s");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(limit.run(() -> "third")).as("the place is free again").isEqualTo("third");
    }

    @Test
    void a_waiting_request_runs_as_soon_as_a_place_is_free() throws Exception {
        ImportWorkLimit limit = limit(1, 60);
        CompletableFuture<String> first = holdingAPlace(limit);
        started.await();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> limit.run(() -> "second"), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> limit.waiting() == 1);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void while_the_most_that_may_wait_are_waiting_the_next_is_refused_at_once() throws Exception {
        ImportWorkLimit limit = limit(1, 60);
        holdingAPlace(limit);
        started.await();
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (int i = 0; i < ImportWorkLimit.MAX_WAITING; i++) {
            waiting.add(CompletableFuture.supplyAsync(() -> limit.run(() -> "waited"), threads));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> limit.waiting() == ImportWorkLimit.MAX_WAITING);

        assertThatThrownBy(() -> limit.run(() -> "one too many")).isInstanceOf(ImportWorkLimit.Busy.class);

        release.countDown();
        for (CompletableFuture<String> w : waiting) {
            assertThat(w.get(10, TimeUnit.SECONDS)).isEqualTo("waited");
        }
    }

    @Test
    void a_failure_of_the_work_gives_its_place_back() {
        ImportWorkLimit limit = limit(1, 0);
        assertThatThrownBy(() -> limit.run(() -> {
            throw new IllegalArgumentException("unreadable");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(limit.run(() -> "next")).isEqualTo("next");
    }
}
