package org.wps.commitments.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, any request whose parameters or JSON body carry the NUL character (U+0000, raw or as the JSON
 * escape {@code \u0000}). No text a person types contains it, and PostgreSQL cannot store it: left to the database
 * it fails the statement, which callers would see as a server error instead of an answer about their input. It
 * runs after Spring Security (an anonymous caller still gets 401) and covers our API, the engine REST API and the
 * webapps' API alike. Multipart uploads (deployments) are left to their parsers, which refuse NUL in XML.
 */
class NulCharacterFilter extends OncePerRequestFilter {

    /** The JSON escape of U+0000, in any case, not preceded by an escaped backslash's own backslash. */
    private static final Pattern ESCAPED_NUL =
            Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u0000", Pattern.CASE_INSENSITIVE);

    /** Bodies larger than this are not buffered for the check (our JSON payloads are a few kilobytes). */
    private static final int MAX_CHECKED_BODY = 2 * 1024 * 1024;

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
            var registration = new FilterRegistrationBean<>(new NulCharacterFilter());
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNulParameter(request)) {
            refuse(request, response);
            return;
        }
        String contentType = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || contentType.startsWith("multipart/")) {
            // their fields are the parameters just checked
            chain.doFilter(request, response);
            return;
        }
        InputStream in = request.getInputStream();
        byte[] start = in.readNBytes(MAX_CHECKED_BODY + 1);
        if (start.length <= MAX_CHECKED_BODY && hasNul(start, charsetOf(request))) {
            refuse(request, response);
            return;
        }
        // a body too large to check is passed on whole: what was read, then the rest of the stream
        chain.doFilter(
                new ReplayedBodyRequest(request, new SequenceInputStream(new ByteArrayInputStream(start), in)),
                response);
    }

    private static boolean hasNulParameter(HttpServletRequest request) {
        if (request.getQueryString() != null
                && request.getQueryString().toLowerCase(Locale.ROOT).contains("%00")) {
            return true;
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasNul(byte[] body, Charset charset) {
        for (byte b : body) {
            if (b == 0) {
                return true;
            }
        }
        return ESCAPED_NUL.matcher(new String(body, charset)).find();
    }

    private static Charset charsetOf(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String message = "Text must not contain the NUL character (U+0000).";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            // the engine REST API's own error shape, as its clients (the webapps, scripts) expect it
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"InvalidRequestException\",\"message\":\"" + message + "\",\"code\":0}");
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + message
                            + "\"}");
        }
    }

    /** The request with its body already read, replayed to the rest of the chain. */
    private static final class ReplayedBodyRequest extends HttpServletRequestWrapper {

        private final ServletInputStream body;
        private boolean finished;

        ReplayedBodyRequest(HttpServletRequest request, InputStream in) {
            super(request);
            this.body = new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = in.read(b, off, len);
                    finished = n < 0;
                    return n;
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(body, charsetOf(this)));
        }
    }
}
