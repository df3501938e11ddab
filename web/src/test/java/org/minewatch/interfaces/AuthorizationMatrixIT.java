package org.minewatch.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.rest.ApiClient;

/**
 * Who may reach what: every page of the WAR and every endpoint of the API, asked by an anonymous visitor
 * and by a demo user of each role, each answer against the cell of {@link #MATRIX}. Pages are asked with a
 * session signed in through the sign-in form, the API with HTTP Basic, as browsers and clients do.
 *
 * <p>The rows are checked against what the portal really has (the WAR's files, the JAX-RS annotations of
 * the resources): a page or endpoint without a row fails the test, and so does a row that reaches nothing.
 *
 * <p>Writes are asked so that an allowed caller gets past authorization and is then stopped before
 * anything changes (an empty comment, an empty body, an import that does not exist): the other tests of
 * the suite share the database. The one exception, {@code POST /api/evaluations}, evaluates again, which
 * changes nothing that the data has not already decided.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    /**
     * The intended answer of each request to each caller. A number is the status; {@code →page} a redirect
     * to that page ({@code →login}: to the sign-in page). A request is a method, a path and, for writes, a
     * body: JSON, or {@code text:} and the text. {@code {cayllomaAlert}} and {@code {sanJoseAlert}} stand
     * for an alert of that mine (the manager is Caylloma's).
     */
    static final String MATRIX = """
            request                                                        | anonymous | MINE_MANAGER | EXECUTIVE  | ADMIN
            GET  /                                                         | →login    | →dashboard   | →guidance  | →guidance
            GET  /index.xhtml                                              | →login    | →dashboard   | →guidance  | →guidance
            GET  /login.xhtml                                              | 200       | 200          | 200        | 200
            GET  /dashboard.xhtml                                          | →login    | 200          | 200        | 200
            GET  /dashboard.xhtml?mine=Caylloma                            | →login    | 200          | 200        | 200
            GET  /dashboard.xhtml?mine=San%20Jose                          | →login    | 404          | 200        | 200
            GET  /figures.xhtml                                            | →login    | 200          | 200        | 200
            GET  /alerts.xhtml                                             | →login    | 200          | 200        | 200
            GET  /guidance.xhtml                                           | →login    | 200          | 200        | 200
            GET  /import.xhtml                                             | →login    | 403          | 403        | 200
            GET  /admin/users.xhtml                                        | →login    | 403          | 403        | 200
            GET  /admin/design-versions.xhtml                              | →login    | 403          | 403        | 200
            GET  /admin/guidance-versions.xhtml                            | →login    | 403          | 403        | 200
            GET  /admin/thresholds.xhtml                                   | →login    | 403          | 403        | 200
            GET  /admin/quarter-entry.xhtml                                | →login    | 403          | 403        | 200
            GET  /resources/css/minewatch.css                              | →login    | 200          | 200        | 200
            GET  /jakarta.faces.resource/css/minewatch.css.xhtml           | 200       | 200          | 200        | 200
            GET  /error/error.css                                          | 200       | 200          | 200        | 200
            GET  /error/forbidden.html                                     | 200       | 200          | 200        | 200
            GET  /error/not-found.html                                     | 200       | 200          | 200        | 200
            GET  /error/server-error.html                                  | 200       | 200          | 200        | 200
            GET  /health                                                   | 200       | 200          | 200        | 200
            GET  /health/ready                                             | 200       | 200          | 200        | 200
            GET  /health/live                                              | 200       | 200          | 200        | 200
            GET  /api/mines                                                | 401       | 200          | 200        | 200
            GET  /api/observations                                         | 401       | 200          | 200        | 200
            GET  /api/observations?mine=San%20Jose                         | 401       | 404          | 200        | 200
            GET  /api/guidance?year=2011&asOf=2011-Q3                      | 401       | 200          | 200        | 200
            GET  /api/alerts                                               | 401       | 200          | 200        | 200
            GET  /api/alerts/{cayllomaAlert}                               | 401       | 200          | 200        | 200
            GET  /api/alerts/{sanJoseAlert}                                | 401       | 404          | 200        | 200
            POST /api/alerts/{cayllomaAlert}/acknowledge {"comment": ""}   | 401       | 400          | 400        | 400
            POST /api/alerts/{sanJoseAlert}/acknowledge {"comment": ""}    | 401       | 404          | 400        | 400
            POST /api/alerts/{cayllomaAlert}/resolve {"comment": ""}       | 401       | 400          | 400        | 400
            POST /api/alerts/{sanJoseAlert}/resolve {"comment": ""}        | 401       | 404          | 400        | 400
            GET  /api/imports                                              | 401       | 403          | 403        | 200
            GET  /api/imports/0                                            | 401       | 403          | 403        | 404
            POST /api/imports/preview text:                                | 401       | 403          | 403        | 400
            POST /api/imports text:                                        | 401       | 403          | 403        | 400
            GET  /api/settings/thresholds                                  | 401       | 403          | 403        | 200
            PUT  /api/settings/thresholds {}                               | 401       | 403          | 403        | 400
            PUT  /api/settings/thresholds {"recovery.tolerance.points":    | 401       | 403          | 403        | 400
            POST /api/evaluations                                          | 401       | 403          | 403        | 200
            """;

    /** The demo password of every demo user of the embedded default. */
    private static final String PASSWORD = "minewatch";

    /** The columns: who asks. */
    enum Caller {
        ANONYMOUS(null), MINE_MANAGER("manager.caylloma"), EXECUTIVE("executive"), ADMIN("admin");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** Served by Payara itself inside the application (MicroProfile Health), so not files of the WAR. */
    private static final List<String> SERVER_PAGES = List.of("/health", "/health/ready", "/health/live");

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    record Probe(String method, String path, String body) {

        static Probe parse(String request) {
            String[] parts = request.trim().split("\\s+", 3);
            return new Probe(parts[0], parts[1], parts.length > 2 ? parts[2] : null);
        }

        String pathWithoutQuery() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body);
        }
    }

    record Row(Probe probe, Map<Caller, String> expected) {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|");
            assertThat(cells).as(line).hasSize(Caller.values().length + 1);
            Map<Caller, String> expected = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                expected.put(caller, cells[caller.ordinal() + 1].trim());
            }
            rows.add(new Row(Probe.parse(cells[0]), expected));
        }
        return rows;
    }

    @Test
    void every_page_and_endpoint_has_a_row_and_every_row_reaches_one() throws Exception {
        List<Row> rows = rows();
        List<String> pages = new ArrayList<>(pagesOfTheWar());
        pages.addAll(SERVER_PAGES);
        List<String> endpoints = endpointsOfTheApi();
        assertThat(endpoints).as("endpoints found by reflection").hasSizeGreaterThan(10);
        System.out.println("Authorization matrix: " + rows.size() + " rows over " + pages.size() + " pages and " + endpoints.size() + " endpoints");

        List<String> withoutRow = new ArrayList<>();
        pages.stream().filter(page -> rows.stream().noneMatch(r -> !r.probe().isApi() && r.probe().pathWithoutQuery().equals(page)))
                .forEach(withoutRow::add);
        endpoints.stream().filter(endpoint -> rows.stream().noneMatch(r -> reaches(r.probe(), endpoint))).forEach(withoutRow::add);
        assertThat(withoutRow).as("pages and endpoints with no row in the matrix").isEmpty();

        List<String> reachingNothing = rows.stream().map(Row::probe)
                .filter(p -> p.isApi() ? endpoints.stream().noneMatch(e -> reaches(p, e))
                        : !p.path().equals("/") && !pages.contains(warFile(p.pathWithoutQuery())))
                .map(Probe::toString).toList();
        assertThat(reachingNothing).as("rows that reach no page or endpoint of the portal").isEmpty();
    }

    @Test
    void every_caller_gets_the_answer_of_their_cell() throws Exception {
        Map<String, String> placeholders = Map.of(
                "{cayllomaAlert}", anAlertOf("Caylloma"),
                "{sanJoseAlert}", anAlertOf("San Jose"));
        Map<Caller, PortalVisitor> visitors = new EnumMap<>(Caller.class);
        Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            PortalVisitor visitor = new PortalVisitor(base.toURI());
            if (caller.username != null) {
                visitor.signIn(caller.username, PASSWORD);
            }
            visitors.put(caller, visitor);
            clients.put(caller, caller.username == null ? ApiClient.anonymous(base) : ApiClient.as(base, caller.username, PASSWORD));
        }

        List<Row> rows = rows();
        Map<Row, Map<Caller, String>> actual = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Probe probe = row.probe();
            String path = probe.path();
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                path = path.replace(placeholder.getKey(), placeholder.getValue());
            }
            Map<Caller, String> answers = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = probe.isApi()
                        ? send(clients.get(caller), probe.method(), path, probe.body())
                        : visitors.get(caller).get(path);
                String answer = outcome(response);
                answers.put(caller, answer);
                if (probe.isApi() && caller == Caller.ANONYMOUS && response.statusCode() == 401
                        && response.headers().firstValue("WWW-Authenticate").filter(v -> v.startsWith("Basic")).isEmpty()) {
                    wrong.add(probe + " as " + caller + ": 401 without WWW-Authenticate: Basic");
                }
                if (probe.isApi() && response.statusCode() >= 400 && !isApiError(response)) {
                    wrong.add(probe + " as " + caller + ": " + response.statusCode() + " without the API's JSON error: " + response.body());
                }
                if (!HostileClientIT.securityHeadersMissing(response).isEmpty()) {
                    wrong.add(probe + " as " + caller + ": " + answer + " without " + HostileClientIT.securityHeadersMissing(response));
                }
                if (!answer.equals(row.expected().get(caller))) {
                    wrong.add(probe + " as " + caller + ": " + answer + ", intended " + row.expected().get(caller));
                }
            }
            actual.put(row, answers);
        }
        System.out.println(print(actual));
        assertThat(wrong).as("cells answered otherwise than intended").isEmpty();
    }

    /**
     * The sign-in form issues a new session id: a session fixed before sign-in is worth nothing after it.
     * Over plain HTTP, without MINEWATCH_SECURE_COOKIES, the cookie is not Secure, or a browser on
     * http://localhost could not sign in (ConfiguredDatabaseIT has the setting on).
     */
    @Test
    void signing_in_gives_a_new_session_id() throws Exception {
        PortalVisitor visitor = new PortalVisitor(base.toURI());
        visitor.get("/login.xhtml");
        String before = visitor.sessionId;
        assertThat(before).isNotNull();
        visitor.signIn("executive", PASSWORD);
        assertThat(visitor.sessionId).isNotNull().isNotEqualTo(before);
        assertThat(visitor.sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        assertThat(outcome(visitor.get("/alerts.xhtml"))).isEqualTo("200");
    }

    /**
     * A page whose view cannot be restored (left open past its session, say) opens again, as a fresh request,
     * rather than answering the postback with the server-error page: signed in, the same page; signed out, the
     * sign-in page first.
     */
    @Test
    void a_postback_of_a_view_that_cannot_be_restored_opens_the_page_again() throws Exception {
        PortalVisitor visitor = new PortalVisitor(base.toURI());
        visitor.signIn("executive", PASSWORD);
        HttpResponse<String> signedIn = visitor.post("/alerts.xhtml", "alerts=alerts&jakarta.faces.ViewState=" + "-123%3A456");
        assertThat(outcome(signedIn)).isEqualTo("→alerts");
        assertThat(outcome(visitor.get("/alerts.xhtml"))).isEqualTo("200");

        PortalVisitor stranger = new PortalVisitor(base.toURI());
        stranger.get("/login.xhtml");
        HttpResponse<String> signedOut = stranger.post("/login.xhtml", "login=login&login%3Ausername=executive&login%3Apassword=" + PASSWORD
                + "&login%3Asubmit=&jakarta.faces.ViewState=-123%3A456");
        assertThat(outcome(signedOut)).isEqualTo("→login");
        assertThat(outcome(stranger.get("/login.xhtml"))).isEqualTo("200");
    }

    private HttpResponse<String> send(ApiClient client, String method, String path, String body) throws Exception {
        if (body == null) {
            return method.equals("GET") ? client.get(path) : client.send(method, path, "application/json", null);
        }
        return body.startsWith("text:")
                ? client.send(method, path, "text/plain", body.substring("text:".length()).trim())
                : client.send(method, path, "application/json", body);
    }

    /** The id of an alert of the mine, whatever its status (the other tests of the suite change some). */
    private String anAlertOf(String mine) throws Exception {
        List<JsonObject> alerts = ApiClient.as(base, "admin", PASSWORD)
                .getArray("/api/alerts?mine=" + URLEncoder.encode(mine, StandardCharsets.UTF_8).replace("+", "%20")).getValuesAs(JsonObject.class);
        assertThat(alerts).as("alerts of " + mine + " in the demo data").isNotEmpty();
        return String.valueOf(alerts.get(0).getJsonNumber("id").longValue());
    }

    /** The WAR's file behind a path: Faces serves {@code /resources/x} as {@code /jakarta.faces.resource/x.xhtml}, open to all for the sign-in page. */
    private static String warFile(String path) {
        String facesResource = "/jakarta.faces.resource/";
        return path.startsWith(facesResource) ? "/resources/" + path.substring(facesResource.length()).replaceFirst("\\.xhtml$", "") : path;
    }

    /** Every refusal of the API is {@code {"status", "error"}}, whoever refuses (the mechanism, Payara, a resource). */
    private static boolean isApiError(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject error = reader.readObject();
            return error.getInt("status") == response.statusCode() && !error.getString("error").isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The status, or for a redirect {@code →} and the page it leads to. */
    static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 != 3) {
            return String.valueOf(status);
        }
        String location = URI.create(response.headers().firstValue("Location").orElse("")).getPath();
        String page = location.substring(location.lastIndexOf('/') + 1).replace(".xhtml", "");
        return "→" + (page.isEmpty() ? "/" : page);
    }

    /** Every file the WAR serves: everything outside WEB-INF and META-INF. */
    static List<String> pagesOfTheWar() throws Exception {
        try (ZipFile war = new ZipFile(new File(System.getProperty("minewatch.war")))) {
            return war.stream().filter(e -> !e.isDirectory()).map(e -> "/" + e.getName())
                    .filter(name -> !name.startsWith("/WEB-INF/") && !name.startsWith("/META-INF/")).sorted().toList();
        }
    }

    /** Every resource method of the API, as {@code GET /api/alerts/{id}}, from the classes the WAR ships. */
    static List<String> endpointsOfTheApi() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("minewatch.war")))) {
            for (String name : war.stream().map(e -> e.getName()).filter(n -> n.startsWith("WEB-INF/classes/") && n.endsWith(".class")).toList()) {
                classes.add(Class.forName(name.substring("WEB-INF/classes/".length(), name.length() - ".class".length()).replace('/', '.'),
                        false, AuthorizationMatrixIT.class.getClassLoader()));
            }
        }
        String application = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst().orElseThrow();
        TreeSet<String> endpoints = new TreeSet<>();
        for (Class<?> resource : classes) {
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                Optional<String> httpMethod = httpMethod(method);
                Path methodPath = method.getAnnotation(Path.class);
                if (httpMethod.isEmpty()) {
                    // a sub-resource locator would hide endpoints from this list: there is none, and a new one must be listed by hand
                    assertThat(methodPath).as("sub-resource locator " + method).isNull();
                    continue;
                }
                endpoints.add(httpMethod.get() + " " + join(application, classPath.value(), methodPath == null ? "" : methodPath.value()));
            }
        }
        return List.copyOf(endpoints);
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return Optional.of(httpMethod.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            String trimmed = segment.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    /** Whether the probe asks the endpoint ({@code GET /api/alerts/{id}}): same method, the path matching its template. */
    static boolean reaches(Probe probe, String endpoint) {
        String[] methodAndTemplate = endpoint.split(" ", 2);
        String pattern = Pattern.quote(methodAndTemplate[1]).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return probe.method().equals(methodAndTemplate[0]) && probe.pathWithoutQuery().matches(pattern);
    }

    /** The matrix as answered, each cell that differs from its intention marked with what was intended. */
    static String print(Map<Row, Map<Caller, String>> actual) {
        int width = Math.max(7, actual.keySet().stream().mapToInt(r -> r.probe().toString().length()).max().orElse(0));
        StringBuilder table = new StringBuilder("\nAuthorization matrix (as answered; ✗ marks a cell that differs from its intention)\n");
        table.append(String.format("%-" + width + "s", "request"));
        for (Caller caller : Caller.values()) {
            table.append(" | ").append(String.format("%-22s", caller));
        }
        table.append('\n');
        actual.forEach((row, answers) -> {
            table.append(String.format("%-" + width + "s", row.probe()));
            for (Caller caller : Caller.values()) {
                String answer = answers.get(caller);
                String intended = row.expected().get(caller);
                table.append(" | ").append(String.format("%-22s", answer.equals(intended) ? answer : answer + " ✗ (" + intended + ")"));
            }
            table.append('\n');
        });
        return table.toString();
    }

    /**
     * A browser's part of a session, without the browser: the session cookie kept by hand, redirects not
     * followed (each answer is seen as the portal sent it), sign-in through the sign-in form with its view state.
     */
    static final class PortalVisitor {

        private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
        private static final Pattern COOKIE = Pattern.compile("([^=;\\s]+)=([^;]*)");
        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final URI base;
        String sessionId;
        /** The last Set-Cookie of the session, with its attributes. */
        String sessionCookie;
        /**
         * Every cookie the portal set, sent back as a browser would: the portal is distributable, and Payara
         * wants the session's version (JSESSIONIDVERSION) with its id, or a postback finds its view expired.
         */
        private final Map<String, String> cookies = new LinkedHashMap<>();

        PortalVisitor(URI base) {
            this.base = base;
        }

        /** A page as a browser asks for it, with the session's cookies, and more headers as name, value, ... */
        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = request(path);
            if (headers.length > 0) {
                request.headers(headers);
            }
            return send(request.GET());
        }

        void signIn(String username, String password) throws Exception {
            HttpResponse<String> page = get("/login.xhtml");
            Matcher viewState = VIEW_STATE.matcher(page.body());
            assertThat(viewState.find()).as("view state of the sign-in form").isTrue();
            String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
            HttpResponse<String> signedIn = post("/login.xhtml", form);
            assertThat(outcome(signedIn)).as("sign-in of " + username).isEqualTo("→/");
        }

        /** A form posted as a browser posts it: urlencoded, with the session's cookies, and more headers as name, value, ... */
        HttpResponse<String> post(String path, String form, String... headers) throws Exception {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
            if (headers.length > 0) {
                request.headers(headers);
            }
            return send(request.POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        /** The view state of the page's first form, for a postback. */
        static String viewState(HttpResponse<String> page) {
            Matcher viewState = VIEW_STATE.matcher(page.body());
            assertThat(viewState.find()).as("view state of the page's form").isTrue();
            return viewState.group(1);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher nameAndValue = COOKIE.matcher(cookie);
                if (nameAndValue.lookingAt()) {
                    cookies.put(nameAndValue.group(1), nameAndValue.group(2));
                }
                Matcher session = SESSION_COOKIE.matcher(cookie);
                if (session.lookingAt()) {
                    sessionId = session.group(1);
                    sessionCookie = cookie;
                }
            }
            return response;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
