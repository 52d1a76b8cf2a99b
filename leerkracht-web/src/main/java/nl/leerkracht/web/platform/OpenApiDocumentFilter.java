package nl.leerkracht.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Payara 6.2025.10 adds a top-level {@code endpoints} field to the OpenAPI document, which is
 * not OpenAPI 3, so strict validators and client generators refuse the document (Payara prefixes
 * it with {@code x-} from early 2026 on, payara/Payara#7891). Until then this filter takes it out,
 * from the YAML and from the JSON form.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiDocumentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String FIELD = "endpoints";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Buffer buffer = new Buffer(response);
        chain.doFilter(request, buffer);
        if (buffer.sentError || response.isCommitted()) {
            // An error went to the error page, which writes its own answer: leave it alone.
            return;
        }
        String document = buffer.text();
        if (response.getStatus() == HttpServletResponse.SC_OK && !document.isEmpty()) {
            document =
                    document.stripLeading().startsWith("{") ? withoutFieldJson(document) : withoutFieldYaml(document);
        }
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    static String withoutFieldJson(String json) {
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            document = reader.readObject();
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder(document).remove(FIELD).build());
        }
        return out.toString();
    }

    /** The YAML without the top-level block {@code endpoints:} (the key at the start of a line, and its indented lines). */
    static String withoutFieldYaml(String yaml) {
        StringBuilder out = new StringBuilder(yaml.length());
        boolean skipping = false;
        for (String line : yaml.split("\n", -1)) {
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '-';
            if (topLevel) {
                skipping = line.startsWith(FIELD + ":");
            }
            if (!skipping) {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, Math.max(0, out.length() - 1));
    }

    /** Keeps what the OpenAPI servlet writes, to be passed on changed. */
    private static final class Buffer extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        private boolean sentError;

        Buffer(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sentError = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sentError = true;
            super.sendError(status, message);
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int len) {
            // set from the changed document
        }

        @Override
        public void setContentLengthLong(long len) {
            // set from the changed document
        }

        @Override
        public void flushBuffer() {
            // written at the end
        }
    }
}
