package dev.artificer.infrastructure.schwab.stream;

/** Receives what {@link FrameParser} reads from one frame, in the frame's order. */
public interface FrameHandler {

    /**
     * A level-one quote, merged with the symbol's earlier fields.
     *
     * @param quote the quote
     */
    void quote(LevelOneQuote quote);

    /**
     * A one-minute candle that passed {@link CandleCheck}.
     *
     * @param candle the candle
     */
    void candle(ChartCandle candle);

    /**
     * A {@code CHART_EQUITY} item that is not a possible candle.
     *
     * @param rejection the item's symbol and the reason
     */
    void candleRejected(CandleRejection rejection);

    /**
     * A response or a coded notice.
     *
     * @param response the code and what it concerns
     */
    void response(StreamerResponse response);

    /** A heartbeat notice. */
    void heartbeat();
}
