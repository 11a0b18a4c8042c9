package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads and writes the columns an order is stored in: symbol, side, quantity, order_type, price, oco_group. */
final class OrderRows {

    private OrderRows() {
    }

    /** The price column's value: {@code null} for a market order. */
    static Double price(Order order) {
        return Double.isNaN(order.price()) ? null : order.price();
    }

    /** An order from the six columns starting at {@code first}, in the order listed above. */
    static Order order(ResultSet row, int first) throws SQLException {
        double price = row.getDouble(first + 4);
        boolean noPrice = row.wasNull();
        return new Order(Symbol.of(row.getString(first)), Side.valueOf(row.getString(first + 1)), row.getLong(first + 2),
                OrderType.valueOf(row.getString(first + 3)), noPrice ? Double.NaN : price, row.getString(first + 5));
    }

    /** A nullable DOUBLE column as a double, {@code NaN} for NULL. */
    static double doubleOrNaN(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }

    /** A double for a nullable DOUBLE column: {@code null} for NaN. */
    static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
