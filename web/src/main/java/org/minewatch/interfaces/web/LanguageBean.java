package org.minewatch.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the pages for this visit: first the best match of the browser's languages among those
 * faces-config supports (English by default, Spanish), then whatever the user picks in the header, kept for
 * the session. Every page applies it through the template's {@code f:view}, so labels, alert sentences,
 * numbers and dates all follow it.
 */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = negotiated(FacesContext.getCurrentInstance().getExternalContext().getRequestLocales(), supported());
        }
        return locale;
    }

    /** The language this visit has been given or has chosen, if a page has been shown to it yet. */
    public Optional<Locale> chosen() {
        return Optional.ofNullable(locale);
    }

    /**
     * The language of an answer written before Faces sees the request (a request refused as a whole, such as an
     * oversized form): the one the session's pages speak, or, before any page, the browser's, as a page would
     * negotiate it. Asks nothing of a request without a session, so that a refusal does not create one.
     */
    public static Locale of(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            Optional<Locale> chosen = CDI.current().select(LanguageBean.class).get().chosen();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return negotiated(request.getLocales().asIterator(),
                supported(((ApplicationFactory) FactoryFinder.getFactory(FactoryFinder.APPLICATION_FACTORY)).getApplication()));
    }

    /**
     * The first of the browser's languages (Accept-Language, in its order of preference) that the portal
     * speaks, matched by language alone (es-PE and es-MX get es); the default language when none is.
     */
    private static Locale negotiated(Iterator<Locale> preferred, List<Locale> supported) {
        while (preferred.hasNext()) {
            String language = preferred.next().getLanguage();
            for (Locale candidate : supported) {
                if (candidate.getLanguage().equals(language)) {
                    return candidate;
                }
            }
        }
        return supported.get(0);
    }

    /** The language's code, en or es, for the header's menu. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        Locale chosen = Locale.forLanguageTag(language);
        if (supported().stream().anyMatch(l -> l.getLanguage().equals(chosen.getLanguage()))) {
            locale = chosen;
        }
    }

    /** The languages offered, each named in its own language (English, Español). */
    public List<Locale> getLanguages() {
        return supported();
    }

    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static List<Locale> supported() {
        return supported(FacesContext.getCurrentInstance().getApplication());
    }

    /** faces-config's languages, its default first. */
    private static List<Locale> supported(Application application) {
        List<Locale> languages = new ArrayList<>();
        languages.add(application.getDefaultLocale());
        for (Iterator<Locale> it = application.getSupportedLocales(); it.hasNext(); ) {
            Locale supported = it.next();
            if (!languages.contains(supported)) {
                languages.add(supported);
            }
        }
        return languages;
    }

    /**
     * After a change of language, the same page again from the start, so that everything on it is written
     * anew in the new language (an ajax update of parts would leave the rest in the old one), at the address
     * the browser shows, with its parameters (the dashboard's mine and quarter, guidance's year and as-of): the
     * ajax request's Referer, which the portal's same-origin referrer policy sends whole. Another origin's
     * address, or none, gives the page without parameters.
     */
    public void reload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String page = external.getRequestContextPath() + faces.getViewRoot().getViewId();
        external.redirect(sameOriginAddress(external.getRequestHeaderMap().get("Referer"), external).orElse(page));
    }

    private static Optional<String> sameOriginAddress(String referer, ExternalContext external) {
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme()) && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() == -1 ? ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80) : uri.getPort());
            String path = uri.getRawPath();
            if (!sameOrigin || path == null || !path.startsWith(external.getRequestContextPath() + "/") || path.contains("..")) {
                return Optional.empty();
            }
            return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A moment written as the user's language writes dates and times, in the server's time zone, which it
     * names: "Oct 24, 2011, 10:00 AM UTC", "24 oct 2011, 10:00 UTC".
     */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT).appendLiteral(' ')
                .appendZoneText(TextStyle.SHORT).toFormatter(getLocale()).withZone(ZoneId.systemDefault());
        return format.format(instant);
    }
}
