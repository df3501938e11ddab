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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change judged in its scope leaves every alert as a full evaluation leaves it, and an import's preview, judged in the
 * same scope, says what its commit raises (issue 14: an import, a design or a guidance version judged without reading the
 * whole portfolio): {@link ScopedEvaluationOracleResource}, inside the portal,
 * loads a generated company, makes random changes through the services and compares the alerts after each with what a
 * full evaluation makes of them; everything it did is rolled back. It shares its server with {@link GuidanceVerdictsIT}.
 */
@Order(1)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopedEvaluationIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return GuidanceVerdictsIT.withOracles();
    }

    @ArquillianResource
    private URL base;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void random_changes_judged_in_their_scope_leave_the_alerts_a_full_evaluation_leaves(long seed) throws Exception {
        ApiClient admin = ApiClient.as(base, "admin", "minewatch");
        HttpResponse<String> response = admin.send("POST", "/api/test/scoped-evaluation-oracle?seed=" + seed + "&mines=12&quarters=12&changes=30",
                "application/json", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject comparison = ApiClient.parseObject(response.body());
        assertThat(comparison.getJsonArray("differences")).as("alerts that differ from a full evaluation's").isEmpty();
        assertThat(comparison.getInt("raisedByFull")).as("alerts the full evaluations raised that the scoped ones had not").isZero();
        assertThat(comparison.getInt("resolvedByFull")).as("alerts the full evaluations resolved that the scoped ones had left").isZero();
        // the generated company's alerts, compared after each of the 30 changes: the rules fired
        assertThat(comparison.getInt("alertsCompared")).isGreaterThan(30 * 50);
        // each import previewed first, its findings among those compared
        assertThat(comparison.getInt("previewsCompared")).isGreaterThan(10);
        assertThat(comparison.getInt("previewFindings")).isGreaterThan(comparison.getInt("previewsCompared"));
    }
}
