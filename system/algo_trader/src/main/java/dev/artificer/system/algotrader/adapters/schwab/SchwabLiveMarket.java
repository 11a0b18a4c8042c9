package dev.artificer.system.algotrader.adapters.schwab;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import dev.artificer.infrastructure.schwab.http.AccessTokenSource;
import dev.artificer.infrastructure.schwab.stream.CandleRejection;
import dev.artificer.infrastructure.schwab.stream.ChartCandle;
import dev.artificer.infrastructure.schwab.stream.LevelOneQuote;
import dev.artificer.infrastructure.schwab.stream.SchwabStreamer;
import dev.artificer.infrastructure.schwab.stream.StreamListener;
import dev.artificer.infrastructure.schwab.stream.StreamService;
import dev.artificer.infrastructure.schwab.stream.StreamStatus;
import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import dev.artificer.system.algotrader.stream.LiveMarket;
import dev.artificer.system.algotrader.stream.LiveMarketListener;
import dev.artificer.system.algotrader.stream.LiveQuote;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schwab's live market: the streamer ({@code infrastructure/schwab}) subscribed to LEVELONE_EQUITIES quotes and
 * CHART_EQUITY one-minute candles of the symbols, its reconnects, re-logins and resubscriptions its own. Where to
 * connect and as whom comes from {@code GET /userPreference} when it starts; its tokens from the session, so a denied
 * login is retried with a refreshed token. A lost connection is told to the listener, whose bars have a gap until the
 * streamer is back. Candles the client rejects as impossible are logged with the reason.
 */
public final class SchwabLiveMarket implements LiveMarket {

    private static final Logger LOG = LoggerFactory.getLogger(SchwabLiveMarket.class);

    private final TraderClient trader;
    private final AccessTokenSource tokens;
    private final StreamerSettings settings;
    private SchwabStreamer streamer;

    /**
     * Creates it; nothing connects before {@link #start}.
     *
     * @param trader   the trader API, for where the streamer is
     * @param tokens   the session's access tokens
     * @param settings timeouts and backoff
     */
    public SchwabLiveMarket(TraderClient trader, AccessTokenSource tokens, StreamerSettings settings) {
        this.trader = trader;
        this.tokens = tokens;
        this.settings = settings;
    }

    @Override
    public String name() {
        return SchwabMarketData.NAME;
    }

    @Override
    public synchronized void start(Set<Symbol> symbols, LiveMarketListener listener) {
        if (streamer != null) {
            throw new IllegalStateException("the Schwab live market is already running");
        }
        streamer = SchwabStreamer.builder().streamerInfo(trader.streamerInfo()).tokens(tokens)
                .listener(new Relay(listener)).settings(settings).build();
        streamer.start();
        streamer.subscribe(StreamService.LEVELONE_EQUITIES, symbols);
        streamer.subscribe(StreamService.CHART_EQUITY, symbols);
    }

    @Override
    public synchronized void close() {
        if (streamer != null) {
            streamer.close();
            streamer = null;
        }
    }

    /** Turns the streamer's events into the live market's. */
    private record Relay(LiveMarketListener listener) implements StreamListener {

        @Override
        public void onQuote(LevelOneQuote quote) {
            long at = quote.quoteTimeMillis() != 0 ? quote.quoteTimeMillis() : quote.sentAtMillis();
            listener.quote(new LiveQuote(quote.symbol(), quote.bid(), quote.ask(), quote.last(),
                    Math.max(0, quote.totalVolume()), Instant.ofEpochMilli(at)));
        }

        @Override
        public void onCandle(ChartCandle candle) {
            listener.minuteClosed(candle.toBar());
        }

        @Override
        public void onCandleRejected(CandleRejection rejection) {
            LOG.warn("Schwab sent an impossible candle, left out: {}", rejection);
        }

        @Override
        public void onProblem(SchwabApiException problem) {
            LOG.warn("Schwab streamer: {}", problem.getMessage());
        }

        @Override
        public void onStatus(StreamStatus status, String detail) {
            LOG.info("Schwab streamer {}{}", status, detail == null || detail.isBlank() ? "" : ": " + detail);
            if (status == StreamStatus.DISCONNECTED) {
                listener.interrupted();
            }
        }
    }
}
