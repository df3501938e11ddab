package org.minewatch.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.infrastructure.monitoring.LogEvent;
import org.minewatch.infrastructure.monitoring.RefusedSignInLog;
import org.minewatch.infrastructure.persistence.DatabaseUnavailable;

/**
 * Two ways in, one mechanism (Jakarta Security 3 allows one per application): HTTP Basic for the REST API
 * under {@code /api}, stateless, answering 401 with a JSON message; and form login for the pages, where the
 * login page hands the credentials over through {@code SecurityContext.authenticate} and the signed-in
 * caller is kept in the HTTP session.
 */
@ApplicationScoped
public class MineWatchAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PATH = "/api/";
    /**
     * MicroProfile's endpoints, which Payara serves inside this root-context application (so under its
     * security constraints): read by programs, so HTTP Basic as on the API rather than the sign-in page.
     */
    static final Set<String> MONITORING_PATHS = Set.of("/metrics", "/openapi");
    static final String LOGIN_PAGE = "/login.xhtml";
    /** The sign-in page's parameter saying that an action was refused because the session had ended. */
    public static final String SESSION_ENDED = "sessionEnded";
    private static final String FACES_AJAX = "partial/ajax";
    private static final String SESSION_CALLER = MineWatchAuthenticationMechanism.class.getName() + ".caller";

    /** The caller kept in the session after a form login; serializable so sessions can move between nodes. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private RefusedSignInLog refusals;

    /** Set on the request when a form sign-in was refused for too many failures, for the sign-in page to say so. */
    public static final String THROTTLED = MineWatchAuthenticationMechanism.class.getName() + ".throttled";
    /** Set on the request when a form sign-in was refused because its user name is longer than any account's. */
    public static final String NAME_TOO_LONG = MineWatchAuthenticationMechanism.class.getName() + ".nameTooLong";
    /** Set on the request when the password could not be checked because the database is away. */
    public static final String DATABASE_UNAVAILABLE = MineWatchAuthenticationMechanism.class.getName() + ".databaseUnavailable";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // before any redirect or refusal below: the headers filter runs only for requests let through
        SecurityHeadersFilter.applyTo(response);
        if (crossSiteWrite(request)) {
            return isApi(request) ? refuse(response, HttpServletResponse.SC_FORBIDDEN, "A change from another site's page is refused")
                    : forbiddenPage(response);
        }
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential != null) {
            return formLogin(request, context, formCredential);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            // a postback is an action on a page whose session has ended: the sign-in page says it was not saved
            String login = request.getContextPath() + LOGIN_PAGE + ("POST".equals(request.getMethod()) ? "?" + SESSION_ENDED + "=true" : "");
            if (FACES_AJAX.equals(request.getHeader("Faces-Request"))) {
                return partialRedirect(response, login);
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }

    /**
     * An ajax postback is redirected by a partial response that Faces' script follows: a plain 302 would be
     * followed by the XMLHttpRequest itself, which gets the sign-in page's HTML, cannot read it, and drops it, so
     * a click after the session ended did nothing and said nothing.
     */
    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            // the client has gone: nothing to tell it
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String username = credential instanceof UsernamePasswordCredential c ? c.getCaller() : null;
        if (tooLong(username)) {
            logRefusal("sign-in.failed", username, "form", request, null);
            request.setAttribute(NAME_TOO_LONG, UserAccount.MAX_USERNAME_LENGTH);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Duration> wait = throttle.waitBeforeTrying(username);
        if (wait.isPresent()) {
            logRefusal("sign-in.throttled", username, "form", request, wait.get());
            request.setAttribute(THROTTLED, minutes(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CredentialValidationResult> checked = validate(credential);
        if (checked.isEmpty()) {
            request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked.get();
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username);
            logRefusal("sign-in.failed", username, "form", request, null);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username);
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation: a new id once signed in
        }
        request.getSession(true).setAttribute(SESSION_CALLER, new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected()
                    ? unauthorized(response, context, "Authentication required: send HTTP Basic credentials")
                    : context.doNothing();
        }
        UsernamePasswordCredential credential = decode(header.substring(6).trim());
        if (credential == null) {
            return unauthorized(response, context, "Malformed HTTP Basic credentials");
        }
        if (tooLong(credential.getCaller())) {
            logRefusal("sign-in.failed", credential.getCaller(), "basic", request, null);
            return unauthorized(response, context, "A user name has at most " + UserAccount.MAX_USERNAME_LENGTH + " characters");
        }
        Optional<Duration> wait = throttle.waitBeforeTrying(credential.getCaller());
        if (wait.isPresent()) {
            logRefusal("sign-in.throttled", credential.getCaller(), "basic", request, wait.get());
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            return refuse(response, 429, "Too many failed sign-ins for " + credential.getCaller() + ": try again in "
                    + minutes(wait.get()) + " minutes");
        }
        Optional<CredentialValidationResult> checked = validate(credential);
        if (checked.isEmpty()) {
            response.setHeader("Retry-After", "5");
            return refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The database is unavailable at the moment: try again shortly");
        }
        CredentialValidationResult result = checked.get();
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(credential.getCaller());
            logRefusal("sign-in.failed", credential.getCaller(), "basic", request, null);
            return unauthorized(response, context, "Unknown user or wrong password");
        }
        throttle.succeeded(credential.getCaller());
        return context.notifyContainerAboutLogin(result);
    }

    /** The name tried, where from and how: never the password nor the Authorization header. */
    private void logRefusal(String event, String username, String via, HttpServletRequest request, Duration wait) {
        LogEvent line = LogEvent.of(event).with("user", username).with("via", via).with("from", request.getRemoteAddr());
        if (wait != null) {
            line.with("retryAfterSeconds", Math.max(1, wait.toSeconds()));
        }
        refusals.refused(line);
    }

    /**
     * The identity store's verdict, or empty when the password cannot be checked because the database is
     * away: neither a wrong password (which would count against the name) nor a fault of ours.
     */
    private Optional<CredentialValidationResult> validate(Credential credential) {
        try {
            return Optional.of(identityStoreHandler.validate(credential));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * A name no account can have: refused where it enters, before the throttle remembers it or the database is
     * asked, so that names of any length sent by anyone cost neither memory nor a query (the log line quotes it
     * cut short, as LogEvent cuts every value).
     */
    private static boolean tooLong(String username) {
        return username != null && username.length() > UserAccount.MAX_USERNAME_LENGTH;
    }

    /** Whole minutes, rounded up: "try again in 1 minute" rather than in 0. */
    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, String message) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"MineWatch\", charset=\"UTF-8\"");
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String message) {
        writeError(response, status, message);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The API's error body, {@code {"status", "error"}}, for refusals made before JAX-RS sees the request. */
    public static void writeError(HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("status", status).add("error", message).build().toString());
        } catch (IOException e) {
            // the status alone still tells the client
        }
    }

    /**
     * The servlet path, not the raw URI: "/api;x/imports" or "/%61pi/imports" reach the API too, and must not
     * slip past HTTP Basic into the page session. {@code /metrics} and {@code /openapi} are answered the same way.
     */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/api") || path.startsWith(API_PATH)
                || MONITORING_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /**
     * A state-changing request sent by a page of another site: a browser adds the session cookie or the Basic
     * credentials it remembers, so such requests are refused rather than trusted, on the API and the pages
     * alike (a page's postback also needs its view state, but that is no reason to let another site try). The
     * sending page's origin is the Origin header, or where it is missing the Referer's scheme, host and port;
     * with neither (a program, not a browser's page) there is no other site to refuse. The origin must be
     * this portal's exactly: its scheme (https when reached over TLS or behind a proxy that ends it, see
     * {@link SecureSessionCookie#SETTING}, otherwise http), host and port.
     */
    static boolean crossSiteWrite(HttpServletRequest request) {
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD") || request.getMethod().equals("OPTIONS")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return false;
            }
            origin = originOf(referer);
        }
        String host = request.getHeader("Host");
        return host == null || origin == null || !origin.equalsIgnoreCase(ownScheme(request) + "://" + host);
    }

    private static final boolean BEHIND_TLS_PROXY = org.minewatch.infrastructure.EnvironmentSettings.value(SecureSessionCookie.SETTING)
            .map(Boolean::parseBoolean).orElse(false);

    private static String ownScheme(HttpServletRequest request) {
        return request.isSecure() || BEHIND_TLS_PROXY ? "https" : "http";
    }

    /** {@code scheme://host[:port]} of an address, or null when it has none (a relative or malformed one). */
    private static String originOf(String address) {
        try {
            java.net.URI uri = new java.net.URI(address);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** A page's refusal: the forbidden page, through the container's error page. */
    private static AuthenticationStatus forbiddenPage(HttpServletResponse response) {
        try {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (IOException e) {
            // the client has gone: nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
