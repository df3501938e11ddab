package org.minewatch.interfaces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.minewatch.infrastructure.security.MineWatchAuthenticationMechanism;
import org.minewatch.interfaces.web.LanguageBean;
import org.minewatch.interfaces.web.PageTexts;

/**
 * Every request body is bounded before anything parses it: a JSON body (the API's writes: a comment, the
 * thresholds) at {@value #JSON_BYTES} bytes, a form post of a page at {@value #FORM_BYTES} (the server's own
 * bound for parsing a form, so that a larger one is refused here with a message rather than failing inside
 * Faces with a 500), a file upload at {@value #MULTIPART_BYTES} (the Faces servlet's multipart-config in
 * web.xml), any other body (the import's text or CSV) at {@value #OTHER_BYTES}. A larger body gets 413 with a
 * message that names the limit: JSON {@code {"status", "error"}} in English on the API, plain text on the pages in
 * the language the pages speak to the visitor.
 *
 * <p>A declared Content-Length over the limit is refused without reading a byte. A body sent in chunks (no
 * length) is read here up to the limit and handed on from memory, so nothing after this filter ever sees more
 * than the limit; a chunked form is left to the server's parser, whose own bound ({@value #FORM_BYTES}) is
 * turned into the same 413.
 */
@WebFilter(filterName = "RequestBodyLimitFilter", urlPatterns = "/*")
public class RequestBodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final int JSON_BYTES = 64 * 1024;
    public static final int FORM_BYTES = 2 * 1024 * 1024;
    public static final int MULTIPART_BYTES = 10_500_000;
    public static final int OTHER_BYTES = 5 * 1024 * 1024;
    private static final long DISCARD_BYTES = 32L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        Limit limit = Limit.of(request.getContentType());
        if (length > limit.bytes) {
            tooLarge(request, response, limit);
            return;
        }
        if (chunked && limit == Limit.FORM) {
            try {
                request.getParameterMap(); // the server's parser, bounded by its own maximum post size
            } catch (IllegalStateException e) {
                tooLarge(request, response, limit);
                return;
            }
        } else if (chunked && limit != Limit.MULTIPART) {
            byte[] body = readAtMost(request.getInputStream(), limit.bytes);
            if (body == null) {
                tooLarge(request, response, limit);
                return;
            }
            request = new BufferedBody(request, body);
        }
        chain.doFilter(request, response);
    }

    /** The body's bytes, or null when it has more than {@code max}. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * The 413, then the rest of the body read and thrown away, unparsed: a client that sends its whole body
     * before it reads the answer (Java's HttpClient on a kept-alive connection, say) would otherwise see a broken
     * connection rather than the 413. Up to {@value #DISCARD_BYTES} bytes of a declared length; a longer or
     * chunked body has the connection closed instead, so that a client cannot keep a thread busy indefinitely.
     */
    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, Limit limit) throws IOException {
        long length = request.getContentLengthLong();
        boolean discard = length > 0 && length <= DISCARD_BYTES;
        if (!discard) {
            response.setHeader("Connection", "close");
        }
        if (MineWatchAuthenticationMechanism.isApi(request)) {
            // the API speaks English, on every answer
            MineWatchAuthenticationMechanism.writeError(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limit.message(Locale.ENGLISH));
        } else {
            // a page's visitor reads it in the pages' language
            Locale language = LanguageBean.of(request);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", language.toLanguageTag());
            response.getWriter().write(limit.message(language));
        }
        response.flushBuffer();
        if (discard) {
            try (InputStream rest = request.getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                while (rest.read(buffer) != -1) {
                    // thrown away
                }
            } catch (IOException | IllegalStateException e) {
                // the client went, or the body was taken by the form parser: nothing more to read
            }
        }
    }

    /** Which limit a body falls under, by its declared type; its message is the pages' text {@code request.tooLarge.<name>}. */
    enum Limit {
        JSON(JSON_BYTES, "json"),
        FORM(FORM_BYTES, "form"),
        MULTIPART(MULTIPART_BYTES, "upload"),
        OTHER(OTHER_BYTES, "other");

        final int bytes;
        private final String name;

        Limit(int bytes, String name) {
            this.bytes = bytes;
            this.name = name;
        }

        /** "The request is too large: a form may send at most 2 MB (2,097,152 bytes)." in the language given. */
        String message(Locale language) {
            return PageTexts.text(language, "request.tooLarge." + name, bytes);
        }

        static Limit of(String contentType) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("application/x-www-form-urlencoded")) {
                return FORM;
            }
            if (type.startsWith("multipart/")) {
                return MULTIPART;
            }
            if (type.startsWith("application/json") || type.matches("application/[^;]*\\+json.*")) {
                return JSON;
            }
            return OTHER;
        }
    }

    /** A request whose body was read here already (a chunked one, to count it). */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
