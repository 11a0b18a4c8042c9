package dev.artificer.infrastructure.schwab.standin;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What the stand-in checks of a placed order before accepting it, as Schwab's order validation would. */
final class OrderCheck {

    private static final Set<String> TYPES = Set.of("MARKET", "LIMIT");
    private static final Set<String> SESSIONS = Set.of("NORMAL", "AM", "PM", "SEAMLESS");
    private static final Set<String> DURATIONS = Set.of("DAY", "GOOD_TILL_CANCEL", "FILL_OR_KILL");
    private static final Set<String> INSTRUCTIONS = Set.of("BUY", "SELL", "BUY_TO_COVER", "SELL_SHORT");

    private OrderCheck() {
    }

    /**
     * The first problem of a placed order.
     *
     * @param order the order body
     * @return what is wrong, or null when the order is acceptable
     */
    static String problem(JsonNode order) {
        if (!order.isObject()) {
            return "the order must be a JSON object";
        }
        String type = order.path("orderType").asString("");
        if (!TYPES.contains(type)) {
            return "orderType must be MARKET or LIMIT in the stand-in (got '" + type + "')";
        }
        if (!SESSIONS.contains(order.path("session").asString(""))
                || !DURATIONS.contains(order.path("duration").asString(""))
                || !"SINGLE".equals(order.path("orderStrategyType").asString(""))) {
            return "session, duration and orderStrategyType SINGLE are required";
        }
        if (type.equals("LIMIT") != order.has("price")) {
            return "a price is required for LIMIT orders and not allowed for MARKET orders";
        }
        if (order.has("price") && !(order.path("price").asDouble(0) > 0)) {
            return "the price must be a positive number";
        }
        JsonNode legs = order.path("orderLegCollection");
        if (!legs.isArray() || legs.size() != 1) {
            return "a single order needs exactly one leg in orderLegCollection";
        }
        JsonNode leg = legs.path(0);
        if (!INSTRUCTIONS.contains(leg.path("instruction").asString(""))) {
            return "the leg's instruction must be an equity instruction";
        }
        if (!leg.path("quantity").isNumber() || leg.path("quantity").doubleValue() <= 0) {
            return "the leg's quantity must be a positive number";
        }
        JsonNode instrument = leg.path("instrument");
        if (instrument.path("symbol").asString("").isBlank() || !"EQUITY".equals(instrument.path("assetType").asString(""))) {
            return "the leg needs an EQUITY instrument with a symbol";
        }
        return null;
    }
}
