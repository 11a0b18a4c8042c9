package dev.artificer.infrastructure.schwab.marketdata;

/**
 * An instrument from {@code GET /instruments}.
 *
 * @param symbol      the symbol
 * @param cusip       the CUSIP, or null
 * @param description the name, or null
 * @param exchange    e.g. {@code NASDAQ}, or null
 * @param assetType   e.g. {@code EQUITY}, or null
 * @param fundamental the fundamentals ({@code projection=fundamental}), or null when not sent
 */
public record Instrument(String symbol, String cusip, String description, String exchange, String assetType,
                         Fundamental fundamental) {
}
