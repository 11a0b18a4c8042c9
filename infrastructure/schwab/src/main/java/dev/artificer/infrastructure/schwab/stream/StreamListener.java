package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.infrastructure.schwab.error.SchwabApiException;

/**
 * Receives a {@link SchwabStreamer}'s events. Quotes and candles arrive on the connection's reader thread in the
 * streamer's order, one at a time, so a listener should hand slow work elsewhere; status changes and problems may
 * arrive on the streamer's timer thread. An exception thrown by a listener is logged and does not stop the stream.
 * Every method does nothing by default.
 */
public interface StreamListener {

    /**
     * A level-one quote: the symbol's latest value of every field.
     *
     * @param quote the quote
     */
    default void onQuote(LevelOneQuote quote) {
    }

    /**
     * A one-minute candle that passed the candle rules.
     *
     * @param candle the candle
     */
    default void onCandle(ChartCandle candle) {
    }

    /**
     * A candle that broke the rules and was dropped (also logged at WARN with the reason).
     *
     * @param rejection its symbol and the reason
     */
    default void onCandleRejected(CandleRejection rejection) {
    }

    /**
     * A failure the caller may act on: a {@code StreamerException} for a streamer response code (12 arrives once,
     * and the stream stops), or a {@code ReloginRequiredException} when no usable token can be had (the stream
     * stops).
     *
     * @param problem the failure, with a one-line message
     */
    default void onProblem(SchwabApiException problem) {
    }

    /**
     * The connection's state changed.
     *
     * @param status the new state
     * @param detail one line saying why, e.g. {@code no message for PT30S}
     */
    default void onStatus(StreamStatus status, String detail) {
    }
}
