package dev.artificer.component.backtest;

import dev.artificer.component.strategy.Order;
import java.time.Instant;

/**
 * An order the backtest refused to fill.
 *
 * @param time   the start of the bar it would have filled in
 * @param order  the order
 * @param reason why, e.g. "cash does not cover it"
 */
public record Rejection(Instant time, Order order, String reason) {
}
