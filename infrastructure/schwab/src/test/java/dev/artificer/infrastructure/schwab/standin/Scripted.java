package dev.artificer.infrastructure.schwab.standin;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A canned answer the stand-in gives instead of its normal one, e.g. a 429 with {@code Retry-After}.
 *
 * @param status  the HTTP status
 * @param body    the body
 * @param headers extra headers
 * @param delay   how long to wait before answering
 */
public record Scripted(int status, String body, Map<String, String> headers, Duration delay) {

    /**
     * An immediate answer with a JSON body.
     *
     * @param status the status
     * @param body   the body
     * @return the answer
     */
    public static Scripted answer(int status, String body) {
        return new Scripted(status, body, Map.of(), Duration.ZERO);
    }

    /**
     * Schwab's 500 answer.
     *
     * @return the answer
     */
    public static Scripted serverError() {
        return answer(500, "{\"errors\":[{\"id\":\"e1\",\"status\":\"500\",\"title\":\"Internal Server Error\"}]}");
    }

    /**
     * An HTTP 429 asking to wait some seconds.
     *
     * @param seconds the {@code Retry-After} value
     * @return the answer
     */
    public static Scripted tooManyRequests(int seconds) {
        return answer(429, "{\"errors\":[{\"status\":\"429\",\"title\":\"Too Many Requests\"}]}")
                .withHeader("Retry-After", String.valueOf(seconds));
    }

    /**
     * This answer with one more header.
     *
     * @param name  header name
     * @param value header value
     * @return the answer
     */
    public Scripted withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Scripted(status, body, Map.copyOf(more), delay);
    }

    /**
     * This answer, given only after a delay.
     *
     * @param wait the delay
     * @return the answer
     */
    public Scripted after(Duration wait) {
        return new Scripted(status, body, headers, wait);
    }
}
