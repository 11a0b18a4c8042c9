package dev.artificer.infrastructure.influxdb;

import com.influxdb.exceptions.InfluxException;
import java.time.Duration;
import java.util.Map;

/**
 * Turns the client library's exceptions into this module's exception types. Every message names the server
 * and the operation; the token is masked wherever it appears, and a cause whose message would reveal it is
 * left out.
 */
final class InfluxErrors {

    private static final String MASK = "****";

    private final String server;
    private final String token;

    InfluxErrors(String server, String token) {
        this.server = server;
        this.token = token;
    }

    InfluxAccessException translate(String operation, Throwable failure) {
        int status = failure instanceof InfluxException influx ? influx.status() : 0;
        String message = "influxdb " + server + ": " + operation + " failed: " + reason(failure, status);
        Throwable cause = revealsToken(failure) ? null : failure;
        if (status == 401 || status == 403) {
            return new InfluxAuthenticationException(message, status, cause);
        }
        if (status == 0 || status == 429 || status >= 500) {
            return new InfluxUnavailableException(message, status, retryAfter(failure), cause);
        }
        return new InfluxRejectedException(message, status, cause);
    }

    String mask(String text) {
        return text == null ? null : text.replace(token, MASK);
    }

    private String reason(Throwable failure, int status) {
        String text = failure.getMessage();
        if (text == null || text.isBlank()) {
            text = status == 0 ? failure.getClass().getSimpleName() : "HTTP " + status;
        }
        return mask(text);
    }

    private boolean revealsToken(Throwable failure) {
        for (Throwable next = failure; next != null; next = next.getCause()) {
            String text = next.getMessage();
            if (text != null && text.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static Duration retryAfter(Throwable failure) {
        if (!(failure instanceof InfluxException influx)) {
            return null;
        }
        for (Map.Entry<String, String> header : influx.headers().entrySet()) {
            if ("Retry-After".equalsIgnoreCase(header.getKey())) {
                try {
                    return Duration.ofSeconds(Long.parseLong(header.getValue().strip()));
                } catch (NumberFormatException notSeconds) {
                    return null;
                }
            }
        }
        return null;
    }
}
