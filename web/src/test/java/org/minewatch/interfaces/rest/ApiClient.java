package org.minewatch.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP against the deployed portal, as any client of the API would call it. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    private ApiClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static ApiClient anonymous(URL base) throws Exception {
        return new ApiClient(base.toURI(), null);
    }

    public static ApiClient as(URL base, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(base.toURI(), "Basic " + token);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return get(path, "application/json");
    }

    /** A GET that accepts another type: the Prometheus text of /metrics, say. */
    public HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST or PUT of a JSON body. */
    HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(method, path, "application/json", json);
    }

    /** Any method with a body of the given type (none when {@code body} is null), and more headers as name, value, ... */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").header("Content-Type", contentType);
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonObject sendForObject(String method, String path, String json) throws Exception {
        HttpResponse<String> response = send(method, path, json);
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parseObject(response.body());
    }

    public JsonArray getArray(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return (JsonArray) parse(response.body());
    }

    static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    static JsonObject parseObject(String body) {
        return (JsonObject) parse(body);
    }
}
