package dev.artificer.infrastructure.schwab.marketdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to one quote call for many symbols: the quotes found, and the symbols Schwab reported as invalid
 * (its {@code errors} section), which do not fail the call.
 *
 * @param quotes         quotes by symbol, in Schwab's order
 * @param invalidSymbols symbols Schwab did not recognise
 */
public record QuoteBatch(Map<String, Quote> quotes, List<String> invalidSymbols) {

    /** Copies the collections so the record stays immutable. */
    public QuoteBatch {
        quotes = Collections.unmodifiableMap(new LinkedHashMap<>(quotes));
        invalidSymbols = List.copyOf(invalidSymbols);
    }

    /**
     * The quote of one symbol.
     *
     * @param symbol the symbol as Schwab keys it
     * @return the quote, or empty when Schwab sent none
     */
    public Optional<Quote> quote(String symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }
}
