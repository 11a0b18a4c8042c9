package dev.artificer.infrastructure.schwab.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the stand-in received.
 *
 * @param method        the HTTP method
 * @param path          the path
 * @param query         the decoded query parameters
 * @param authorization the Authorization header, or null
 * @param contentType   the Content-Type header, or null
 * @param form          the decoded form body parameters (empty for non-form bodies)
 * @param arrivedNanos  when the request arrived, on {@link System#nanoTime()}'s scale
 */
public record Recorded(String method, String path, Map<String, String> query, String authorization,
                       String contentType, Map<String, String> form, long arrivedNanos) {

    static Map<String, String> decode(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
