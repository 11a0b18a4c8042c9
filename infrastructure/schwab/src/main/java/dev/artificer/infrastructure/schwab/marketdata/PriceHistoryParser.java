package dev.artificer.infrastructure.schwab.marketdata;

import dev.artificer.component.market.Bar;
import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads Schwab's {@code CandleList}: candles with epoch-millisecond {@code datetime}, OHLC and volume. Candles that
 * start after now are rejected: no such bar can have happened yet.
 */
final class PriceHistoryParser {

    private PriceHistoryParser() {
    }

    static PriceHistory parse(String body, PriceHistoryRequest request, Instant now) {
        String what = "price history of " + request.symbol();
        JsonNode root = JsonBody.object(JsonBody.read(body, what), what);
        List<Bar> bars = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int index = 0;
        for (JsonNode candle : JsonBody.array(root, "candles", what)) {
            String where = what + ", candle " + index++;
            try {
                Bar bar = bar(candle, request, where);
                if (bar.start().isAfter(now)) {
                    rejected.add(where + ": starts at " + bar.start() + ", after now (" + now + ")");
                } else {
                    bars.add(bar);
                }
            } catch (IllegalArgumentException invalid) {
                rejected.add(where + ": " + invalid.getMessage());
            }
        }
        Long previousCloseDate = JsonBody.optionalLong(root, "previousCloseDate");
        return new PriceHistory(request.symbol(), request.timeframe(), bars, rejected,
                JsonBody.optionalDouble(root, "previousClose"),
                previousCloseDate == null ? null : Instant.ofEpochMilli(previousCloseDate),
                HistoryRange.notices(request, bars, now));
    }

    private static Bar bar(JsonNode candle, PriceHistoryRequest request, String what) {
        Instant start = Instant.ofEpochMilli(JsonBody.requiredLong(candle, "datetime", what));
        double open = JsonBody.requiredDouble(candle, "open", what);
        double high = JsonBody.requiredDouble(candle, "high", what);
        double low = JsonBody.requiredDouble(candle, "low", what);
        double close = JsonBody.requiredDouble(candle, "close", what);
        long volume = JsonBody.requiredLong(candle, "volume", what);
        return new Bar(request.symbol(), request.timeframe(), start, open, high, low, close, volume);
    }
}
