package org.minewatch.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.minewatch.application.ImportService.Format;

/**
 * The body of an import, checked before anything reads it: text or CSV, at most 5 MB and 200,000 lines,
 * UTF-8, not binary, not markup. Each refusal is a 4xx with a message that names the problem.
 */
final class ImportInput {

    /** The same as every body that is neither JSON nor a form: RequestBodyLimitFilter refuses a larger one before it gets here. */
    static final int MAX_BYTES = org.minewatch.interfaces.RequestBodyLimitFilter.OTHER_BYTES;
    static final int MAX_LINES = 200_000;
    private static final Pattern MARKUP = Pattern.compile("(?is)^\\s*(<!doctype|<html|<\\?xml|<table|<div|<body|<p[ >]|<span)|<(table|tr|td|div|html|body)[\\s>]");

    private ImportInput() {
    }

    static Format format(MediaType type) {
        if (type == null) {
            throw refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Send the release as text/plain or figures as text/csv");
        }
        if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return Format.RELEASE_TEXT;
        }
        if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
            return Format.CSV;
        }
        throw refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content type " + type + " is not accepted: send text/plain (release text) or text/csv");
    }

    static String read(InputStream body) {
        byte[] bytes;
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is over 5 MB: import one release at a time");
                }
            }
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw refused(Response.Status.BAD_REQUEST, "The body could not be read: " + e.getMessage());
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw refused(Response.Status.BAD_REQUEST, "The body is empty: paste the release text or the CSV");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw refused(Response.Status.BAD_REQUEST, "The body is binary (it holds NUL bytes): copy the release's text, not the file");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(Response.Status.BAD_REQUEST, "The body is not UTF-8 text: save or paste it as UTF-8");
        }
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        if (lines > MAX_LINES) {
            throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body has " + lines + " lines, more than the " + MAX_LINES + " a release can have");
        }
        if (MARKUP.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text).find()) {
            throw refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, "The body is markup (HTML or XML): paste the release as plain text");
        }
        return text;
    }

    private static WebApplicationException refused(Response.Status status, String message) {
        return new WebApplicationException(message, ApiError.response(status, message));
    }
}
