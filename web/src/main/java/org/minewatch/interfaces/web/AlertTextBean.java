package org.minewatch.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.alert.AlertTransition;
import org.minewatch.rules.Finding;

/**
 * An alert in the page's language, wherever alerts are shown: what it found, written from its sentence's
 * key and arguments, and the steps of its history.
 */
@Named
@ApplicationScoped
public class AlertTextBean {

    /**
     * What the alert found, in the page's language. An alert stored before sentences were kept, or whose
     * sentence this version no longer knows, shows the English message it was stored with.
     */
    public String message(Alert alert) {
        if (alert.messageKey().isEmpty()) {
            return alert.message();
        }
        try {
            return Messages.said(Sentence.of(alert.messageKey().get(), alert.messageArguments().orElse("[]")));
        } catch (MissingResourceException | IllegalArgumentException | JsonException e) {
            return alert.message();
        }
    }

    /**
     * An alert's evidence, figure by figure, as "label: value" in the page's language, numbers to two decimals at
     * most (the rules' arithmetic leaves 6.489999999999995 where the reader wants 6.49). The projection's method is
     * left out: the alert's sentence says it.
     */
    public List<String> evidence(Alert alert) {
        JsonObject evidence;
        try (JsonReader reader = Json.createReader(new StringReader(alert.evidence() == null ? "{}" : alert.evidence()))) {
            evidence = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            return List.of(alert.evidence());
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        List<String> lines = new ArrayList<>();
        evidence.forEach((key, value) -> {
            if (key.equals("projectionMethod") || value.getValueType() == JsonValue.ValueType.NULL) {
                return;
            }
            String shown = switch (value.getValueType()) {
                case NUMBER -> number.format(((JsonNumber) value).doubleValue());
                case TRUE -> label("yes");
                case FALSE -> label("no");
                case STRING -> ((JsonString) value).getString();
                default -> value.toString();
            };
            lines.add(label(key) + ": " + shown);
        });
        return lines;
    }

    private static String label(String key) {
        try {
            return Messages.text("evidence." + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** What a finding (not yet an alert: in an import's preview) found, in the page's language. */
    public String message(Finding finding) {
        return Messages.said(finding.getSentence());
    }

    /**
     * A step of the alert's history in the page's language: what the evaluation did for the system's own
     * steps (their stored notes are English), the person's comment as written otherwise.
     */
    public String note(AlertTransition step) {
        if (!Alert.SYSTEM.equals(step.actor())) {
            return step.note().orElse("");
        }
        String key = step.from().isEmpty() ? "alerts.history.raised"
                : step.to() == AlertStatus.OPEN ? "alerts.history.foundAgain" : "alerts.history.notFound";
        return Messages.text(key);
    }
}
