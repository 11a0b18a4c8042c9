package dev.artificer.infrastructure.schwab.marketdata;

import java.time.Instant;

/**
 * One entry of Schwab's quote answer: reference data and the {@code quote} block. Prices and sizes that
 * Schwab did not send (indexes have no bid or ask, for instance) are null; times Schwab sends as 0 are null.
 *
 * @param symbol           the symbol as Schwab keys it
 * @param assetMainType    e.g. {@code EQUITY}, {@code INDEX}, {@code OPTION}
 * @param assetSubType     e.g. {@code ETF}, or null
 * @param realtime         whether the quote is real-time rather than delayed
 * @param description      the instrument's name, or null
 * @param exchangeName     e.g. {@code NASDAQ}, or null
 * @param cusip            the CUSIP, or null
 * @param bidPrice         best bid
 * @param askPrice         best ask
 * @param lastPrice        last trade price
 * @param mark             Schwab's mark price
 * @param openPrice        today's open
 * @param highPrice        today's high
 * @param lowPrice         today's low
 * @param closePrice       the previous day's close
 * @param netChange        last minus previous close
 * @param netPercentChange that change in percent
 * @param totalVolume      today's volume
 * @param high52Week       52-week high
 * @param low52Week        52-week low
 * @param quoteTime        time of the last quote
 * @param tradeTime        time of the last trade
 * @param fundamentals     the {@code fundamental} block, or null when not sent
 */
public record Quote(String symbol, String assetMainType, String assetSubType, boolean realtime, String description,
                    String exchangeName, String cusip, Double bidPrice, Double askPrice, Double lastPrice, Double mark,
                    Double openPrice, Double highPrice, Double lowPrice, Double closePrice, Double netChange,
                    Double netPercentChange, Long totalVolume, Double high52Week, Double low52Week,
                    Instant quoteTime, Instant tradeTime, QuoteFundamentals fundamentals) {
}
