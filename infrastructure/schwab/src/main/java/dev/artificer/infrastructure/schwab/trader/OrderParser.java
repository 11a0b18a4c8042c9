package dev.artificer.infrastructure.schwab.trader;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.json.JsonBody;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads Schwab's {@code Order} objects into {@link OrderReport}s; the average fill price is computed from the
 * {@code EXECUTION} activities' execution legs.
 */
final class OrderParser {

    private OrderParser() {
    }

    static OrderReport one(String body, String what) {
        return order(JsonBody.object(JsonBody.read(body, what), what), what);
    }

    static List<OrderReport> list(String body, String what) {
        JsonNode root = JsonBody.read(body, what);
        if (!root.isArray()) {
            throw new MalformedResponseException(what + ": expected a JSON array of orders in Schwab's answer");
        }
        List<OrderReport> orders = new ArrayList<>();
        for (JsonNode order : root) {
            orders.add(order(JsonBody.object(order, what), what));
        }
        return List.copyOf(orders);
    }

    private static OrderReport order(JsonNode order, String what) {
        double quantity = JsonBody.requiredDouble(order, "quantity", what);
        Double filled = JsonBody.optionalDouble(order, "filledQuantity");
        double filledQuantity = filled == null ? 0 : filled;
        Double remaining = JsonBody.optionalDouble(order, "remainingQuantity");
        JsonNode firstLeg = order.path("orderLegCollection").path(0);
        String closeTime = JsonBody.optionalText(order, "closeTime");
        return new OrderReport(
                JsonBody.requiredLong(order, "orderId", what),
                OrderStatus.fromWire(JsonBody.requiredText(order, "status", what)),
                JsonBody.optionalText(order, "statusDescription"),
                JsonBody.optionalText(firstLeg.path("instrument"), "symbol"),
                JsonBody.optionalText(firstLeg, "instruction"),
                JsonBody.optionalText(order, "orderType"),
                quantity,
                filledQuantity,
                remaining == null ? Math.max(0, quantity - filledQuantity) : remaining,
                JsonBody.optionalDouble(order, "price"),
                averageFillPrice(order),
                TraderTime.parse(JsonBody.requiredText(order, "enteredTime", what), "enteredTime", what),
                closeTime == null ? null : TraderTime.parse(closeTime, "closeTime", what),
                JsonBody.optionalText(order, "tag"));
    }

    private static Double averageFillPrice(JsonNode order) {
        double shares = 0;
        double cost = 0;
        for (JsonNode activity : order.path("orderActivityCollection")) {
            if (!"EXECUTION".equals(JsonBody.optionalText(activity, "activityType"))) {
                continue;
            }
            for (JsonNode leg : activity.path("executionLegs")) {
                Double legQuantity = JsonBody.optionalDouble(leg, "quantity");
                Double legPrice = JsonBody.optionalDouble(leg, "price");
                if (legQuantity != null && legPrice != null) {
                    shares += legQuantity;
                    cost += legQuantity * legPrice;
                }
            }
        }
        return shares > 0 ? cost / shares : null;
    }
}
