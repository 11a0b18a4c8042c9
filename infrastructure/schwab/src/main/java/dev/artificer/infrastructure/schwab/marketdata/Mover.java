package dev.artificer.infrastructure.schwab.marketdata;

/**
 * One entry of {@code GET /movers} ({@code screeners}). Fields Schwab did not send are null.
 *
 * @param symbol      the symbol
 * @param description the instrument's name, or null
 * @param direction   {@code up} or {@code down}, or null
 * @param change      the change, or null
 * @param last        the last price, or null
 * @param totalVolume the volume, or null
 */
public record Mover(String symbol, String description, String direction, Double change, Double last,
                    Long totalVolume) {
}
