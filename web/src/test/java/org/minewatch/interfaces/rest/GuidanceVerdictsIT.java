package org.minewatch.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.PortalDeployment;

/**
 * Guidance compliance gives the verdicts of a full evaluation (issue 14: it judges one year's guidance alone and
 * keeps what it judged until the data changes): compared by {@link GuidanceOracleResource}, inside the portal, for
 * every year with figures or guidance and each of its quarters, on the demo data, with a generated company added
 * through the import API, and after each change, whose verdicts must not be the ones kept from before it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidanceVerdictsIT {

    private static final double GRAMS_PER_OZ = 31.1034768;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt().addClass(GuidanceOracleResource.class).addClass(GuidanceOracleResource.Comparison.class);
    }

    @ArquillianResource
    private URL base;

    private JsonObject compared(ApiClient admin) throws Exception {
        HttpResponse<String> response = admin.get("/api/test/guidance-oracle");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject comparison = ApiClient.parseObject(response.body());
        assertThat(comparison.getJsonArray("differences")).as("differences").isEmpty();
        return comparison;
    }

    private String goldAsOfQ3(ApiClient executive) throws Exception {
        return executive.getArray("/api/guidance?year=2011&asOf=2011-Q3").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.isNull("mine") && g.getString("metal").equals("AU")).findFirst().orElseThrow().getString("status");
    }

    private void thresholds(ApiClient admin, String change) throws Exception {
        HttpResponse<String> changed = admin.send("PUT", "/api/settings/thresholds", change);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    @Test
    void every_year_and_quarter_has_the_verdicts_of_a_full_evaluation_on_the_demo_data_a_generated_company_and_after_each_change() throws Exception {
        ApiClient admin = ApiClient.as(base, "admin", "minewatch");
        ApiClient executive = ApiClient.as(base, "executive", "minewatch");
        JsonObject demo = compared(admin);
        assertThat(demo.getInt("years")).isGreaterThanOrEqualTo(3); // 2010 to 2012
        assertThat(demo.getJsonObject("statuses").keySet()).contains("BEATEN", "NOT_REPORTED", "LIKELY_MISS", "AT_RISK");

        // a threshold the guidance rules read: the verdicts kept from before the change are not given after it
        assertThat(goldAsOfQ3(executive)).isEqualTo("LIKELY_MISS");
        thresholds(admin, "{\"guidance.likely-miss.margin.percent\": 50}");
        assertThat(goldAsOfQ3(executive)).isEqualTo("AT_RISK");
        compared(admin);
        thresholds(admin, "{\"guidance.likely-miss.margin.percent\": 10}");
        assertThat(goldAsOfQ3(executive)).isEqualTo("LIKELY_MISS");

        // a generated company: mines x quarters through the import API, a quarter left out here and there, then its outlook
        Random random = new Random(20111024);
        for (int m = 1; m <= 8; m++) {
            HttpResponse<String> imported = admin.send("POST", "/api/imports?company=Verdicts%20Mining&source=verdicts-" + m + "&createMines=true",
                    "text/csv", generatedMine(m, random));
            assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
        }
        JsonObject beforeOutlook = compared(admin);
        String outlook = "January 15, 2024 - Verdicts Mining provides its production outlook.\n"
                + "The Company expects to produce between 45.0 and 50.0 million ounces of silver and 400,000 ounces of gold in 2024.\n";
        HttpResponse<String> stored = admin.send("POST", "/api/imports?company=Verdicts%20Mining&source=outlook-2024&storeGuidance=true&otherIssuer=true",
                "text/plain", outlook);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        JsonObject generated = compared(admin);
        int rowsBefore = beforeOutlook.getJsonObject("statuses").values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum();
        int rowsAfter = generated.getJsonObject("statuses").values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum();
        // two guidance as of the first quarters; from the third on, one mine's quarter missing leaves the company's year to
        // date unknown, and the guidance unlisted (as a full evaluation leaves it)
        assertThat(rowsAfter).isEqualTo(rowsBefore + 2 * 2);
        assertThat(executive.getArray("/api/guidance?year=2024&asOf=2024-Q2")).hasSize(2);
    }

    /**
     * Eight quarters of 2023 and 2024 of one mine, as perf/generate-portfolio.py writes them (production = tonnes x
     * grade x recovery, so that no figure is implausible); mine 3 leaves gold out of its last quarter, mine 5 its
     * third quarter of 2024 entirely, so that guidance is also judged on figures that are missing.
     */
    private static String generatedMine(int m, Random random) {
        StringBuilder csv = new StringBuilder("mine,period,measure,metal,value,unit\n");
        String name = String.format(Locale.ROOT, "Verdicts %02d", m);
        double tpdBase = 600 + random.nextDouble() * 3400;
        double silverGrade = 80 + random.nextDouble() * 320;
        double goldGrade = 0.3 + random.nextDouble() * 3.7;
        for (int year = 2023; year <= 2024; year++) {
            for (int q = 1; q <= 4; q++) {
                if (m == 5 && year == 2024 && q == 3) {
                    continue;
                }
                String period = year + "-Q" + q;
                long tpd = Math.round(tpdBase * (0.85 + random.nextDouble() * 0.2));
                long tonnes = tpd * 90;
                csv.append(String.format(Locale.ROOT, "%s,%s,tonnes_milled,,%d,t%n%s,%s,tpd,,%d,t/d%n", name, period, tonnes, name, period, tpd));
                for (String metal : new String[] {"AG", "AU"}) {
                    if (m == 3 && year == 2024 && q == 4 && metal.equals("AU")) {
                        continue;
                    }
                    double grade = Math.round((metal.equals("AG") ? silverGrade : goldGrade) * (0.85 + random.nextDouble() * 0.3) * 100) / 100.0;
                    double recovery = Math.round((metal.equals("AG") ? 85 : 80) * (0.97 + random.nextDouble() * 0.05) * 10) / 10.0;
                    long produced = Math.round(tonnes * grade * recovery / 100 / GRAMS_PER_OZ);
                    csv.append(String.format(Locale.ROOT, "%s,%s,grade,%s,%s,g/t%n%s,%s,recovery,%s,%s,%%%n%s,%s,production,%s,%d,oz%n",
                            name, period, metal, grade, name, period, metal, recovery, name, period, metal, produced));
                }
            }
        }
        return csv.toString();
    }
}
