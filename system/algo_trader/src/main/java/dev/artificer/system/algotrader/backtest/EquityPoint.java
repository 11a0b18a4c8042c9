package dev.artificer.system.algotrader.backtest;

import java.time.Instant;

/**
 * The account's value after a bar closed.
 *
 * @param time   the bar's start
 * @param equity cash plus positions at their last close
 */
public record EquityPoint(Instant time, double equity) {
}
