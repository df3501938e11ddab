package org.minewatch.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.AuthorizationMatrixIT.PortalVisitor;
import org.minewatch.interfaces.rest.ApiClient;

/**
 * What a hostile or careless client sends, over HTTP against the portal as built (issue 15): every answer
 * carries the security headers, refusals included; oversized and malformed input is refused with a 4xx that
 * names the problem, never a 500 or the implementation's words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileClientIT {

    private static final String PASSWORD = "minewatch";

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    /** The security headers the answer lacks (none: an empty list), whatever its status. */
    static List<String> securityHeadersMissing(HttpResponse<?> response) {
        List<String> missing = new ArrayList<>();
        if (!response.headers().firstValue("Content-Security-Policy").filter(csp -> csp.contains("default-src 'self'")
                && csp.contains("frame-ancestors 'none'")).isPresent()) {
            missing.add("Content-Security-Policy");
        }
        if (!response.headers().firstValue("X-Content-Type-Options").filter("nosniff"::equals).isPresent()) {
            missing.add("X-Content-Type-Options");
        }
        if (!response.headers().firstValue("Referrer-Policy").filter("same-origin"::equals).isPresent()) {
            missing.add("Referrer-Policy");
        }
        if (!response.headers().firstValue("X-Frame-Options").filter("DENY"::equals).isPresent()) {
            missing.add("X-Frame-Options");
        }
        return missing;
    }

    @Test
    void every_answer_carries_the_security_headers_refusals_redirects_and_errors_included() throws Exception {
        PortalVisitor anonymous = new PortalVisitor(base.toURI());
        PortalVisitor manager = new PortalVisitor(base.toURI());
        manager.signIn("manager.caylloma", PASSWORD);
        ApiClient nobody = ApiClient.anonymous(base);
        ApiClient executive = ApiClient.as(base, "executive", PASSWORD);

        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("redirect to the sign-in page", anonymous.get("/alerts.xhtml"));
        answers.put("redirect of /", manager.get("/"));
        answers.put("API 401", nobody.get("/api/mines"));
        answers.put("API cross-site 403", executive.send("POST", "/api/alerts/1/resolve", "application/json", "{\"comment\": \"x\"}",
                "Origin", "http://evil.example"));
        answers.put("/metrics 401", nobody.get("/metrics", "text/plain"));
        answers.put("/metrics 403", executive.get("/metrics", "text/plain"));
        answers.put("page 403", manager.get("/import.xhtml"));
        answers.put("page 404", manager.get("/no-such-page.html"));
        answers.put("API 404", executive.get("/api/no-such-resource"));
        answers.put("a postback the server cannot restore (was a 500)", anonymous.post("/login.xhtml",
                "login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit=&jakarta.faces.ViewState=stateless"));

        List<String> wrong = new ArrayList<>();
        answers.forEach((what, response) -> {
            System.out.println(what + ": " + response.statusCode() + " " + securityHeadersMissing(response));
            if (!securityHeadersMissing(response).isEmpty()) {
                wrong.add(what + " (" + response.statusCode() + ") without " + securityHeadersMissing(response));
            }
        });
        assertThat(wrong).as("answers without the security headers").isEmpty();
    }
}
