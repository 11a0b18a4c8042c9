package dev.artificer.infrastructure.schwab.trader;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * The trader API's date-times: queries take {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} in UTC (as in Schwab's examples,
 * {@code 2024-03-29T00:00:00.000Z}); answers carry ISO-8601 with an offset such as {@code +0000} or {@code Z}.
 */
final class TraderTime {

    private static final DateTimeFormatter QUERY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ANSWER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private TraderTime() {
    }

    static String query(Instant instant) {
        return QUERY.format(instant);
    }

    static Instant parse(String text, String field, String what) {
        try {
            return OffsetDateTime.parse(text, ANSWER).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw new MalformedResponseException(what + ": '" + field + "' is not a date-time with an offset (got '"
                    + text + "')", unreadable);
        }
    }
}
