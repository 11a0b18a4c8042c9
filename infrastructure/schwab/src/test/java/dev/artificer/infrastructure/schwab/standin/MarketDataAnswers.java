package dev.artificer.infrastructure.schwab.standin;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The stand-in's market data answers, shaped like the examples in Schwab's market data specification. */
final class MarketDataAnswers {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final long FIRST_CANDLE = 1639137600000L;
    private static final long MINUTE = 60_000L;

    private MarketDataAnswers() {
    }

    static String quotes(String symbols, Set<String> known) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode invalid = JSON.createArrayNode();
        for (String symbol : symbols.split(",")) {
            if (!known.contains(symbol)) {
                invalid.add(symbol);
                continue;
            }
            ObjectNode entry = root.putObject(symbol)
                    .put("assetMainType", symbol.startsWith("$") ? "INDEX" : "EQUITY")
                    .put("symbol", symbol)
                    .put("quoteType", "NBBO")
                    .put("realtime", true)
                    .put("ssid", 1973757747);
            entry.putObject("reference").put("cusip", "037833100").put("description", symbol + " Inc")
                    .put("exchange", "Q").put("exchangeName", "NASDAQ");
            entry.putObject("quote").put("52WeekHigh", 169).put("52WeekLow", 1.1).put("askPrice", 168.41)
                    .put("bidPrice", 168.4).put("closePrice", 177.57).put("highPrice", 169).put("lastPrice", 168.405)
                    .put("lowPrice", 167.09).put("mark", 168.405).put("netChange", -9.165).put("openPrice", 167.37)
                    .put("quoteTime", 1644854683672L).put("totalVolume", 22361159).put("tradeTime", 1644854683408L);
            entry.putObject("fundamental").put("peRatio", 28.5).put("eps", 6.1).put("divYield", 0.5);
        }
        if (!invalid.isEmpty()) {
            root.putObject("errors").set("invalidSymbols", invalid);
        }
        return root.toString();
    }

    static String priceHistory(Map<String, String> query) {
        ObjectNode root = JSON.createObjectNode().put("symbol", query.get("symbol")).put("empty", false)
                .put("previousClose", 174.56).put("previousCloseDate", 1639029600000L);
        ArrayNode candles = root.putArray("candles");
        long step = "minute".equals(query.get("frequencyType"))
                ? MINUTE * Long.parseLong(query.getOrDefault("frequency", "1")) : 1440 * MINUTE;
        double[][] prices = {{175.01, 175.15, 175.01, 175.04}, {175.08, 175.09, 175.05, 175.05},
                {176.22, 176.27, 176.22, 176.25}};
        for (int index = 0; index < prices.length; index++) {
            candles.addObject()
                    .put("open", prices[index][0]).put("high", prices[index][1]).put("low", prices[index][2])
                    .put("close", prices[index][3]).put("volume", 1000L * (index + 1))
                    .put("datetime", FIRST_CANDLE + index * step);
        }
        return root.toString();
    }

    static String instruments(Map<String, String> query) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode instruments = root.putArray("instruments");
        for (String symbol : query.get("symbol").split(",")) {
            ObjectNode instrument = instruments.addObject().put("cusip", "037833100").put("symbol", symbol)
                    .put("description", symbol + " Inc").put("exchange", "NASDAQ").put("assetType", "EQUITY");
            if ("fundamental".equals(query.get("projection"))) {
                instrument.putObject("fundamental").put("symbol", symbol).put("high52", 199.62).put("low52", 164.08)
                        .put("peRatio", 27.6).put("epsTTM", 6.43).put("marketCap", 2740000.0)
                        .put("dividendYield", 0.5).put("dividendFreq", 4).put("beta", 1.29)
                        .put("nextDividendDate", "2024-05-10 00:00:00.0");
            }
        }
        return root.toString();
    }

    static String marketHours(String date) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode equity = root.putObject("equity").putObject("EQ").put("date", date).put("isOpen", true)
                .put("marketType", "EQUITY").put("product", "EQ").put("productName", "equity");
        ObjectNode sessions = equity.putObject("sessionHours");
        sessions.putArray("regularMarket").addObject()
                .put("start", date + "T09:30:00-04:00").put("end", date + "T16:00:00-04:00");
        sessions.putArray("preMarket").addObject()
                .put("start", date + "T07:00:00-04:00").put("end", date + "T09:30:00-04:00");
        return root.toString();
    }

    static String movers(String index) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("screeners").addObject().put("change", 10).put("description", "Mover of " + index)
                .put("direction", "up").put("last", 100).put("symbol", "ACME").put("totalVolume", 100);
        return root.toString();
    }
}
