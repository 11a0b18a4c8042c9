/**
 * Schwab's market data API ({@code /marketdata/v1}): price history, quotes, instruments with fundamentals,
 * market hours and movers, as validated requests and typed, immutable results.
 */
package dev.artificer.infrastructure.schwab.marketdata;
