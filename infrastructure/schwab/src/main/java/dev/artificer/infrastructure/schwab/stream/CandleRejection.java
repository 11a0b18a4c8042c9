package dev.artificer.infrastructure.schwab.stream;

/**
 * A {@code CHART_EQUITY} item that is not a possible candle, with the reason; it never reaches
 * {@link StreamListener#onCandle}.
 *
 * @param symbol the item's key as sent, or null when it had none
 * @param reason one line naming the broken rule and the values, e.g. {@code high 9.5 is below low 10.0}
 */
public record CandleRejection(String symbol, String reason) {
}
