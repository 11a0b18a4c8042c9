package dev.artificer.system.algotrader.adapters.paper;

import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A paper fill with what its price was taken from.
 *
 * @param fill      the fill
 * @param basis     quote, next open or bar range
 * @param quoteTime when the market quoted the price, for a fill at the quote
 */
public record PricedFill(BrokerFill fill, PriceBasis basis, Optional<Instant> quoteTime) {

    /** Checks that a quote time comes with a fill at the quote and only then. */
    public PricedFill {
        Objects.requireNonNull(fill, "fill");
        if (quoteTime.isPresent() != (basis == PriceBasis.QUOTE)) {
            throw new IllegalArgumentException("a quote time belongs to a fill at the quote only (" + basis + ")");
        }
    }
}
