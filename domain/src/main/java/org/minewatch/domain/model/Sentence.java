package org.minewatch.domain.model;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence kept as what it says rather than in one language: the key of its template in a bundle of
 * sentences ({@link SentenceBundle}: the release reader's or the rules' findings, and their translations) and its
 * arguments, so that an alert stored once, or a parser's warning, reads in English to one user and in Spanish to the
 * next, with the figures written as each reader's locale writes numbers. An argument is a number, a text that no language translates (a metal
 * symbol, a unit, a period code, a mine's name), a date, a nested sentence, or a list of sentences (shown
 * one after the other, separated by semicolons).
 */
public final class Sentence {

    // Json.createX looks the provider up anew on every call (a service-loader scan): look it up once
    private static final JsonProvider JSON = JsonProvider.provider();

    private final String key;
    private final List<Object> arguments;

    public Sentence(String key, Object... arguments) {
        this.key = Objects.requireNonNull(key, "key");
        Object[] normalized = arguments.clone();
        for (int i = 0; i < normalized.length; i++) {
            requireArgument(normalized[i]);
            // whole numbers as Long and others as Double, as they come back from storage: equal either way
            if (normalized[i] instanceof Integer || normalized[i] instanceof Short || normalized[i] instanceof Byte) {
                normalized[i] = ((Number) normalized[i]).longValue();
            } else if (normalized[i] instanceof Float f) {
                normalized[i] = f.doubleValue();
            }
        }
        this.arguments = Collections.unmodifiableList(Arrays.asList(normalized));
    }

    private static void requireArgument(Object argument) {
        boolean allowed = argument == null || argument instanceof Number || argument instanceof String || argument instanceof LocalDate
                || argument instanceof Sentence || argument instanceof List<?> list && list.stream().allMatch(Sentence.class::isInstance);
        if (!allowed) {
            throw new IllegalArgumentException("A sentence's argument is a number, text, date, sentence or list of sentences, not " + argument.getClass());
        }
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The sentence in a locale's words and number formats. */
    public String in(Locale locale) {
        return SentenceBundle.render(this, locale);
    }

    /** In English, the language of logs and of the API. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Sentence s && key.equals(s.key) && arguments.equals(s.arguments);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + arguments.hashCode();
    }

    /**
     * The arguments as a JSON array, to be stored beside the key: numbers and texts as themselves, a date as
     * {@code {"date": "2012-02-14"}}, a sentence as {@code {"key": ..., "args": [...]}}, a list of sentences
     * as an array of those.
     */
    public String argumentsJson() {
        return arguments(arguments).build().toString();
    }

    private static JsonArrayBuilder arguments(List<?> arguments) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        for (Object argument : arguments) {
            if (argument == null) {
                json.addNull();
            } else if (argument instanceof Long l) {
                json.add(l);
            } else if (argument instanceof Number n && Double.isFinite(n.doubleValue())) {
                json.add(n.doubleValue());
            } else if (argument instanceof Number n) {
                json.add(n.toString());
            } else if (argument instanceof String s) {
                json.add(s);
            } else if (argument instanceof LocalDate date) {
                json.add(JSON.createObjectBuilder().add("date", date.toString()));
            } else if (argument instanceof Sentence sentence) {
                json.add(JSON.createObjectBuilder().add("key", sentence.key).add("args", arguments(sentence.arguments)));
            } else {
                json.add(arguments((List<?>) argument));
            }
        }
        return json;
    }

    /** The sentence stored as a key and {@link #argumentsJson()}. */
    public static Sentence of(String key, String argumentsJson) {
        try (var reader = JSON.createReader(new StringReader(argumentsJson))) {
            return new Sentence(key, arguments(reader.readArray()).toArray());
        }
    }

    private static List<Object> arguments(JsonArray json) {
        List<Object> arguments = new ArrayList<>();
        for (JsonValue value : json) {
            arguments.add(argument(value));
        }
        return arguments;
    }

    private static Object argument(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            // written from a Long without a point or exponent, from a Double always with one of them
            case NUMBER -> value.toString().matches("-?\\d+") ? (Object) ((JsonNumber) value).longValue() : (Object) ((JsonNumber) value).doubleValue();
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> value.asJsonArray().stream().map(Sentence::sentence).toList();
            case OBJECT -> value.asJsonObject().containsKey("date") ? LocalDate.parse(value.asJsonObject().getString("date")) : sentence(value);
            default -> throw new IllegalArgumentException("Not a sentence's argument: " + value);
        };
    }

    private static Sentence sentence(JsonValue value) {
        JsonObject object = value.asJsonObject();
        return new Sentence(object.getString("key"), arguments(object.getJsonArray("args")).toArray());
    }
}
