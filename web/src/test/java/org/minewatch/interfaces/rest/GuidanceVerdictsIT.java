package org.minewatch.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.PortalDeployment;

/**
 * Guidance compliance gives the verdicts of a full evaluation (issue 14: it judges one year's guidance alone and
 * keeps what it judged until the data changes): compared by {@link GuidanceOracleResource}, inside the portal, for
 * every year with figures or guidance and each of its quarters, on the demo data and after a change, whose verdicts
 * must not be the ones kept from before it. (No company is added here: the embedded ITs share one database, and a
 * second company changes what the others find, such as LanguagesIT's "the text names no company" message.)
 *
 * <p>Its portal is not the one the other classes share (it adds a resource), so it runs first in its execution
 * ({@code junit.jupiter.testclass.order.default} in web/pom.xml): the portal then boots twice in the execution, for
 * this class and for all the others, rather than three times when it came between two of them.
 */
@Order(1)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidanceVerdictsIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return withOracles();
    }

    /** The portal with both test-only oracles: this class and {@link ScopedEvaluationIT} deploy the same archive and share one server. */
    static WebArchive withOracles() {
        return PortalDeployment.asBuilt().addClass(GuidanceOracleResource.class).addClass(GuidanceOracleResource.Comparison.class)
                .addClass(ScopedEvaluationOracleResource.class).addClass(ScopedEvaluationOracleResource.Comparison.class);
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
    void every_year_and_quarter_has_the_verdicts_of_a_full_evaluation_on_the_demo_data_and_after_a_change() throws Exception {
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
    }
}
