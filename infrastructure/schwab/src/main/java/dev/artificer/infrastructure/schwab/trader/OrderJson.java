package dev.artificer.infrastructure.schwab.trader;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link EquityOrder} in Schwab's order shape, as schwab-py's equity templates do:
 * {@code {"orderType":"LIMIT","session":"NORMAL","duration":"DAY","orderStrategyType":"SINGLE","price":"199.99",
 * "orderLegCollection":[{"instruction":"BUY","quantity":10,"instrument":{"symbol":"AAPL","assetType":"EQUITY"}}]}}.
 */
final class OrderJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    private OrderJson() {
    }

    static String write(EquityOrder order) {
        ObjectNode root = JSON.createObjectNode()
                .put("orderType", order.orderType())
                .put("session", "NORMAL")
                .put("duration", "DAY")
                .put("orderStrategyType", "SINGLE");
        if (order.limitPrice() != null) {
            root.put("price", order.limitPrice().toPlainString());
        }
        ObjectNode leg = root.putArray("orderLegCollection").addObject()
                .put("instruction", order.instruction().name())
                .put("quantity", order.quantity());
        leg.putObject("instrument").put("symbol", order.symbol().value()).put("assetType", "EQUITY");
        return root.toString();
    }
}
