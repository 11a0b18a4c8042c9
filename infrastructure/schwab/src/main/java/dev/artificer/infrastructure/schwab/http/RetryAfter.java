package dev.artificer.infrastructure.schwab.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} header: delay seconds or an HTTP date (RFC 9110). */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait the header asks for.
     *
     * @param header the header value, if any
     * @param now    the current instant, for HTTP dates
     * @return the wait, never negative; empty when the header is missing or unreadable
     */
    static Optional<Duration> parse(Optional<String> header, Instant now) {
        return header.map(String::strip).flatMap(value -> seconds(value).or(() -> date(value, now)));
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> date(String value, Instant now) {
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
