package org.minewatch.infrastructure.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that tell a browser how little it may do with MineWatch's answers: no framing by another site
 * (clickjacking), no guessing of content types, no address leaking to other sites, scripts and styles from
 * MineWatch only. PrimeFaces writes its widgets' set-up as inline scripts and evaluates ajax updates, hence
 * 'unsafe-inline' and 'unsafe-eval' for scripts; everything else stays on the portal's own origin.
 *
 * <p>On every answer the application gives, refusals and redirects included: a filter alone runs only once
 * authentication has let the request through, so the authentication mechanism, which every request meets
 * first, applies the same headers ({@link #applyTo}) before it redirects or refuses; and the filter runs again
 * on the dispatch to an error page, because the container clears the headers before it shows one. What Payara
 * answers before any application code runs gets the same headers from {@link ServerAnswerHeaders}.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        applyTo(response);
        chain.doFilter(request, response);
    }

    /**
     * The headers themselves, name to value: the one list that the filter, the authentication mechanism and
     * Payara's own answers ({@link ServerAnswerHeaders}) apply.
     */
    static final Map<String, String> HEADERS;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        HEADERS = Collections.unmodifiableMap(headers);
    }

    static void applyTo(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }
}
