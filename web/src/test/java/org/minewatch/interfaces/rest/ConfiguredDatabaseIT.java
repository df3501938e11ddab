package org.minewatch.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minewatch.interfaces.PortalDeployment;

/**
 * The portal on a configured PostgreSQL database (MINEWATCH_DB_URL, set by the failsafe execution
 * "configured-database" on a database created fresh for it): no demo users, no demo data, and an
 * administrator whose password comes from MINEWATCH_ADMIN_PASSWORD.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfiguredDatabaseIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    private URL base;

    @Test
    void there_are_no_demo_users() throws Exception {
        for (String demoUser : new String[] {"admin", "executive", "manager.caylloma"}) {
            assertThat(ApiClient.as(base, demoUser, "minewatch").get("/api/mines").statusCode()).as(demoUser).isEqualTo(401);
        }
    }

    @Test
    void the_first_admin_signs_in_with_the_configured_password_and_finds_no_demo_data() throws Exception {
        ApiClient admin = ApiClient.as(base, "admin", System.getProperty("minewatch.it.admin.password"));
        assertThat(admin.getArray("/api/mines")).isEmpty();
        assertThat(admin.getArray("/api/observations")).isEmpty();
    }

    @Test
    void the_portal_is_ready_and_shows_no_demo_hints() throws Exception {
        HttpResponse<String> ready = ApiClient.anonymous(base).get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        HttpResponse<String> login = ApiClient.anonymous(base).get("/login.xhtml");
        assertThat(login.body()).doesNotContain("manager.caylloma").doesNotContain("demoBanner");
    }
}
