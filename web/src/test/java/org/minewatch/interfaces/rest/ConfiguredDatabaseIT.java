package org.minewatch.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
import org.minewatch.infrastructure.security.PasswordHasher;
import org.minewatch.interfaces.PortalDeployment;

/**
 * The portal on a configured PostgreSQL database (MINEWATCH_DB_URL, set by the failsafe execution
 * "configured-database" on a database created fresh for it): no demo users, no demo data, and an
 * administrator whose password comes from MINEWATCH_ADMIN_PASSWORD. The execution also sets
 * MINEWATCH_SECURE_COOKIES, as production behind a reverse proxy that ends TLS would.
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

    /**
     * No default credentials: the database holds one account, the first administrator, and its password is
     * the configured one and none of the usual defaults (checked against the stored hash, so that no failed
     * sign-in counts against the name). Without MINEWATCH_ADMIN_PASSWORD there would be no account at all:
     * the migrations insert none and InitialAdmin creates none (InitialAdminTest).
     */
    @Test
    void the_only_account_is_the_first_admin_and_no_default_password_opens_it() throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection database = DriverManager.getConnection(System.getProperty("minewatch.it.db.url"));
             ResultSet accounts = database.createStatement().executeQuery("select username, password_hash from user_account")) {
            while (accounts.next()) {
                hashes.put(accounts.getString(1), accounts.getString(2));
            }
        }
        assertThat(hashes).containsOnlyKeys("admin");
        PasswordHasher hasher = new PasswordHasher();
        assertThat(hasher.verify(System.getProperty("minewatch.it.admin.password"), hashes.get("admin"))).isTrue();
        for (String usual : List.of("minewatch", "admin", "password", "changeit", "administrator", "secret", "123456")) {
            assertThat(hasher.verify(usual, hashes.get("admin"))).as(usual).isFalse();
        }
    }

    /** MINEWATCH_SECURE_COOKIES: behind a proxy that ends TLS the portal sees plain HTTP, and marks the cookie Secure all the same. */
    @Test
    void with_secure_cookies_set_the_session_cookie_is_secure_over_plain_http() throws Exception {
        String sessionCookie = ApiClient.anonymous(base).get("/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
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
