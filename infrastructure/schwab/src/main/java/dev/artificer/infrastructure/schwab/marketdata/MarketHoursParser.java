package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Schwab's market-hours answer: {@code {"equity":{"EQ":{date, isOpen, sessionHours:{preMarket:[{start,end}],
 * regularMarket:[…], postMarket:[…]}}}}} with ISO times carrying their offset. Markets this client does not
 * know are skipped.
 */
final class MarketHoursParser {

    private static final String WHAT = "market hours";

    private MarketHoursParser() {
    }

    static List<MarketHours> parse(String body) {
        JsonNode root = JsonBody.object(JsonBody.read(body, WHAT), WHAT);
        List<MarketHours> hours = new ArrayList<>();
        for (Map.Entry<String, JsonNode> market : root.properties()) {
            Optional<Market> known = Arrays.stream(Market.values())
                    .filter(candidate -> candidate.wireName().equals(market.getKey()))
                    .findFirst();
            if (known.isPresent()) {
                for (Map.Entry<String, JsonNode> product : JsonBody.object(market.getValue(), WHAT).properties()) {
                    hours.add(product(known.get(), product.getKey(), product.getValue()));
                }
            }
        }
        return List.copyOf(hours);
    }

    private static MarketHours product(Market market, String product, JsonNode hours) {
        String what = WHAT + " of " + market.wireName() + " " + product;
        JsonNode sessions = hours.path("sessionHours");
        return new MarketHours(market, product, JsonBody.optionalText(hours, "productName"),
                date(JsonBody.requiredText(hours, "date", what), what),
                hours.path("isOpen").asBoolean(false),
                windows(sessions, "preMarket", what),
                windows(sessions, "regularMarket", what),
                windows(sessions, "postMarket", what));
    }

    private static List<SessionWindow> windows(JsonNode sessions, String field, String what) {
        List<SessionWindow> windows = new ArrayList<>();
        for (JsonNode window : sessions.path(field).values()) {
            windows.add(new SessionWindow(
                    time(JsonBody.requiredText(window, "start", what), what).toInstant(),
                    time(JsonBody.requiredText(window, "end", what), what).toInstant()));
        }
        return windows;
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new MalformedResponseException(what + ": date '" + text + "' is not YYYY-MM-DD");
        }
    }

    private static OffsetDateTime time(String text, String what) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new MalformedResponseException(what + ": time '" + text + "' is not an ISO time with offset");
        }
    }
}
