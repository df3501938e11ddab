package org.minewatch.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.PortalDeployment;

/**
 * What operations reads: health with its database check, the metrics of imports, evaluations and open
 * alerts against what the API did and says, the OpenAPI document against the resources as compiled, and
 * the server log against the demo users' password.
 *
 * <p>The server log: the managed Payara Micro's output reaches this JVM line by line through
 * {@code System.out} (the container's console consumer looks it up for every line), so a copy of
 * {@code System.out} taken for the life of the class holds everything the server logged meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final String PASSWORD = "minewatch";
    private static final List<String> DEMO_USERS = List.of("admin", "executive", "manager.caylloma", "manager.sanjose");
    private static final Set<String> ROLES = Set.of("ADMIN", "EXECUTIVE", "MINE_MANAGER");

    private static final ByteArrayOutputStream SERVER_LOG = new ByteArrayOutputStream();
    private static PrintStream console;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void copyServerLog() {
        console = System.out;
        System.setOut(new PrintStream(new Tee(console, SERVER_LOG), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopCopying() {
        System.setOut(console);
    }

    private ApiClient as(String user) throws Exception {
        return ApiClient.as(base, user, PASSWORD);
    }

    @Test
    void health_is_up_with_the_database_check_and_readable_without_signing_in() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        for (String path : List.of("/health", "/health/ready")) {
            HttpResponse<String> health = anonymous.get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            JsonObject body = ApiClient.parseObject(health.body());
            assertThat(body.getString("status")).isEqualTo("UP");
            assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                    .anySatisfy(check -> assertThat(check.getString("name") + " " + check.getString("status")).isEqualTo("database UP"));
        }
        HttpResponse<String> live = anonymous.get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(ApiClient.parseObject(live.body()).getString("status")).isEqualTo("UP");
    }

    @Test
    void metrics_are_for_administrators_and_the_openapi_document_for_every_signed_in_role() throws Exception {
        assertThat(ApiClient.anonymous(base).get("/metrics", "text/plain").statusCode()).isEqualTo(401);
        assertThat(as("executive").get("/metrics", "text/plain").statusCode()).isEqualTo(403);
        assertThat(as("admin").get("/metrics", "text/plain").statusCode()).isEqualTo(200);
        assertThat(ApiClient.anonymous(base).get("/openapi").statusCode()).isEqualTo(401);
        assertThat(as("manager.caylloma").get("/openapi").statusCode()).isEqualTo(200);
    }

    @Test
    void the_metrics_count_what_the_api_did_and_the_open_alerts_are_those_the_api_lists() throws Exception {
        ApiClient admin = as("admin");
        Map<String, Double> before = metrics(admin);
        String original = release("fortuna_2012Q1");
        // a figure changed and changed back (two imports that store, each with its evaluation), the original again
        // (an import that finds everything stored), then an evaluation on demand: the demo data ends as it began
        assertThat(admin.send("POST", "/api/imports?overwrite=true&source=operations", "text/plain", original.replace("484,226", "484,326"))
                .statusCode()).isEqualTo(201);
        assertThat(admin.send("POST", "/api/imports?overwrite=true", "text/plain", original).statusCode()).isEqualTo(201);
        assertThat(admin.send("POST", "/api/imports", "text/plain", original).statusCode()).isEqualTo(200);
        assertThat(admin.send("POST", "/api/evaluations", null).statusCode()).isEqualTo(200);

        Map<String, Double> after = metrics(admin);
        assertThat(delta(before, after, "minewatch_imports_total{outcome=\"committed\"}")).isEqualTo(2);
        assertThat(delta(before, after, "minewatch_imports_total{outcome=\"unchanged\"}")).isEqualTo(1);
        assertThat(delta(before, after, "minewatch_evaluations_total")).isEqualTo(3);
        assertThat(delta(before, after, "minewatch_evaluation_duration_seconds_count")).isEqualTo(3);
        assertThat(after.get("minewatch_evaluation_duration_seconds_sum")).isGreaterThan(before.get("minewatch_evaluation_duration_seconds_sum"));

        Map<String, Long> open = new HashMap<>(Map.of("INFO", 0L, "WARNING", 0L, "CRITICAL", 0L));
        admin.getArray("/api/alerts?status=OPEN").getValuesAs(JsonObject.class).forEach(a -> open.merge(a.getString("severity"), 1L, Long::sum));
        open.forEach((severity, count) -> assertThat(after.get("minewatch_open_alerts{severity=\"" + severity + "\"}")).as(severity)
                .isEqualTo(count.doubleValue()));
    }

    @Test
    void the_openapi_document_describes_every_operation_of_the_resources_with_its_roles() throws Exception {
        JsonObject document = ApiClient.parseObject(as("executive").get("/openapi").body());
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject(RestApplication.BASIC).getString("scheme"))
                .isEqualTo("basic");

        Set<String> documented = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!HTTP_METHODS.contains(method.toUpperCase())) {
                return;
            }
            String operation = method.toUpperCase() + " " + path;
            documented.add(operation);
            JsonObject described = value.asJsonObject();
            assertThat(described.getString("summary", "")).as(operation).isNotBlank();
            assertThat(described.get("x-roles")).as(operation + ": x-roles (ApiRoles)").isNotNull();
            List<String> roles = described.getJsonArray("x-roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            assertThat(roles).as(operation).isNotEmpty().isSubsetOf(ROLES);
            assertThat(described.getString("description")).as(operation).endsWith("Roles: " + String.join(", ", roles) + ".");
            Set<String> codes = described.getJsonObject("responses").keySet();
            assertThat(codes).as(operation).contains("401", "429").anyMatch(code -> code.startsWith("2"));
            assertThat(codes).as(operation).allMatch(code -> code.matches("200|201|400|401|403|404|409|412|413|415|429|503"));
        }));
        assertThat(documented).isEqualTo(resourceOperations());
    }

    @Test
    void the_server_log_names_refused_sign_ins_and_holds_no_password() throws Exception {
        String wrongPassword = "not-the-Password-" + Instant.now().toEpochMilli();
        String intruder = "operations.intruder";
        for (int i = 0; i < 2; i++) {
            assertThat(ApiClient.as(base, intruder, wrongPassword).get("/api/mines").statusCode()).isEqualTo(401);
        }
        assertThat(ApiClient.as(base, "admin", wrongPassword).get("/api/mines").statusCode()).isEqualTo(401);
        assertThat(as("executive").get("/api/mines").statusCode()).isEqualTo(200);

        // the server's output arrives on its own thread: wait for the line of the last refusal
        String log = serverLogOnceItHolds("event=sign-in.failed user=admin via=basic");
        assertThat(log).contains("event=sign-in.failed user=" + intruder + " via=basic");
        assertThat(log).doesNotContain(wrongPassword).doesNotContainIgnoringCase("Authorization: Basic");
        for (String user : DEMO_USERS) {
            String pair = user + ":" + PASSWORD;
            assertThat(log).doesNotContain(pair).doesNotContain(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        // "minewatch" is in every logger name (org.minewatch...): as a password it would follow a key
        assertThat(Pattern.compile("(?i)(password|passwd|pwd|secret|credential)\\w*\"?\\s*[=:]\\s*\"?" + PASSWORD + "\\b").matcher(log).find())
                .as("a password in the server log").isFalse();
    }

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    /** Every "METHOD /api/path" the JAX-RS resources declare, read from the compiled classes of this package. */
    private static Set<String> resourceOperations() throws Exception {
        String pkg = RestApplication.class.getPackageName();
        String prefix = "/" + RestApplication.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        File folder = new File(RestApplication.class.getResource("RestApplication.class").toURI()).getParentFile();
        Set<String> operations = new TreeSet<>();
        for (String file : folder.list((dir, name) -> name.endsWith(".class"))) {
            Class<?> type = Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length()), false, OperationsIT.class.getClassLoader());
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (httpMethod != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        operations.add(httpMethod.value() + " " + join(prefix, classPath.value(), methodPath == null ? "" : methodPath.value()));
                    }
                }
            }
        }
        assertThat(operations).as("resources found in " + folder).isNotEmpty();
        return operations;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    private static final Pattern SAMPLE = Pattern.compile("^(minewatch_\\w+)(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);

    /** The application's samples by name and tags, mp_scope left out: {@code minewatch_imports_total{outcome="committed"}}. */
    private static Map<String, Double> metrics(ApiClient admin) throws Exception {
        HttpResponse<String> response = admin.get("/metrics?scope=application", "text/plain");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        Matcher sample = SAMPLE.matcher(response.body());
        while (sample.find()) {
            String tags = sample.group(2) == null ? "" : sample.group(2).replaceAll("mp_scope=\"[^\"]*\",?", "").replace(",}", "}");
            samples.put(sample.group(1) + (tags.equals("{}") ? "" : tags), Double.parseDouble(sample.group(3)));
        }
        return samples;
    }

    private static long delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        assertThat(after).as("metrics").containsKey(sample);
        return Math.round(after.get(sample) - before.getOrDefault(sample, 0.0));
    }

    private static String release(String name) throws IOException {
        try (InputStream in = OperationsIT.class.getResourceAsStream("/releases/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String serverLogOnceItHolds(String line) {
        await("'" + line + "' in the server log copied from the console").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> serverLog().contains(line));
        return serverLog();
    }

    private static String serverLog() {
        synchronized (SERVER_LOG) {
            return SERVER_LOG.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes to the console and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            console.flush();
        }
    }
}
