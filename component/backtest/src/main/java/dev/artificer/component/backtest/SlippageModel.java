package dev.artificer.component.backtest;

import dev.artificer.component.strategy.Side;

/** How much worse than the reference price a market order fills; serializable, so a search can ship it to a cluster. */
@FunctionalInterface
public interface SlippageModel extends java.io.Serializable {

    /**
     * The fill price of a market order.
     *
     * @param side      buy or sell
     * @param reference the reference price (next open, or the close when filling at the close)
     * @return the fill price, worse for the trader by the slippage
     */
    double fillPrice(Side side, double reference);

    /**
     * No slippage.
     *
     * @return the model
     */
    static SlippageModel none() {
        return (side, reference) -> reference;
    }

    /**
     * Slippage in basis points of the price.
     *
     * @param basisPoints e.g. 5 for 0.05 %
     * @return the model
     */
    static SlippageModel basisPoints(double basisPoints) {
        return (side, reference) -> side == Side.BUY ? reference * (1 + basisPoints / 10_000)
                : reference * (1 - basisPoints / 10_000);
    }

    /**
     * A fixed amount per share.
     *
     * @param amount dollars per share
     * @return the model
     */
    static SlippageModel fixed(double amount) {
        return (side, reference) -> side == Side.BUY ? reference + amount : reference - amount;
    }
}
