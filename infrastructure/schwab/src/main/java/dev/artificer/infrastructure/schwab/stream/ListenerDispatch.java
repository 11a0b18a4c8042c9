package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a stream's events to the caller's {@link StreamListener}, logging a listener's failure instead of letting
 * it stop the stream; passes the streamer's responses to the {@link SchwabStreamer} that reacts to them.
 */
final class ListenerDispatch implements FrameHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SchwabStreamer.class);

    private final StreamListener listener;
    private final Consumer<StreamerResponse> responses;

    ListenerDispatch(StreamListener listener, Consumer<StreamerResponse> responses) {
        this.listener = listener;
        this.responses = responses;
    }

    @Override
    public void quote(LevelOneQuote quote) {
        try {
            listener.onQuote(quote);
        } catch (RuntimeException failure) {
            LOG.warn("the stream listener failed on a {} quote: {}", quote.symbol(), failure.toString());
        }
    }

    @Override
    public void candle(ChartCandle candle) {
        try {
            listener.onCandle(candle);
        } catch (RuntimeException failure) {
            LOG.warn("the stream listener failed on a {} candle: {}", candle.symbol(), failure.toString());
        }
    }

    @Override
    public void candleRejected(CandleRejection rejection) {
        LOG.warn("Schwab streamer: rejected a {} candle: {}", rejection.symbol(), rejection.reason());
        try {
            listener.onCandleRejected(rejection);
        } catch (RuntimeException failure) {
            LOG.warn("the stream listener failed on a candle rejection: {}", failure.toString());
        }
    }

    @Override
    public void response(StreamerResponse response) {
        responses.accept(response);
    }

    @Override
    public void heartbeat() {
        LOG.trace("Schwab streamer heartbeat");
    }

    /** Reports a failure the caller may act on. */
    void problem(SchwabApiException problem) {
        try {
            listener.onProblem(problem);
        } catch (RuntimeException failure) {
            LOG.warn("the stream listener failed on a problem report: {}", failure.toString());
        }
    }

    /** Logs and reports a change of the connection's state. */
    void status(StreamStatus status, String detail) {
        LOG.info("Schwab streamer {}: {}", status, detail);
        try {
            listener.onStatus(status, detail);
        } catch (RuntimeException failure) {
            LOG.warn("the stream listener failed on a status change: {}", failure.toString());
        }
    }
}
