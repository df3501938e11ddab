package org.minewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minewatch.infrastructure.persistence.TestDatabase;

/**
 * {@code kill -9} of a node in the middle of an import: after the restart the import is there whole or not at
 * all. A large import (tens of thousands of figures, one transaction with the evaluation that follows it) is
 * sent; once PostgreSQL shows the node's transaction writing, the node is killed; the database is then read
 * directly and through the restarted node, and the same import is run again to the end.
 */
class ImportCrashIT {

    private static final String ADMIN_PASSWORD = "crash-admin-password";
    private static final int MINES = 60;
    private static final int QUARTERS = 40;
    /** Per mine and quarter: tonnes, tpd, and grade, recovery and production of four metals. */
    private static final int FIGURES = MINES * QUARTERS * (2 + 4 * 3);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private static TestDatabase database;
    private static PortalNode node;

    @BeforeAll
    static void startNode() throws Exception {
        database = new TestDatabase(TestDatabase.Kind.POSTGRESQL);
        // the JVM's own compilers, as the README runs a node: the client compiler alone boots it sooner, but takes 90 s
        // rather than 70 s over the import of tens of thousands of figures
        node = PortalNode.named("crash").database(database.url(), "postgres").environment("MINEWATCH_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .jvmOptions().build();
        node.start().awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (node != null) {
            node.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_node_killed_in_the_middle_of_an_import_leaves_it_whole_or_not_at_all() throws Exception {
        String release = portfolio();
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(importRequest(release), HttpResponse.BodyHandlers.ofString());

        awaitImportWriting(Duration.ofSeconds(120));
        Instant killed = Instant.now();
        node.kill();
        assertThat(answer).as("the import was cut off before it answered").failsWithin(Duration.ofSeconds(30));

        long figuresAfterCrash = storedFigures();
        System.out.printf("killed %s in the middle of an import of %d figures; %d figures stored after the crash%n", node.name(), FIGURES,
                figuresAfterCrash);
        assertThat(figuresAfterCrash).as("whole or not at all").isIn(0L, (long) FIGURES);
        assertThat(count("select count(*) from import_record")).isEqualTo(figuresAfterCrash == 0 ? 0 : 1);
        assertThat(count("select count(*) from mine")).isIn(0L, (long) MINES);

        node.start().awaitReady(Duration.ofSeconds(180));
        System.out.printf("restarted and ready %d s after the kill%n", Duration.between(killed, Instant.now()).toSeconds());
        assertThat(storedFigures()).as("nothing changed by the restart").isEqualTo(figuresAfterCrash);

        HttpResponse<String> again = HTTP.send(importRequest(release), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.headers().map() + " " + again.body()).isIn(200, 201);
        assertThat(storedFigures()).isEqualTo(FIGURES);
        assertThat(count("select count(*) from mine")).isEqualTo(MINES);
    }

    /** Waits until PostgreSQL shows a transaction of the node that has written (it has a transaction id). */
    private static void awaitImportWriting(Duration timeout) {
        await("the import writing").atMost(timeout).pollInterval(Duration.ofMillis(20))
                .until(() -> count("select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                        + " and backend_xid is not null") > 0);
    }

    /** Figures stored by the import: a production report's tonnes and tpd, and its metal lines' three figures. */
    private static long storedFigures() throws Exception {
        return count("select count(tonnes_milled) + count(average_tpd) from production_report")
                + count("select count(grade) + count(recovery) + count(production) from metal_result");
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url()); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static HttpRequest importRequest(String csv) {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(node.uri("/api/imports?createMines=true&company=Crash+Mining&source=crash+test"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Basic " + credentials).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
    }

    /** MINES mines x QUARTERS quarters of plausible, consistent figures (production = tonnes x grade x recovery). */
    private static String portfolio() {
        StringBuilder csv = new StringBuilder("mine,period,measure,metal,value,unit\n");
        for (int m = 1; m <= MINES; m++) {
            String mine = String.format(Locale.ROOT, "Crash %02d", m);
            for (int i = 0; i < QUARTERS; i++) {
                String period = (2000 + i / 4) + "-Q" + (i % 4 + 1);
                long tonnes = 90_000 + 1_000L * m + 100L * i;
                csv.append(mine).append(',').append(period).append(",tonnes_milled,,").append(tonnes).append(",t\n");
                csv.append(mine).append(',').append(period).append(",tpd,,").append(tonnes / 90).append(",t/d\n");
                line(csv, mine, period, "AG", tonnes, 150.0, 85.0, "g/t", 1 / 31.1034768, "oz");
                line(csv, mine, period, "AU", tonnes, 1.5, 88.0, "g/t", 1 / 31.1034768, "oz");
                line(csv, mine, period, "PB", tonnes, 2.0, 90.0, "%", 22.0462262, "lb");
                line(csv, mine, period, "ZN", tonnes, 3.0, 88.0, "%", 22.0462262, "lb");
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String mine, String period, String metal, long tonnes, double grade, double recovery,
            String gradeUnit, double toUnit, String unit) {
        long production = Math.round(tonnes * grade * recovery / 100 * toUnit);
        csv.append(mine).append(',').append(period).append(",grade,").append(metal).append(',').append(grade).append(',').append(gradeUnit).append('\n');
        csv.append(mine).append(',').append(period).append(",recovery,").append(metal).append(',').append(recovery).append(",%\n");
        csv.append(mine).append(',').append(period).append(",production,").append(metal).append(',').append(production).append(',').append(unit).append('\n');
    }
}
