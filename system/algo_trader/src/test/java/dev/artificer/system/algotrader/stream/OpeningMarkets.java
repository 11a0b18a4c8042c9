package dev.artificer.system.algotrader.stream;

import java.util.Optional;
import java.util.function.Supplier;

/** Live markets for tests: each {@link #open} makes a new feed with the given maker. */
public record OpeningMarkets(Supplier<LiveMarket> maker) implements LiveMarkets {

    @Override
    public Optional<LiveMarket> open() {
        return Optional.of(maker.get());
    }

    @Override
    public String unavailableBecause() {
        return "";
    }
}
