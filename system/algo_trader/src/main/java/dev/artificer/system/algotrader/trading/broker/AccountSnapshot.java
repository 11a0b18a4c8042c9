package dev.artificer.system.algotrader.trading.broker;

import dev.artificer.component.market.Symbol;
import java.util.List;
import java.util.Optional;

/**
 * A broker account at one moment.
 *
 * @param cash      cash in dollars
 * @param equity    cash plus the positions at their market price
 * @param positions the positions, by symbol
 */
public record AccountSnapshot(double cash, double equity, List<BrokerPosition> positions) {

    /** Copies the positions. */
    public AccountSnapshot {
        positions = List.copyOf(positions);
    }

    /**
     * The position of a symbol.
     *
     * @param symbol the symbol
     * @return the position, if any is held
     */
    public Optional<BrokerPosition> position(Symbol symbol) {
        return positions.stream().filter(position -> position.symbol().equals(symbol)).findFirst();
    }

    /**
     * The shares held of a symbol.
     *
     * @param symbol the symbol
     * @return shares; 0 when none
     */
    public long quantity(Symbol symbol) {
        return position(symbol).map(BrokerPosition::quantity).orElse(0L);
    }

    /**
     * The gross value of all positions.
     *
     * @return the sum of the absolute market values
     */
    public double grossExposure() {
        return positions.stream().mapToDouble(position -> Math.abs(position.marketValue())).sum();
    }
}
