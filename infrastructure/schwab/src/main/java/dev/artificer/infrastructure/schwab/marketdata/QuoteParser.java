package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads Schwab's quote answer: an object keyed by symbol, plus an {@code errors} entry listing
 * {@code invalidSymbols}.
 */
final class QuoteParser {

    private static final String WHAT = "quotes";
    private static final String ERRORS = "errors";

    private QuoteParser() {
    }

    static QuoteBatch parse(String body) {
        JsonNode root = JsonBody.object(JsonBody.read(body, WHAT), WHAT);
        Map<String, Quote> quotes = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (entry.getKey().equals(ERRORS)) {
                entry.getValue().path("invalidSymbols").values().forEach(symbol -> invalid.add(symbol.asString()));
            } else {
                quotes.put(entry.getKey(), quote(entry.getKey(), entry.getValue()));
            }
        }
        return new QuoteBatch(quotes, invalid);
    }

    private static Quote quote(String key, JsonNode entry) {
        String what = "quote of " + key;
        if (!entry.isObject()) {
            throw new MalformedResponseException(what + ": expected a JSON object in Schwab's answer");
        }
        JsonNode reference = entry.path("reference");
        JsonNode quote = entry.path("quote");
        JsonNode fundamental = entry.path("fundamental");
        String symbol = JsonBody.optionalText(entry, "symbol");
        return new Quote(symbol == null ? key : symbol,
                JsonBody.requiredText(entry, "assetMainType", what),
                JsonBody.optionalText(entry, "assetSubType"),
                entry.path("realtime").asBoolean(false),
                JsonBody.optionalText(reference, "description"),
                JsonBody.optionalText(reference, "exchangeName"),
                JsonBody.optionalText(reference, "cusip"),
                JsonBody.optionalDouble(quote, "bidPrice"),
                JsonBody.optionalDouble(quote, "askPrice"),
                JsonBody.optionalDouble(quote, "lastPrice"),
                JsonBody.optionalDouble(quote, "mark"),
                JsonBody.optionalDouble(quote, "openPrice"),
                JsonBody.optionalDouble(quote, "highPrice"),
                JsonBody.optionalDouble(quote, "lowPrice"),
                JsonBody.optionalDouble(quote, "closePrice"),
                JsonBody.optionalDouble(quote, "netChange"),
                JsonBody.optionalDouble(quote, "netPercentChange"),
                JsonBody.optionalLong(quote, "totalVolume"),
                JsonBody.optionalDouble(quote, "52WeekHigh"),
                JsonBody.optionalDouble(quote, "52WeekLow"),
                JsonBody.optionalEpochMillis(quote, "quoteTime"),
                JsonBody.optionalEpochMillis(quote, "tradeTime"),
                fundamental.isObject() ? JsonBody.bind(fundamental, QuoteFundamentals.class, what) : null);
    }
}
