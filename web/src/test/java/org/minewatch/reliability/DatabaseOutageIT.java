package org.minewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The database taken away under a running portal. A node is started before its PostgreSQL (it must wait
 * for it, saying so, not fail); then, under a load of readers and of writers each importing a figure of
 * its own, PostgreSQL is stopped for 10 s and started again. The portal must come back by itself, the same
 * process, and every import it confirmed must be in the database: a confirmed write is never lost. While the
 * database is away the API answers 503 with a JSON message, never a stack trace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String ADMIN_PASSWORD = "outage-admin-password";
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    /** Imports confirmed before the database is taken away, and requests answered once it is back and settled. */
    private static final int WRITES_BEFORE = 20;
    private static final int ANSWERS_AFTER = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private static PrivatePostgres postgres;
    private static PortalNode node;

    @BeforeAll
    static void createDatabaseAndNode() throws Exception {
        postgres = PrivatePostgres.create();
        node = PortalNode.named("outage").database(postgres.jdbcUrl("postgres"), "postgres")
                .environment("MINEWATCH_ADMIN_PASSWORD", ADMIN_PASSWORD).build();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (node != null) {
            node.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void a_node_started_before_its_database_waits_for_it_and_says_why() throws Exception {
        node.start();
        awaitLog("event=startup.database.unreachable", Duration.ofSeconds(120));
        assertThat(node.isReady()).as("ready without a database").isFalse();
        assertThat(node.isAlive()).isTrue();

        postgres.start();
        node.awaitReady(Duration.ofSeconds(180));

        String log = node.logText();
        assertThat(log).contains("event=startup.database.unreachable url=jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres")
                .contains("Retrying in 5 s").contains("event=startup.database.answers");
        assertThat(log).as("the deployment did not fail").doesNotContain("Exception while loading the app").doesNotContain("deployment failed");
    }

    @Test
    @Order(2)
    void the_portal_recovers_from_a_10_s_outage_without_a_restart_and_loses_no_confirmed_write() throws Exception {
        long pid = node.pid();
        // the company exists before the writers start: the test is about the outage, not about creating it
        assertThat(send(importRequest("Outage 0")).statusCode()).isEqualTo(201);
        Load load = new Load();
        load.start();
        await("imports confirmed before the outage").atMost(Duration.ofSeconds(60)).until(() -> load.confirmedImports().size() >= WRITES_BEFORE);

        Instant down = Instant.now();
        postgres.stop();
        // the outage lasts OUTAGE under the load, and the node stays up all along
        await("the node up while the database is away").during(OUTAGE).atMost(OUTAGE.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(node::isAlive);
        postgres.start();
        Instant up = Instant.now();

        // recovered: the first write confirmed after the database came back; from 5 s later, the next requests must all succeed
        Instant recovered = load.awaitConfirmationAfter(up, Duration.ofSeconds(60));
        Instant settled = recovered.plusSeconds(5);
        await("requests answered once recovered").atMost(Duration.ofSeconds(90)).until(() -> load.answeredAfter(settled) >= ANSWERS_AFTER);
        load.stop();

        System.out.printf("database down for %d ms; first write confirmed %d ms after it was back%n", Duration.between(down, up).toMillis(),
                Duration.between(up, recovered).toMillis());
        System.out.println("answers by status: " + load.statusCounts() + "; slowest " + load.slowest() + " ms");
        load.failures().forEach(failure -> System.out.println("  " + failure));

        assertThat(node.isAlive()).isTrue();
        assertThat(node.pid()).as("the same process: no restart").isEqualTo(pid);
        assertThat(load.failuresAfter(settled)).as("failures once recovered").isEmpty();
        for (Answer failure : load.failures()) {
            assertThat(failure.status()).as("a failure during the outage: " + failure).isEqualTo(503);
            assertThat(failure.body()).as("a JSON message, no stack trace").startsWith("{").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(load.failures()).as("requests failed while the database was away").isNotEmpty();

        // every import the portal confirmed is stored
        List<String> stored = storedMines();
        assertThat(stored).containsAll(load.confirmedImports());
        System.out.printf("%d imports confirmed, all %d stored; %d requests in all%n", load.confirmedImports().size(),
                load.confirmedImports().size(), load.answers.size());
    }

    /** An import of one figure of a mine of its own (created by the import), so that each confirmed write can be looked for. */
    private static HttpRequest.Builder importRequest(String mine) {
        String csv = "mine,period,measure,metal,value,unit\n" + mine + ",2011-Q1,tonnes_milled,,1000,t\n";
        URI uri = node.uri("/api/imports?createMines=true&company=" + URLEncoder.encode("Outage Mining", StandardCharsets.UTF_8)
                + "&source=" + URLEncoder.encode("outage test", StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv));
    }

    private static List<String> storedMines() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(node.uri("/api/mines")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\"name\":\"([^\"]+)\"").matcher(response.body());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void awaitLog(String text, Duration timeout) {
        await("'" + text + "' in " + node.log()).atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> node.logText().contains(text));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + credentials).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    record Answer(Instant at, String request, int status, String body, long millis) {
    }

    /** Two writers, each importing one new mine's figure per request, and two readers, in closed loops. */
    private static final class Load {

        private final ExecutorService threads = Executors.newFixedThreadPool(4);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sequence = new AtomicInteger();
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> confirmed = new ConcurrentLinkedQueue<>();

        void start() {
            for (int i = 0; i < 2; i++) {
                threads.submit(this::write);
                threads.submit(this::read);
            }
        }

        private Void write() throws Exception {
            while (running.get()) {
                String mine = "Outage " + sequence.incrementAndGet();
                Answer answer = call("import " + mine, importRequest(mine));
                if (answer.status() == 201) {
                    confirmed.add(mine);
                }
            }
            return null;
        }

        private Void read() throws Exception {
            while (running.get()) {
                call("mines", HttpRequest.newBuilder(node.uri("/api/mines")).GET());
                call("alerts", HttpRequest.newBuilder(node.uri("/api/alerts?status=OPEN")).GET());
            }
            return null;
        }

        private Answer call(String what, HttpRequest.Builder request) throws InterruptedException {
            Answer answer;
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = send(request);
                answer = new Answer(Instant.now(), what, response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                answer = new Answer(Instant.now(), what, -1, e.toString(), (System.nanoTime() - start) / 1_000_000);
            }
            answers.add(answer);
            return answer;
        }

        List<String> confirmedImports() {
            return List.copyOf(confirmed);
        }

        Instant awaitConfirmationAfter(Instant instant, Duration timeout) {
            return await("an import confirmed after the database's return").atMost(timeout).pollInterval(Duration.ofMillis(100))
                    .until(() -> answers.stream().filter(a -> a.request().startsWith("import") && a.status() == 201 && a.at().isAfter(instant))
                            .map(Answer::at).min(Instant::compareTo), Optional::isPresent).orElseThrow();
        }

        long answeredAfter(Instant instant) {
            return answers.stream().filter(a -> a.at().isAfter(instant)).count();
        }

        List<Answer> failures() {
            return answers.stream().filter(a -> a.status() < 200 || a.status() >= 300).toList();
        }

        List<Answer> failuresAfter(Instant instant) {
            return failures().stream().filter(a -> a.at().isAfter(instant)).toList();
        }

        long slowest() {
            return answers.stream().mapToLong(Answer::millis).max().orElse(0);
        }

        Map<Integer, Long> statusCounts() {
            Map<Integer, Long> counts = new TreeMap<>();
            answers.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
            return counts;
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        }
    }
}
