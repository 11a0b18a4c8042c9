package dev.artificer.infrastructure.schwab.trader;

import java.time.Instant;

/**
 * One order as Schwab reports it ({@code GET /accounts/{hash}/orders/{id}} and the order list). Symbol and
 * instruction are those of the first leg, which is the only leg of the single equity orders this client places.
 * Schwab accepts no client-chosen order id; its read-only {@code tag} is passed on as it comes.
 *
 * @param orderId           Schwab's order id
 * @param status            the status
 * @param statusDescription Schwab's explanation, e.g. why the order was rejected, or null
 * @param symbol            the first leg's symbol, or null when the order has no legs
 * @param instruction       the first leg's instruction, e.g. {@code BUY}, or null
 * @param orderType         e.g. {@code MARKET} or {@code LIMIT}, or null
 * @param quantity          the ordered quantity
 * @param filledQuantity    the quantity filled so far
 * @param remainingQuantity the quantity still open
 * @param price             the limit price, or null
 * @param averageFillPrice  the quantity-weighted price of the executions so far, or null when none
 * @param enteredTime       when the order was entered
 * @param closeTime         when the order reached a terminal status, or null
 * @param tag               Schwab's tag of the order, or null
 */
public record OrderReport(long orderId, OrderStatus status, String statusDescription, String symbol,
                          String instruction, String orderType, double quantity, double filledQuantity,
                          double remainingQuantity, Double price, Double averageFillPrice, Instant enteredTime,
                          Instant closeTime, String tag) {
}
