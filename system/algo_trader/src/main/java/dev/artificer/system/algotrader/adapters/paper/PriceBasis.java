package dev.artificer.system.algotrader.adapters.paper;

/** What a paper fill's price was taken from; stored with the fill. */
public enum PriceBasis {
    /** A market order at the live quote: a buy at the ask, a sell at the bid, plus slippage. */
    QUOTE,
    /** A market order at the open of the first bar after its signal bar, plus slippage. */
    NEXT_OPEN,
    /** A stop or limit order inside a bar's range ({@code FillRules}). */
    BAR_RANGE
}
