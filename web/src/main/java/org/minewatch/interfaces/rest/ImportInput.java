package org.minewatch.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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

    /**
     * The body as text, checked. It holds the text once, as the string returned, and the body's bytes until then: no
     * growing buffer and its copy, no second string to ask whether it is blank, no array of decoded characters (for
     * a 5 MB body those were 8, 5, 5 and 10 MB more, measured in the README).
     *
     * @param declaredLength the Content-Length, or -1 when the body is sent in chunks (RequestBodyLimitFilter has read
     *                       such a body already, and bounded both)
     */
    static String read(InputStream body, long declaredLength) {
        byte[] bytes;
        try (InputStream in = body) {
            bytes = declaredLength >= 0 && declaredLength <= MAX_BYTES ? readExactly(in, (int) declaredLength) : readAtMost(in);
        } catch (IOException e) {
            throw refused(Response.Status.BAD_REQUEST, "The body could not be read: " + e.getMessage());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw refused(Response.Status.BAD_REQUEST, "The body is binary (it holds NUL bytes): copy the release's text, not the file");
            }
        }
        if (!isUtf8(bytes)) {
            throw refused(Response.Status.BAD_REQUEST, "The body is not UTF-8 text: save or paste it as UTF-8");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw refused(Response.Status.BAD_REQUEST, "The body is empty: paste the release text or the CSV");
        }
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        if (lines > MAX_LINES) {
            throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body has " + lines + " lines, more than the " + MAX_LINES + " a release can have");
        }
        if (MARKUP.matcher(text.length() > 20_000 ? text.subSequence(0, 20_000) : text).find()) {
            throw refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, "The body is markup (HTML or XML): paste the release as plain text");
        }
        return text;
    }

    /** A body of a declared length, into an array of that length. */
    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length); // into the array itself: readNBytes(length) reads into blocks, then copies them
        if (read < length) {
            throw new IOException("the body ended after " + read + " of its " + length + " bytes");
        }
        return bytes;
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is over 5 MB: import one release at a time");
        }
        return bytes;
    }

    /** Whether the bytes are well-formed UTF-8, decoded a block at a time rather than into a copy of the whole text. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(16 * 1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    /** Reads what is left of a body that will not be used and throws it away, at most the largest body accepted. */
    static void discard(InputStream body) {
        try (InputStream in = body) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while (read <= MAX_BYTES && (n = in.read(buffer)) != -1) {
                read += n;
            }
        } catch (IOException e) {
            // the client went: nothing more to read
        }
    }

    private static WebApplicationException refused(Response.Status status, String message) {
        return new WebApplicationException(message, ApiError.response(status, message));
    }
}
