package org.minewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minewatch.infrastructure.persistence.TestDatabase;

/**
 * Two nodes of the portal, clustered over a TCP/IP member list on 127.0.0.1 (Payara's data grid, never
 * multicast), on one fresh PostgreSQL database. A user signed in on one node carries on at the other when
 * the first is killed; and work sent to both nodes at the same moment (the same import, two decisions on one
 * alert, two threshold changes, two evaluations) is stored once, refused with a 409 or serialized, never
 * duplicated nor lost silently.
 *
 * <p>The nodes boot once for the class (about 25 s each on 2 cores); every test starts from both running and
 * in one grid, restarting a node a test killed, so the tests do not depend on their order. The one test that kills a
 * node runs last all the same: then no test waits for the killed node to boot again and rejoin (about 40 s).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final Logger LOG = Logger.getLogger(ClusterFailoverIT.class.getName());
    private static final String ADMIN_PASSWORD = "cluster-admin-" + Long.toHexString(System.nanoTime());
    private static final Duration BOOT = Duration.ofMinutes(4);
    private static final Pattern MEMBERS = Pattern.compile("DG Size: (\\d+)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Path RELEASES = Path.of("src/main/resources/demo/releases");
    private static final String COMPANY = "Fortuna Silver Mines";
    // one grid per run: a node of another run on this machine cannot join it
    private static final String CLUSTER = "minewatch-it-" + Long.toHexString(System.nanoTime());

    private static TestDatabase database;
    private static PortalNode nodeA;
    private static PortalNode nodeB;

    @BeforeAll
    static void startCluster() throws Exception {
        database = new TestDatabase(TestDatabase.Kind.POSTGRESQL);
        int gridA = PortalNode.freePort();
        int gridB = PortalNode.freePort();
        List<Integer> members = List.of(gridA, gridB);
        nodeA = node("node-a", gridA, members);
        nodeB = node("node-b", gridB, members);
        // one after the other: the first migrates the new database and creates the administrator
        nodeA.start().awaitReady(BOOT);
        nodeB.start().awaitReady(BOOT);
        awaitGridOfTwo();
        // figures for the tests that need alerts: the seed's release, through node A
        HttpResponse<String> imported = api(nodeA, "POST", "/api/imports?createMines=true&company=" + encode(COMPANY) + "&source=Q3+2011",
                "text/plain", release("fortuna-q3-2011-production.txt"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    }

    private static PortalNode node(String name, int gridPort, List<Integer> members) throws Exception {
        PortalNode node = PortalNode.named(name).database(database.url(), "postgres").environment("MINEWATCH_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .clusteredWith(CLUSTER, gridPort, members).build();
        Files.deleteIfExists(node.log()); // the log of this run only: the grid's size is read from it
        return node;
    }

    @AfterAll
    static void stopCluster() throws Exception {
        // each node is stopped by its own process handle, whatever failed before
        for (PortalNode node : new PortalNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    /** Both nodes up and in one grid: a node a test killed is started again and rejoins. */
    @BeforeEach
    void bothNodesInOneGrid() throws Exception {
        for (PortalNode node : List.of(nodeA, nodeB)) {
            if (!node.isAlive()) {
                node.start().awaitReady(BOOT);
            }
        }
        awaitGridOfTwo();
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: see the class's comment
    void aSignedInUserWhoseNodeDiesCarriesOnAtTheOtherNode() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        signIn(browser, nodeA, "admin", ADMIN_PASSWORD);

        HttpResponse<String> inbox = page(browser, nodeA, "/alerts.xhtml");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("id=\"alerts:table\"").contains(">admin<");
        // the session is in the grid once the answer has come whole: Payara stores it as the request ends, before
        // the response is finished
        String viewState = viewState(inbox.body());

        Instant killed = Instant.now();
        nodeA.kill();
        assertThat(nodeA.isAlive()).isFalse();

        // the same cookies, the other node: still signed in, not sent to the sign-in page
        HttpResponse<String> atB = page(browser, nodeB, "/alerts.xhtml");
        LOG.info("First page at node B " + Duration.between(killed, Instant.now()).toMillis() + " ms after node A was killed");
        assertThat(atB.statusCode()).as("the inbox at node B, with node A's session").isEqualTo(200);
        assertThat(atB.body()).doesNotContain("id=\"login\"").contains(">admin<").contains("id=\"alerts:table\"");

        // the view read at node A, posted back to node B: its view state and view-scoped bean came with the session
        HttpResponse<String> postback = ajax(browser, nodeB, "/alerts.xhtml", viewState, "alerts:status", "alerts:table alerts:bulk",
                Map.of("alerts:status_input", ""));
        assertThat(postback.statusCode()).isEqualTo(200);
        assertThat(postback.body()).as("a partial response updating the table, not an expired view")
                .contains("<update id=\"alerts:table\"").doesNotContain("ViewExpired").doesNotContain("<error>");
    }

    @Test
    void theSameReleaseImportedOnBothNodesAtOnceIsStoredOnce() throws Exception {
        String text = release("fortuna_2012Q1.txt");
        int figuresBefore = figures();
        int importsBefore = imports();

        List<HttpResponse<String>> answers = atOnce(node -> api(node, "POST",
                "/api/imports?company=" + encode(COMPANY) + "&source=Q1+2012", "text/plain", text));

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).as(bodies(answers)).containsExactlyInAnyOrder(201, 200);
        HttpResponse<String> stored = answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow();
        HttpResponse<String> unchanged = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        assertThat(json(unchanged.body()).getBoolean("changed")).isFalse();
        int added = json(stored.body()).getInt("figuresAdded");
        assertThat(added).isPositive();
        assertThat(figures()).isEqualTo(figuresBefore + added);
        assertThat(imports()).isEqualTo(importsBefore + 1);
    }

    @Test
    void twoDecisionsOnOneAlertAtOnceOneWinsTheOtherIsRefused() throws Exception {
        JsonObject alert = alerts("OPEN").getJsonObject(0);
        long id = alert.getJsonNumber("id").longValue();

        List<HttpResponse<String>> answers = atOnce(node -> api(node, "POST", "/api/alerts/" + id + "/acknowledge", "application/json",
                "{\"comment\": \"seen on " + node.name() + "\"}"));

        assertThat(answers.stream().map(HttpResponse::statusCode).toList()).as(bodies(answers)).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(json(refused.body()).getString("error")).isNotBlank();
        // the alert holds the winner's comment and one acknowledgement, not the loser's written over it
        JsonObject stored = json(api(nodeB, "GET", "/api/alerts/" + id, null, null).body());
        HttpResponse<String> won = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        assertThat(stored.getString("comment")).isEqualTo(json(won.body()).getString("comment"));
        long acknowledgements = stored.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .filter(t -> "ACKNOWLEDGED".equals(t.getString("to", null))).count();
        assertThat(acknowledgements).isEqualTo(1);
    }

    @Test
    void twoChangesOfOneThresholdAtOnceNeverOverwriteSilently() throws Exception {
        String key = "decline.qoq.percent";
        List<HttpResponse<String>> answers = atOnce(node -> api(node, "PUT", "/api/settings/thresholds", "application/json",
                "{\"" + key + "\": " + (node == nodeA ? "21" : "22") + "}"));

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        LOG.info("Two threshold changes at once answered " + statuses);
        // at the same moment: the second to commit is refused (409); if one committed between the other's read of the
        // versions and its change, that one is refused too (409, "since you read it"); if one committed before the
        // other read, both succeed one after the other, each answer showing the value it stored
        assertThat(statuses).as(bodies(answers)).isSubsetOf(200, 409).contains(200);
        JsonObject stored = thresholds().get(key);
        List<String> answered = answers.stream().filter(a -> a.statusCode() == 200)
                .map(a -> thresholdsOf(a.body()).get(key).getJsonNumber("value").bigDecimalValue().toPlainString()).toList();
        assertThat(answered).contains(stored.getJsonNumber("value").bigDecimalValue().toPlainString());
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertThat(json(a.body()).getString("error")).containsAnyOf("at the same moment", "since you read it"));
    }

    @Test
    void evaluationsOnBothNodesAtOnceRaiseOneAlertPerFinding() throws Exception {
        List<HttpResponse<String>> answers = atOnce(node -> api(node, "POST", "/api/evaluations", "application/json", null));

        assertThat(answers.stream().map(HttpResponse::statusCode).toList()).as(bodies(answers)).containsExactly(200, 200);
        JsonArray all = alerts("");
        Map<String, Long> bySubject = all.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.groupingBy(a -> a.getString("rule") + "|" + a.getString("company") + "|" + a.getString("mine", "")
                        + "|" + a.getString("metal", "") + "|" + a.getString("period"), Collectors.counting()));
        assertThat(bySubject.values()).as("alerts per rule, subject and period").allMatch(count -> count == 1);
        // one after the other: the same findings, and whichever came second found every alert already there
        JsonObject first = json(answers.get(0).body());
        JsonObject second = json(answers.get(1).body());
        assertThat(first.getInt("findings")).isEqualTo(second.getInt("findings"));
        // "open" counts the alerts the findings stand behind: here every alert not resolved (none was resolved by hand)
        long unresolved = all.stream().map(JsonValue::asJsonObject).filter(a -> !"RESOLVED".equals(a.getString("status"))).count();
        assertThat(List.of(first.getInt("open"), second.getInt("open"))).containsOnly((int) unresolved);
    }

    // ------------------------------------------------------------------------------------------ the cluster

    /** Both nodes' logs say the grid has two members (Payara prints its data grid's status on every change of members). */
    private static void awaitGridOfTwo() {
        await("a data grid of two: see " + nodeA.log() + " and " + nodeB.log()).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> gridSize(nodeA) == 2 && gridSize(nodeB) == 2);
    }

    private static int gridSize(PortalNode node) throws Exception {
        Matcher m = MEMBERS.matcher(node.logText());
        int size = 0;
        while (m.find()) {
            size = Integer.parseInt(m.group(1));
        }
        return size;
    }

    /** Sends the same request to both nodes at the same moment and returns node A's answer, then node B's. */
    private static List<HttpResponse<String>> atOnce(NodeCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (PortalNode node : List.of(nodeA, nodeB)) {
                Callable<HttpResponse<String>> task = () -> {
                    start.await();
                    return call.on(node);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface NodeCall {
        HttpResponse<String> on(PortalNode node) throws Exception;
    }

    // ------------------------------------------------------------------------------------------ the pages

    /** Signs in through the form as a browser does; the client keeps the session's cookies. */
    static void signIn(HttpClient browser, PortalNode node, String user, String password) throws Exception {
        HttpResponse<String> form = page(browser, node, "/login.xhtml");
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(node.uri("/login.xhtml")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("the sign-in form answers with a redirect to the home page").isEqualTo(302);
    }

    static HttpResponse<String> page(HttpClient browser, PortalNode node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What PrimeFaces sends when a select menu with {@code p:ajax} changes. */
    private static HttpResponse<String> ajax(HttpClient browser, PortalNode node, String path, String viewState, String source, String render,
                                             Map<String, String> values) throws Exception {
        String form = source.substring(0, source.indexOf(':'));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", render);
        fields.put("jakarta.faces.behavior.event", "change");
        fields.put("jakarta.faces.partial.event", "change");
        fields.put(form, form);
        fields.putAll(values);
        fields.put("jakarta.faces.ViewState", viewState);
        return browser.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertThat(m.find()).as("a view state in the page").isTrue();
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    // ------------------------------------------------------------------------------------------ the API

    private static HttpResponse<String> api(PortalNode node, String method, String path, String contentType, String body) throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Authorization", "Basic " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static int figures() throws Exception {
        return array(api(nodeB, "GET", "/api/observations", null, null)).size();
    }

    private static int imports() throws Exception {
        return array(api(nodeB, "GET", "/api/imports", null, null)).size();
    }

    private static JsonArray alerts(String status) throws Exception {
        return array(api(nodeB, "GET", "/api/alerts?status=" + status, null, null));
    }

    private static Map<String, JsonObject> thresholds() throws Exception {
        HttpResponse<String> response = api(nodeB, "GET", "/api/settings/thresholds", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return thresholdsOf(response.body());
    }

    private static Map<String, JsonObject> thresholdsOf(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(t -> t.getString("key"), t -> t));
        }
    }

    private static String release(String file) throws Exception {
        return Files.readString(RELEASES.resolve(file));
    }

    private static String bodies(List<HttpResponse<String>> answers) {
        return answers.stream().map(a -> a.statusCode() + " " + a.body()).collect(Collectors.joining("\n"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
