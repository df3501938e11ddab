package org.minewatch.infrastructure.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.minewatch.infrastructure.EnvironmentSettings;

/**
 * Whether the session cookie is marked {@code Secure}, so that a browser never sends it over plain HTTP.
 *
 * <p>By default Payara marks it exactly when the request that opened the session came over TLS (its
 * {@code cookieSecure} "dynamic" default): right for Payara Micro's own TLS port ({@code --sslport}) and for
 * plain HTTP on a developer's machine, which a Secure cookie would break. Behind a reverse proxy that ends
 * TLS, every request reaches Payara as plain HTTP, so it would never mark it: {@code MINEWATCH_SECURE_COOKIES=true}
 * marks it always. A setting rather than trusting a forwarded-protocol header: nothing a client sends decides it.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    public static final String SETTING = "MINEWATCH_SECURE_COOKIES";
    private static final Logger LOG = Logger.getLogger(SecureSessionCookie.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // the session cookie can be configured only while the web module starts, hence a listener
        if (EnvironmentSettings.value(SETTING).map(Boolean::parseBoolean).orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("The session cookie is marked Secure on every answer (" + SETTING + "=true): sign in over HTTPS only");
        }
    }
}
