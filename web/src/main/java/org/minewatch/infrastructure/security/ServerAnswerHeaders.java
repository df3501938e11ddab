package org.minewatch.infrastructure.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security headers ({@link SecurityHeadersFilter#HEADERS}) on the answers Payara gives before any
 * application code runs (issue 15): a request Grizzly's HTTP codec refuses while it reads the header (a GET with
 * a body, a malformed request line: {@code HttpServerFilter.onHttpHeaderError} writes a bare 400) and a request
 * the web container refuses before it picks an application ({@code CoyoteAdapter.postParseRequest}:
 * {@code sendError(400, "Invalid URI")} for {@code /a%00b}). No filter, valve or error page of an application
 * reaches these, and the listener's {@code http} settings know no header list (README, "Known issues").
 *
 * <p>What does reach them is the codec itself: every HTTP listener's codec filter takes monitoring probes
 * ({@code HttpCodecFilter.getMonitoringConfig()}), and it tells them about a request's header once it is read
 * ({@code onHeaderParseEvent}) and about a header it cannot accept ({@code onErrorEvent}), in both cases before
 * it writes any answer. The probe puts the headers on the answer that belongs to that request, so whoever
 * answers - Grizzly, the web container or the portal - answers with them. The portal's own filter sets the same
 * values again (and again after the container clears the headers for an error page), so nothing is doubled, and
 * Payara's {@code xframe-options} ({@code SAMEORIGIN}, added only when the answer has no X-Frame-Options) stays
 * off.
 *
 * <p>Payara's classes are not on the WAR's compile path (no artifact of them but the whole Payara Micro jar), so
 * they are reached by name through Payara's service locator ({@code Globals}, {@code GrizzlyService}) and the
 * probe is a proxy of Grizzly's {@code HttpProbe}. Both ways the portal runs go through here: the
 * {@code minewatch.jar} bundle and {@code payara-micro.jar} with the WAR. Should a Payara upgrade move these
 * classes, the start logs a warning and the portal runs as before, without the headers on Payara's own 400s
 * ({@code HostileClientIT} fails then). The probe is removed when the application stops, so that a redeploy
 * neither doubles it nor keeps the old application's classes alive.
 */
@WebListener
public class ServerAnswerHeaders implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ServerAnswerHeaders.class.getName());

    /** The codec filters' monitoring configurations the probe was added to, and the probe, to remove it on stop. */
    private final List<Object> monitoringConfigs = new ArrayList<>();
    private Object probes;
    private Method removeProbes;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            List<String> listeners = install();
            LOG.info("The security headers are put on every answer of the HTTP listeners " + listeners
                    + ", Payara's own refusals included");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Payara's own answers (e.g. its 400 for a URI it cannot decode) will lack the security"
                    + " headers: its HTTP listeners could not be reached", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Object config : monitoringConfigs) {
            try {
                removeProbes.invoke(config, probes);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "The security headers' probe could not be removed from an HTTP listener", e);
            }
        }
        monitoringConfigs.clear();
    }

    /** Adds the probe to every running HTTP listener's codec; answers the listeners' names and ports. */
    private List<String> install() throws ReflectiveOperationException {
        // the server's classes, as Payara Micro's application class loader lets an application see them
        ClassLoader server = ServerAnswerHeaders.class.getClassLoader();
        Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, server);
        Class<?> grizzlyServiceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, server);
        Class<?> serviceLocator = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, server);
        Class<?> networkListenerConfig = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true, server);
        Class<?> grizzlyProxy = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyProxy", true, server);
        Class<?> genericListener = Class.forName("org.glassfish.grizzly.config.GenericGrizzlyListener", true, server);
        Class<?> codecFilter = Class.forName("org.glassfish.grizzly.http.HttpCodecFilter", true, server);
        Class<?> monitoringConfig = Class.forName("org.glassfish.grizzly.monitoring.MonitoringConfig", true, server);
        Class<?> httpProbe = Class.forName("org.glassfish.grizzly.http.HttpProbe", true, server);

        Object grizzlyService = globals.getMethod("get", Class.class).invoke(null, grizzlyServiceType);
        Object locator = grizzlyServiceType.getMethod("getHabitat").invoke(grizzlyService);
        List<?> listenerConfigs = (List<?>) serviceLocator.getMethod("getAllServices", Type.class, Annotation[].class)
                .invoke(locator, networkListenerConfig, new Annotation[0]);

        Object probe = Proxy.newProxyInstance(httpProbe.getClassLoader(), new Class<?>[] {httpProbe}, new HeaderSetter(server));
        probes = Array.newInstance(httpProbe, 1);
        Array.set(probes, 0, probe);
        Method addProbes = monitoringConfig.getMethod("addProbes", Object[].class);
        removeProbes = monitoringConfig.getMethod("removeProbes", Object[].class);

        List<String> listeners = new ArrayList<>();
        // the locator may name one listener's configuration more than once: each listener once
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object listenerConfig : listenerConfigs) {
            // a listener that is configured but not running (e.g. the TLS one without --sslport) has no proxy
            Object networkProxy = grizzlyServiceType.getMethod("lookupNetworkProxy", networkListenerConfig)
                    .invoke(grizzlyService, listenerConfig);
            if (!grizzlyProxy.isInstance(networkProxy)) {
                continue;
            }
            Object listener = grizzlyProxy.getMethod("getUnderlyingListener").invoke(networkProxy);
            if (!genericListener.isInstance(listener) || !seen.add(listener)) {
                continue;
            }
            List<?> codecs = (List<?>) genericListener.getMethod("getFilters", Class.class).invoke(listener, codecFilter);
            for (Object codec : codecs) {
                Object config = codecFilter.getMethod("getMonitoringConfig").invoke(codec);
                addProbes.invoke(config, probes);
                monitoringConfigs.add(config);
            }
            if (!codecs.isEmpty()) {
                listeners.add(genericListener.getMethod("getName").invoke(listener) + ":" + genericListener.getMethod("getPort").invoke(listener));
            }
        }
        if (listeners.isEmpty()) {
            throw new IllegalStateException("no HTTP listener with an HTTP codec among " + listenerConfigs.size() + " network listeners");
        }
        return listeners;
    }

    /**
     * The probe: on a request's header read, or refused, the headers go on that request's answer. Every other
     * event is ignored. Runs on Grizzly's worker threads for every request, so it only looks up and sets.
     */
    private static final class HeaderSetter implements InvocationHandler {

        private final Class<?> requestPacket;
        private final Class<?> responsePacket;
        private final Class<?> httpContent;
        private final Method getResponse;
        private final Method getHttpHeader;
        private final Method setHeader;

        HeaderSetter(ClassLoader server) throws ReflectiveOperationException {
            requestPacket = Class.forName("org.glassfish.grizzly.http.HttpRequestPacket", true, server);
            responsePacket = Class.forName("org.glassfish.grizzly.http.HttpResponsePacket", true, server);
            httpContent = Class.forName("org.glassfish.grizzly.http.HttpContent", true, server);
            Class<?> httpHeader = Class.forName("org.glassfish.grizzly.http.HttpHeader", true, server);
            getResponse = requestPacket.getMethod("getResponse");
            getHttpHeader = httpContent.getMethod("getHttpHeader");
            setHeader = httpHeader.getMethod("setHeader", String.class, String.class);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws ReflectiveOperationException {
            switch (method.getName()) {
                case "onHeaderParseEvent", "onErrorEvent" -> {
                    // (connection, the request's header, ...) and (connection, the packet in error, cause)
                    Object answer = answerTo(args[1]);
                    if (answer != null) {
                        for (Map.Entry<String, String> header : SecurityHeadersFilter.HEADERS.entrySet()) {
                            setHeader.invoke(answer, header.getKey(), header.getValue());
                        }
                    }
                    return null;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "MineWatch security headers";
                }
                default -> {
                    return null;
                }
            }
        }

        /** The answer a packet belongs to: a request's own, an answer itself, or a body part's header's. */
        private Object answerTo(Object packet) throws ReflectiveOperationException {
            if (httpContent.isInstance(packet)) {
                packet = getHttpHeader.invoke(packet);
            }
            if (requestPacket.isInstance(packet)) {
                return getResponse.invoke(packet);
            }
            return responsePacket.isInstance(packet) ? packet : null;
        }
    }
}
