package dev.artificer.infrastructure.schwab.trader;

/**
 * An account's current balances. Schwab's field names differ between margin and cash accounts; each value comes
 * from the first field present in {@code currentBalances}, then {@code aggregatedBalance}, then
 * {@code initialBalances}.
 *
 * @param cash             cash: {@code cashBalance}, or a cash account's {@code totalCash}
 * @param liquidationValue the account's equity if everything were sold now: {@code liquidationValue}
 * @param buyingPower      what can be bought now: {@code buyingPower}, or a cash account's
 *                         {@code cashAvailableForTrading}
 */
public record Balances(double cash, double liquidationValue, double buyingPower) {
}
