package dev.artificer.infrastructure.schwab.stream.bench;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.stream.FrameHandler;
import dev.artificer.infrastructure.schwab.stream.LevelOneQuote;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference: the same LEVELONE_EQUITIES frames read the way this module reads REST answers, with Jackson's
 * tree model ({@code JsonMapper.readTree}) and the same merge into the symbol's previous quote.
 */
final class TreeFrameReader {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final Map<Symbol, LevelOneQuote> quotes = new HashMap<>();

    void read(String frame, FrameHandler handler) {
        JsonNode root = JSON.readTree(frame);
        for (JsonNode data : root.path("data")) {
            if (!"LEVELONE_EQUITIES".equals(data.path("service").asString())) {
                continue;
            }
            long timestamp = data.path("timestamp").asLong();
            for (JsonNode item : data.path("content")) {
                Symbol symbol = Symbol.of(item.path("key").asString());
                LevelOneQuote before = quotes.getOrDefault(symbol, LevelOneQuote.empty(symbol));
                LevelOneQuote quote = new LevelOneQuote(symbol, price(item, "1", before.bid()),
                        price(item, "2", before.ask()), price(item, "3", before.last()),
                        whole(item, "4", before.bidSize()), whole(item, "5", before.askSize()),
                        whole(item, "8", before.totalVolume()), whole(item, "9", before.lastSize()),
                        whole(item, "34", before.quoteTimeMillis()), whole(item, "35", before.tradeTimeMillis()),
                        timestamp);
                quotes.put(symbol, quote);
                handler.quote(quote);
            }
        }
    }

    private static double price(JsonNode item, String field, double before) {
        JsonNode value = item.get(field);
        return value != null && value.isNumber() ? value.doubleValue() : before;
    }

    private static long whole(JsonNode item, String field, long before) {
        JsonNode value = item.get(field);
        return value != null && value.isNumber() ? value.longValue() : before;
    }
}
