package org.minewatch.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.PortalDeployment;
import org.minewatch.domain.model.SeedRelease;

/**
 * The portal as built (web/target/ROOT.war) in a managed Payara Micro on its embedded default: the demo
 * data is loaded (through the importer), and each role reads the seed's figures through the REST API, and
 * only its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionApiIT {

    private static final String PASSWORD = "minewatch";

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    /** The seed's figures as the reader extracted them, as comparable strings. */
    private static Set<String> expected(String period, String mine) {
        return SeedRelease.expected().getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                .filter(o -> period == null || o.getString("period").equals(period))
                .filter(o -> mine == null || (!o.isNull("mine") && o.getString("mine").equals(mine)))
                .map(ProductionApiIT::figure).collect(Collectors.toSet());
    }

    private static String figure(JsonObject o) {
        return String.join("|", o.isNull("mine") ? "null" : o.getString("mine"), o.getString("period"), o.getString("measure"),
                o.isNull("metal") ? "null" : o.getString("metal"), o.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString(),
                o.getString("unit"));
    }

    private static Set<String> figures(JsonArray array) {
        List<String> list = array.getValuesAs(JsonObject.class).stream().map(ProductionApiIT::figure).toList();
        assertThat(list).doesNotHaveDuplicates();
        return Set.copyOf(list);
    }

    @Test
    void an_executive_reads_every_figure_of_the_seeds_quarter_and_nine_months() throws Exception {
        ApiClient executive = ApiClient.as(base, "executive", PASSWORD);
        JsonArray q3 = executive.getArray("/api/observations?period=2011-Q3");
        JsonArray nineMonths = executive.getArray("/api/observations?period=2011-9M");

        assertThat(figures(q3)).isEqualTo(expected("2011-Q3", null));
        assertThat(figures(nineMonths)).isEqualTo(expected("2011-9M", null));
        assertThat(q3.size() + nineMonths.size()).isEqualTo(52);
        JsonObject consolidatedSilver = q3.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.isNull("mine") && "AG".equals(o.getString("metal"))).findFirst().orElseThrow();
        assertThat(consolidatedSilver.get("mine")).isEqualTo(JsonValue.NULL);
        assertThat(consolidatedSilver.getJsonNumber("value").longValueExact()).isEqualTo(673_137);
        assertThat(consolidatedSilver.getString("unit")).isEqualTo("oz");
    }

    @Test
    void a_mine_manager_reads_their_mine_and_nothing_of_another_or_of_the_company() throws Exception {
        ApiClient manager = ApiClient.as(base, "manager.caylloma", PASSWORD);

        // the demo holds more of Caylloma's quarters than the seed: all of them are Caylloma's
        JsonArray all = manager.getArray("/api/observations");
        assertThat(all.getValuesAs(JsonObject.class)).isNotEmpty().allMatch(o -> !o.isNull("mine") && o.getString("mine").equals("Caylloma"));
        Set<String> seedPeriods = new java.util.HashSet<>(figures(manager.getArray("/api/observations?period=2011-Q3")));
        seedPeriods.addAll(figures(manager.getArray("/api/observations?period=2011-9M")));
        assertThat(seedPeriods).isEqualTo(expected(null, "Caylloma"));

        assertThat(figures(manager.getArray("/api/observations?mine=Caylloma&period=2011-Q3"))).isEqualTo(expected("2011-Q3", "Caylloma"));

        HttpResponse<String> otherMine = manager.get("/api/observations?mine=San%20Jose");
        assertThat(otherMine.statusCode()).isEqualTo(404);
        assertThat(ApiClient.parseObject(otherMine.body()).getString("error")).contains("San Jose");

        JsonArray mines = manager.getArray("/api/mines");
        assertThat(mines.getValuesAs(JsonObject.class)).extracting(m -> m.getString("name")).containsExactly("Caylloma");
        long sanJoseId = ApiClient.as(base, "executive", PASSWORD).getArray("/api/mines").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals("San Jose")).findFirst().orElseThrow().getJsonNumber("id").longValueExact();
        assertThat(manager.get("/api/observations?mine=" + sanJoseId).statusCode()).isEqualTo(404);
    }

    @Test
    void the_san_jose_manager_sees_san_jose_only() throws Exception {
        ApiClient manager = ApiClient.as(base, "manager.sanjose", PASSWORD);
        assertThat(manager.getArray("/api/observations").getValuesAs(JsonObject.class))
                .allMatch(o -> !o.isNull("mine") && o.getString("mine").equals("San Jose"));
        Set<String> seedPeriods = new java.util.HashSet<>(figures(manager.getArray("/api/observations?period=2011-Q3")));
        seedPeriods.addAll(figures(manager.getArray("/api/observations?period=2011-9M")));
        assertThat(seedPeriods).isEqualTo(expected(null, "San Jose"));
    }

    @Test
    void executives_and_admins_see_both_mines() throws Exception {
        for (String user : List.of("executive", "admin")) {
            // other companies' mines may have been imported by other tests of the suite
            List<JsonObject> mines = ApiClient.as(base, user, PASSWORD).getArray("/api/mines").getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("company").equals("Fortuna Silver Mines")).toList();
            assertThat(mines).extracting(m -> m.getString("name")).containsExactly("Caylloma", "San Jose");
            JsonObject sanJose = mines.get(1);
            assertThat(sanJose.getString("country")).isEqualTo("MX");
            assertThat(sanJose.getString("commercialProductionStart")).isEqualTo("2011-09-01");
        }
    }

    @Test
    void pages_and_the_api_tell_the_browser_what_it_may_not_do_and_the_session_cookie_stays_on_this_site() throws Exception {
        for (String path : List.of("/login.xhtml", "/api/mines")) {
            HttpResponse<String> response = (path.startsWith("/api") ? ApiClient.as(base, "executive", PASSWORD) : ApiClient.anonymous(base)).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
        String sessionCookie = ApiClient.anonymous(base).get("/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void after_five_failed_sign_ins_a_name_is_refused_for_a_while_with_429() throws Exception {
        // a name no other test uses: the throttle counts per name, known or not
        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.as(base, "guesser", "guess-" + i).get("/api/mines").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = ApiClient.as(base, "guesser", "guess-5").get("/api/mines");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 900L));
        assertThat(ApiClient.parseObject(refused.body()).getString("error")).startsWith("Too many failed sign-ins for guesser");
        // other names are not held back
        assertThat(ApiClient.as(base, "executive", PASSWORD).get("/api/mines").statusCode()).isEqualTo(200);
    }

    @Test
    void without_valid_credentials_the_api_answers_401_in_json() throws Exception {
        HttpResponse<String> anonymous = ApiClient.anonymous(base).get("/api/observations");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(ApiClient.parseObject(anonymous.body()).getInt("status")).isEqualTo(401);

        HttpResponse<String> wrongPassword = ApiClient.as(base, "executive", "wrong").get("/api/mines");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(ApiClient.parseObject(wrongPassword.body()).getString("error")).isEqualTo("Unknown user or wrong password");
    }

    @Test
    void bad_requests_get_a_json_message_and_no_stack_trace() throws Exception {
        ApiClient executive = ApiClient.as(base, "executive", PASSWORD);
        for (String period : List.of("2011-Q5", "Q3-2011", "2011-13", "x")) {
            HttpResponse<String> response = executive.get("/api/observations?period=" + period);
            assertThat(response.statusCode()).as(period).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(ApiClient.parseObject(response.body()).getString("error")).contains(period);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        HttpResponse<String> unknownMine = executive.get("/api/observations?mine=Nowhere");
        assertThat(unknownMine.statusCode()).isEqualTo(404);
        HttpResponse<String> unknownPath = executive.get("/api/nothing-here");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(ApiClient.parseObject(unknownPath.body()).getInt("status")).isEqualTo(404);
        // no WADL, which would name the server's Jersey version to any signed-in caller; /openapi describes the API
        for (String wadl : List.of("/api/application.wadl", "/api/application.wadl?detail=true")) {
            HttpResponse<String> answer = ApiClient.as(base, "admin", PASSWORD).get(wadl, "*/*");
            assertThat(answer.statusCode()).as(wadl).isEqualTo(404);
            assertThat(answer.body()).as(wadl).doesNotContain("Jersey").doesNotContain("jersey");
        }
    }

    @Test
    void the_portal_is_ready_and_sends_an_anonymous_visitor_to_sign_in() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        HttpResponse<String> ready = anonymous.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ApiClient.parseObject(ready.body()).getString("status")).isEqualTo("UP");

        HttpResponse<String> home = anonymous.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login.xhtml"));
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("MineWatch").contains("manager.caylloma");
    }
}
