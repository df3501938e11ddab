package org.minewatch.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minewatch.domain.model.ReleaseFixture;
import org.minewatch.interfaces.PortalDeployment;

/**
 * The import API on the demo data: every figure of the five sample releases comes back from the preview and
 * nothing else; bad input gets a 4xx with a message and leaves the database as it was; a commit is all or
 * nothing, refuses differing figures unless told to overwrite, and changes nothing when repeated.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static String text(String release) throws IOException {
        try (InputStream in = ImportApiIT.class.getResourceAsStream("/releases/" + release + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> post(String user, String path, String contentType, byte[] body) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":minewatch").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(path.substring(1))).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postText(String path, String text) throws Exception {
        return post("admin", path, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** What the database holds, as far as an import could change it: figures and imports. */
    private String state() throws Exception {
        ApiClient admin = ApiClient.as(base, "admin", "minewatch");
        return admin.getArray("/api/observations").size() + " figures, " + admin.getArray("/api/imports").size() + " imports, "
                + admin.getArray("/api/mines").size() + " mines";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fortuna-q3-2011-production, ''", "fortuna_2010Q1, ''", "fortuna_2012Q1, ''", "excellon_2021Q1, Excellon Resources",
            "alexco_2011Q3, Alexco Resource"})
    void the_preview_finds_every_figure_of_a_sample_release_and_nothing_else(String release, String company) throws Exception {
        String before = state();
        HttpResponse<String> response = postText("/api/imports/preview" + (company.isEmpty() ? "" : "?company="
                + URLEncoder.encode(company, StandardCharsets.UTF_8)), text(release));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject preview = ApiClient.parseObject(response.body());
        Set<String> expected = ReleaseFixture.everyFigure(release).stream()
                .map(ImportApiIT::figure).collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = preview.getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                .map(ImportApiIT::figure).collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).isEqualTo(expected);
        assertThat(preview.getJsonArray("errors")).isEmpty();
        assertThat(state()).as("a preview stores nothing").isEqualTo(before);
    }

    private static String figure(JsonObject o) {
        return String.join("|", o.isNull("mine") ? "null" : o.getString("mine"), o.getString("period"), o.getString("measure"),
                o.isNull("metal") ? "null" : o.getString("metal"), o.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString(),
                o.getString("unit"));
    }

    @Test
    void a_preview_of_the_seed_shows_its_findings_and_that_it_is_all_stored_already() throws Exception {
        JsonObject preview = ApiClient.parseObject(postText("/api/imports/preview", text("fortuna-q3-2011-production")).body());
        assertThat(preview.getInt("unchanged")).isEqualTo(52);
        assertThat(preview.getJsonArray("conflicts")).isEmpty();
        assertThat(preview.getJsonArray("newMines")).isEmpty();
        assertThat(preview.getJsonArray("findings").getValuesAs(JsonObject.class)).extracting(f -> f.getString("rule"))
                .contains("recovery-below-design", "throughput-below-design").doesNotContain("metal-balance-mismatch");
        JsonObject otherCompany = ApiClient.parseObject(postText("/api/imports/preview?company=Excellon%20Resources", text("excellon_2021Q1")).body());
        assertThat(otherCompany.getJsonArray("newMines").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("Platosa");
    }

    @Test
    void importing_the_same_release_again_changes_nothing() throws Exception {
        String before = state();
        HttpResponse<String> again = postText("/api/imports", text("fortuna-q3-2011-production"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ApiClient.parseObject(again.body()).getBoolean("changed")).isFalse();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_differing_figure_is_refused_unless_overwritten_and_the_overwrite_is_audited() throws Exception {
        String original = text("fortuna_2012Q1");
        String altered = original.replace("484,226", "484,326");
        String before = state();
        HttpResponse<String> refused = postText("/api/imports", altered);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiClient.parseObject(refused.body()).getString("error"))
                .contains("Caylloma 2012-Q1 production AG: stored 484226, imported 484326").contains("overwrite=true");
        assertThat(state()).isEqualTo(before);

        HttpResponse<String> overwritten = postText("/api/imports?overwrite=true&source=corrected", altered);
        assertThat(overwritten.statusCode()).isEqualTo(201);
        JsonObject record = ApiClient.parseObject(overwritten.body());
        assertThat(record.getInt("figuresOverwritten")).isEqualTo(1);
        JsonObject change = record.getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("mine") + " " + change.getString("period") + " " + change.getJsonNumber("oldValue") + " -> "
                + change.getJsonNumber("newValue")).isEqualTo("Caylloma 2012-Q1 484226 -> 484326");
        JsonObject stored = ApiClient.as(base, "admin", "minewatch").getArray("/api/observations?mine=Caylloma&period=2012-Q1")
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("measure").equals("production") && o.getString("metal").equals("AG"))
                .findFirst().orElseThrow();
        assertThat(stored.getJsonNumber("value").longValueExact()).isEqualTo(484_326);

        // and back, so the demo data stays as it was for the other tests
        assertThat(postText("/api/imports?overwrite=true", original).statusCode()).isEqualTo(201);
    }

    private static List<JsonObject> guidance(JsonObject preview) {
        return preview.getJsonArray("guidance").getValuesAs(JsonObject.class);
    }

    private static String statement(JsonObject g) {
        return g.getInt("year") + " " + (g.isNull("metal") ? "-" : g.getString("metal")) + " "
                + (g.isNull("low") ? "withdrawn" : g.getJsonNumber("low").bigDecimalValue().stripTrailingZeros().toPlainString() + "-"
                + g.getJsonNumber("high").bigDecimalValue().stripTrailingZeros().toPlainString()) + " " + g.getString("fate");
    }

    /**
     * Guidance a release states is previewed as guidance (never as production), stored as new guidance versions when the
     * commit asks for it, refused when it differs from the version in force unless overwritten, and recorded as withdrawn
     * when the release withdraws it. The year is one no other test reads and without guidance in force, drawn anew each
     * run: the versions it stores stay (stored versions are never changed), and a database kept from an earlier run
     * may hold an earlier draw.
     */
    @Test
    void guidance_in_a_release_is_previewed_and_stored_as_guidance_versions() throws Exception {
        ApiClient admin = ApiClient.as(base, "admin", "minewatch");
        // 2040 to 2069: the browser test draws from 2070 to 2099, so that its draw never meets this one's withdrawal, which
        // the list of guidance in force does not show
        int drawn = 2040 + new Random().nextInt(30);
        while (!admin.getArray("/api/guidance?year=" + drawn).isEmpty()) {
            drawn = 2040 + new Random().nextInt(30);
        }
        String year = String.valueOf(drawn);
        String outlook = "January 10, 2031 - Fortuna Silver Mines Inc. (NYSE: FSM) (TSX: FVI) provides its long-term outlook.\n"
                + "The Company expects to produce between 5.0 and 5.5 million ounces of silver and 40,000 ounces of gold in " + year + ".\n";
        JsonObject preview = ApiClient.parseObject(postText("/api/imports/preview", outlook).body());
        assertThat(preview.getString("company")).isEqualTo("Fortuna Silver Mines");
        assertThat(preview.getJsonArray("observations")).as("guidance is not production").isEmpty();
        assertThat(guidance(preview)).extracting(ImportApiIT::statement).containsExactly(year + " AG 5000000-5500000 NEW", year + " AU 40000-40000 NEW");
        assertThat(guidance(preview).get(0).getString("sentence")).contains("expects to produce between 5.0 and 5.5 million ounces of silver");

        HttpResponse<String> withoutChoice = postText("/api/imports", outlook);
        assertThat(withoutChoice.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parseObject(withoutChoice.body()).getString("error")).contains("no figure was found");
        HttpResponse<String> stored = postText("/api/imports?storeGuidance=true&source=outlook", outlook);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        JsonObject storedRecord = ApiClient.parseObject(stored.body());
        assertThat(storedRecord.getInt("guidanceStored")).isEqualTo(2);
        assertThat(ApiClient.parseObject(admin.get("/api/imports/" + storedRecord.getJsonNumber("id").longValue()).body()).getInt("guidanceStored"))
                .as("the import's record keeps it").isEqualTo(2);
        assertThat(guidance(ApiClient.parseObject(postText("/api/imports/preview", outlook).body()))).extracting(ImportApiIT::statement)
                .containsExactly(year + " AG 5000000-5500000 UNCHANGED", year + " AU 40000-40000 UNCHANGED");

        // a revision: shown against the version in force, stored as a new version only with overwrite
        String revised = "March 5, 2031 - Fortuna Silver Mines Inc. (NYSE: FSM) (TSX: FVI) has revised its outlook.\n"
                + "The Company now expects to produce 6.0 million ounces of silver in " + year + ".\n";
        JsonObject revision = guidance(ApiClient.parseObject(postText("/api/imports/preview", revised).body())).get(0);
        assertThat(statement(revision)).isEqualTo(year + " AG 6000000-6000000 DIFFERS");
        assertThat(revision.getString("inForce")).isEqualTo("5,000,000 to 5,500,000 oz, announced 2031-01-10");
        HttpResponse<String> refused = postText("/api/imports?storeGuidance=true", revised);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiClient.parseObject(refused.body()).getString("error")).contains("Fortuna Silver Mines " + year + " Ag guidance differs", "overwrite=true");
        assertThat(postText("/api/imports?storeGuidance=true&overwrite=true", revised).statusCode()).isEqualTo(201);

        // a withdrawal that names no metal withdraws each guidance of the year in force: a new version like any other
        String withdrawal = "April 2, 2031 - Fortuna Silver Mines Inc. (NYSE: FSM) (TSX: FVI) withdraws its " + year + " production guidance.\n";
        assertThat(guidance(ApiClient.parseObject(postText("/api/imports/preview", withdrawal).body()))).extracting(ImportApiIT::statement)
                .containsExactlyInAnyOrder(year + " AG withdrawn DIFFERS", year + " AU withdrawn DIFFERS");
        assertThat(postText("/api/imports?storeGuidance=true", withdrawal).statusCode()).isEqualTo(409);
        assertThat(postText("/api/imports?storeGuidance=true&overwrite=true", withdrawal).statusCode()).isEqualTo(201);
        assertThat(guidance(ApiClient.parseObject(postText("/api/imports/preview", withdrawal).body()))).extracting(ImportApiIT::statement)
                .containsExactlyInAnyOrder(year + " AG withdrawn UNCHANGED", year + " AU withdrawn UNCHANGED");
    }

    /**
     * Another company's release, sent without company=: the preview names the issuer from the text and shows that it
     * is a company not stored, never the stored one; sent under the stored company, the mismatch is shown and the
     * commit refused unless chosen explicitly (otherIssuer=true), and nothing is stored.
     */
    @Test
    void another_companys_release_is_never_stored_under_the_stored_company_by_default() throws Exception {
        JsonObject own = ApiClient.parseObject(postText("/api/imports/preview", text("excellon_2021Q1")).body());
        assertThat(own.getString("issuer")).isEqualTo("Excellon Resources Inc.");
        assertThat(own.getString("company")).isEqualTo("Excellon Resources Inc.");
        assertThat(own.getBoolean("newCompany")).isTrue();
        assertThat(own.isNull("otherIssuer")).isTrue();
        assertThat(own.getJsonArray("observations")).hasSize(20);

        String before = state();
        String asFortuna = "?company=" + URLEncoder.encode("Fortuna Silver Mines", StandardCharsets.UTF_8) + "&createMines=true";
        JsonObject mismatched = ApiClient.parseObject(postText("/api/imports/preview" + asFortuna, text("excellon_2021Q1")).body());
        assertThat(mismatched.getString("company")).isEqualTo("Fortuna Silver Mines");
        assertThat(mismatched.getBoolean("newCompany")).isFalse();
        assertThat(mismatched.getString("otherIssuer")).isEqualTo("the release names Excellon Resources Inc. as its issuer, not Fortuna Silver Mines");
        HttpResponse<String> refused = postText("/api/imports" + asFortuna, text("excellon_2021Q1"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiClient.parseObject(refused.body()).getString("error")).contains("Excellon Resources Inc.", "otherIssuer=true");
        assertThat(state()).isEqualTo(before);

        // the stored company's own release, without company=, is that company's as before
        JsonObject fortuna = ApiClient.parseObject(postText("/api/imports/preview", text("fortuna_2010Q1")).body());
        assertThat(fortuna.getString("company")).isEqualTo("Fortuna Silver Mines");
        assertThat(fortuna.getBoolean("newCompany")).isFalse();
    }

    @Test
    void a_period_the_text_does_not_say_is_given_with_period_and_only_for_a_releases_text() throws Exception {
        // a story that names "the September quarter" and no year: nothing read, and the warning says how to read it
        String story = "PERTH - Kestrel Minerals Limited on Friday reported that its Osprey gold mine had produced 14,943 oz of gold in the September quarter.\n";
        JsonObject unplaced = ApiClient.parseObject(postText("/api/imports/preview", story).body());
        assertThat(unplaced.getJsonArray("observations")).isEmpty();
        assertThat(unplaced.getJsonArray("warnings").getValuesAs(JsonString.class)).map(JsonString::getString)
                .anySatisfy(w -> assertThat(w).contains("could not be placed on the calendar", "give the period the release reports"));

        JsonObject given = ApiClient.parseObject(postText("/api/imports/preview?period=2016-Q3", story).body());
        assertThat(given.getString("issuer")).isEqualTo("Kestrel Minerals Limited");
        assertThat(given.getJsonArray("observations")).singleElement().satisfies(o -> {
            assertThat(o.asJsonObject().getString("mine")).isEqualTo("Osprey");
            assertThat(o.asJsonObject().getString("period")).isEqualTo("2016-Q3");
            assertThat(o.asJsonObject().getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("14943");
        });
        assertThat(given.getJsonArray("warnings").getValuesAs(JsonString.class)).map(JsonString::getString)
                .anySatisfy(w -> assertThat(w).startsWith("Read as a release of 2016-Q3"));

        // a malformed period, or one given beside a CSV (whose rows give their own): 400 naming it, nothing stored
        String before = state();
        HttpResponse<String> malformed = postText("/api/imports?period=Q3-16&createMines=true", story);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parseObject(malformed.body()).getString("error")).contains("Q3-16");
        byte[] csv = "mine,period,measure,metal,value,unit\nCaylloma,2013-Q1,production,AG,1000000,oz\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> ofCsv = post("admin", "/api/imports?period=2013-Q1", "text/csv", csv);
        assertThat(ofCsv.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parseObject(ofCsv.body()).getString("error")).contains("period=");
        assertThat(state()).isEqualTo(before);
    }

    /**
     * The guidance-sentence kind of misreading, 7.53 billion ounces of silver in a quarter: an error in the preview with
     * its arithmetic, against real mines and against the mine's own history; the commit refuses it and stores nothing
     * unless the caller accepts it explicitly.
     */
    @Test
    void a_figure_that_cannot_be_right_is_stopped_in_the_preview_and_stored_only_when_accepted() throws Exception {
        byte[] known = "mine,period,measure,metal,value,unit\nCaylloma,2013-Q1,production,AG,7530000000,oz\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> preview = post("admin", "/api/imports/preview", "text/csv", known);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(ApiClient.parseObject(preview.body()).getJsonArray("implausible").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .anySatisfy(r -> assertThat(r).contains("Caylloma 2013-Q1 production of AG 7,530,000,000 oz", "times the most real mines report"))
                .anySatisfy(r -> assertThat(r).contains("times the largest quarter Caylloma has reported"));

        String before = state();
        HttpResponse<String> refused = post("admin", "/api/imports", "text/csv", known);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parseObject(refused.body()).getString("error")).contains("cannot be right as they stand", "acceptImplausible=true");
        assertThat(state()).isEqualTo(before);

        // accepted explicitly, an implausible figure is stored: Caylloma's Q3 2011 tonnes at a tenth of its tpd would take
        // 910 days; then the stored figure is put back, so that the demo data stays as it was for the other tests
        String header = "mine,period,measure,metal,value,unit\nCaylloma,2011-Q3,tonnes_milled,,115574,t\n";
        byte[] slow = (header + "Caylloma,2011-Q3,tpd,,127,t/d\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> notAccepted = post("admin", "/api/imports?overwrite=true", "text/csv", slow);
        assertThat(notAccepted.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parseObject(notAccepted.body()).getString("error")).contains("115,574 t / 127 t/d = 910 operating days");
        HttpResponse<String> accepted = post("admin", "/api/imports?overwrite=true&acceptImplausible=true", "text/csv", slow);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(ApiClient.parseObject(accepted.body()).getInt("figuresOverwritten")).isEqualTo(1);
        assertThat(post("admin", "/api/imports?overwrite=true", "text/csv", (header + "Caylloma,2011-Q3,tpd,,1270,t/d\n").getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void bad_input_gets_a_4xx_with_a_message_and_stores_nothing() throws Exception {
        String before = state();
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        List<Object[]> cases = List.of(
                new Object[] {"text/plain", new byte[0], 400, "empty"},
                new Object[] {"text/plain", binary, 400, "binary"},
                new Object[] {"text/plain", "Caf\u00e9 Q3 2011".getBytes(StandardCharsets.ISO_8859_1), 400, "UTF-8"},
                new Object[] {"text/plain", "<html><body><table><tr><td>Q3 2011</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8), 415,
                        "markup"},
                new Object[] {"text/plain", "a".repeat(5 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8), 413, "5 MB"},
                new Object[] {"text/plain", "x\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8), 413, "lines"},
                new Object[] {"application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), 415, "text/plain"},
                new Object[] {"text/csv", "mine,period,measure,metal,value,unit\nCaylloma,2011-Q3,recovery,AG,181,%\n".getBytes(StandardCharsets.UTF_8),
                        400, "outside (0, 100]"},
                new Object[] {"text/csv", "mine,period,measure,metal,value,unit\nCaylloma,2011-Q5,grade,AG,181,g/t\n".getBytes(StandardCharsets.UTF_8),
                        400, "Malformed period '2011-Q5'"},
                new Object[] {"text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), 400, "header"},
                new Object[] {"text/plain", "Fortuna had a fine quarter; no table today.".getBytes(StandardCharsets.UTF_8), 400, "no figure"});
        for (Object[] c : cases) {
            for (String path : List.of("/api/imports/preview", "/api/imports")) {
                HttpResponse<String> response = post("admin", path, (String) c[0], (byte[]) c[1]);
                if (path.endsWith("preview") && c[3].equals("no figure")) {
                    // a preview of prose is an answer, not an error: no observations, and a warning that says so
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(ApiClient.parseObject(response.body()).getJsonArray("warnings").getString(0)).contains("No production figures found");
                    continue;
                }
                if (path.endsWith("preview") && c[3].equals("outside (0, 100]")) {
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(ApiClient.parseObject(response.body()).getJsonArray("errors").getString(0)).contains((String) c[3]);
                    continue;
                }
                assertThat(response.statusCode()).as("%s %s: %s", path, c[3], response.body()).isEqualTo(c[2]);
                assertThat(ApiClient.parseObject(response.body()).getString("error")).as(path).contains((String) c[3]);
                assertThat(response.body()).doesNotContain("Exception");
            }
        }
        assertThat(post("manager.caylloma", "/api/imports", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_change_sent_by_another_sites_page_is_refused() throws Exception {
        String before = state();
        String token = Base64.getEncoder().encodeToString("admin:minewatch".getBytes(StandardCharsets.UTF_8));
        HttpRequest crossSite = HttpRequest.newBuilder(base.toURI().resolve("api/imports?overwrite=true")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + token).header("Content-Type", "text/plain").header("Origin", "http://other-site.invalid")
                .POST(HttpRequest.BodyPublishers.ofString(text("fortuna_2012Q1").replace("484,226", "1"))).build();
        HttpResponse<String> response = http.send(crossSite, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void the_api_behind_an_odd_spelling_of_its_path_still_wants_basic_credentials() throws Exception {
        for (String path : List.of("/api;x/observations", "/%61pi/observations")) {
            HttpResponse<String> response = ApiClient.anonymous(base).get(path);
            assertThat(response.statusCode()).as(path).isIn(401, 404);
        }
    }

    @Test
    void mutated_releases_never_get_a_server_error() throws Exception {
        // a few hundred seeded mutations of the sample releases through the API; the parser's own fuzz test runs thousands
        Random random = new Random(20111024);
        String before = state();
        List<String> releases = ReleaseFixture.RELEASES;
        for (int i = 0; i < 300; i++) {
            String text = text(releases.get(i % releases.size()));
            StringBuilder mutated = new StringBuilder(text);
            for (int m = 0; m < 1 + random.nextInt(20); m++) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(4)) {
                    case 0 -> mutated.deleteCharAt(at);
                    case 1 -> mutated.insert(at, "\t|-0123456789,.%Q\n ".charAt(random.nextInt(19)));
                    case 2 -> mutated.setLength(at);
                    default -> {
                        int from = random.nextInt(mutated.length());
                        mutated.insert(at, mutated.substring(from, Math.min(mutated.length(), from + 40)));
                    }
                }
                if (mutated.length() == 0) {
                    mutated.append("x");
                }
            }
            HttpResponse<String> response = postText("/api/imports/preview?company=Fuzz", mutated.toString());
            assertThat(response.statusCode()).as("case %d: %s", i, response.body()).isLessThan(500);
        }
        assertThat(state()).isEqualTo(before);
    }
}
