package dev.artificer.infrastructure.schwab;

import dev.artificer.infrastructure.schwab.http.RateLimitListener;
import dev.artificer.infrastructure.schwab.http.RateWindow;
import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabAppCredentials;
import dev.artificer.infrastructure.schwab.oauth.SchwabOAuthClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokenManager;
import dev.artificer.infrastructure.schwab.oauth.TokenStore;
import dev.artificer.infrastructure.schwab.stream.SchwabStreamer;
import dev.artificer.infrastructure.schwab.stream.StreamListener;
import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import java.time.Clock;
import java.time.Duration;

/**
 * One Schwab application's client: the login and token lifecycle ({@link #tokens()}), the market data API
 * ({@link #marketData()}), the trader API ({@link #trader()}), sharing one set of rate limiters, and the streamer
 * ({@link #streamer}). Built with
 * {@link #builder()}. Thread-safe.
 */
public final class SchwabClient {

    private final SchwabTokenManager tokens;
    private final MarketDataClient marketData;
    private final TraderClient trader;

    private SchwabClient(SchwabTokenManager tokens, MarketDataClient marketData, TraderClient trader) {
        this.tokens = tokens;
        this.marketData = marketData;
        this.trader = trader;
    }

    /**
     * A builder; credentials, endpoints and token store are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The login and token lifecycle: start and complete a browser login, refresh, refresh-token expiry.
     *
     * @return the token manager
     */
    public SchwabTokenManager tokens() {
        return tokens;
    }

    /**
     * The market data API.
     *
     * @return the market data client
     */
    public MarketDataClient marketData() {
        return marketData;
    }

    /**
     * The trader API: accounts, positions, balances and orders.
     *
     * @return the trader client
     */
    public TraderClient trader() {
        return trader;
    }

    /**
     * A streamer for this login, not yet started: asks {@code GET /userPreference} where to connect and as whom,
     * and takes its access tokens from {@link #tokens()}, so that a denied LOGIN is retried with a refreshed one.
     *
     * @param listener receives the events
     * @param settings timeouts, backoff and candle layout, e.g. {@link StreamerSettings#defaults()}
     * @return the streamer; call {@link SchwabStreamer#start()}
     */
    public SchwabStreamer streamer(StreamListener listener, StreamerSettings settings) {
        return SchwabStreamer.builder()
                .streamerInfo(trader.streamerInfo())
                .tokens(tokens)
                .listener(listener)
                .settings(settings)
                .build();
    }

    /** Collects the client's parts; {@link #build()} wires them. */
    public static final class Builder {
        private SchwabAppCredentials credentials;
        private SchwabEndpoints endpoints;
        private TokenStore tokenStore;
        private SchwabHttpSettings httpSettings = SchwabHttpSettings.defaults();
        private RateWindow requestWindow;
        private RateLimitListener rateLimitListener = RateLimitListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Duration refreshMargin = SchwabTokenManager.DEFAULT_REFRESH_MARGIN;
        private Duration refreshTokenLifetime = SchwabTokenManager.DEFAULT_REFRESH_TOKEN_LIFETIME;

        private Builder() {
        }

        /**
         * Sets the application's key, secret and callback URL.
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder credentials(SchwabAppCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets the Schwab URLs, e.g. {@link SchwabEndpoints#production()}.
         *
         * @param endpoints the URLs
         * @return this builder
         */
        public Builder endpoints(SchwabEndpoints endpoints) {
            this.endpoints = endpoints;
            return this;
        }

        /**
         * Sets where tokens are kept.
         *
         * @param tokenStore the caller's store
         * @return this builder
         */
        public Builder tokenStore(TokenStore tokenStore) {
            this.tokenStore = tokenStore;
            return this;
        }

        /**
         * Sets timeouts, rate limits (non-order and order) and retries; defaults to
         * {@link SchwabHttpSettings#defaults()}.
         *
         * @param httpSettings the settings
         * @return this builder
         */
        public Builder httpSettings(SchwabHttpSettings httpSettings) {
            this.httpSettings = httpSettings;
            return this;
        }

        /**
         * Sets where non-order rate-limit permits are counted. Schwab's limit is per application, so give every
         * process of the application the same shared window (e.g. in Redis); by default it is counted in this
         * process only.
         *
         * @param requestWindow the shared window
         * @return this builder
         */
        public Builder requestWindow(RateWindow requestWindow) {
            this.requestWindow = requestWindow;
            return this;
        }

        /**
         * Sets who hears about every wait for a rate-limit permit (non-order and order), e.g. a metrics recorder.
         *
         * @param rateLimitListener the listener
         * @return this builder
         */
        public Builder rateLimitListener(RateLimitListener rateLimitListener) {
            this.rateLimitListener = rateLimitListener;
            return this;
        }

        /**
         * Sets the clock that dates tokens; defaults to the UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Sets token timing: how early access tokens are refreshed (default 5 minutes, at most half a token's
         * lifetime) and how long refresh tokens live (default 7 days).
         *
         * @param refreshMargin        refresh this long before the access token expires
         * @param refreshTokenLifetime the refresh token's lifetime from the login
         * @return this builder
         */
        public Builder tokenTiming(Duration refreshMargin, Duration refreshTokenLifetime) {
            this.refreshMargin = refreshMargin;
            this.refreshTokenLifetime = refreshTokenLifetime;
            return this;
        }

        /**
         * Wires the client.
         *
         * @return the client
         * @throws IllegalStateException naming a missing part
         */
        public SchwabClient build() {
            require(credentials, "credentials");
            require(endpoints, "endpoints");
            require(tokenStore, "token store");
            require(httpSettings, "HTTP settings");
            require(clock, "clock");
            require(refreshMargin, "refresh margin");
            require(refreshTokenLifetime, "refresh-token lifetime");
            require(rateLimitListener, "rate-limit listener");
            SchwabHttp.Builder httpBuilder = SchwabHttp.builder(httpSettings).rateLimitListener(rateLimitListener);
            if (requestWindow != null) {
                httpBuilder.requestWindow(requestWindow);
            }
            SchwabHttp http = httpBuilder.build();
            SchwabOAuthClient oauth = new SchwabOAuthClient(credentials, endpoints.authorize(), endpoints.token(),
                    http, clock);
            SchwabTokenManager tokens = new SchwabTokenManager(oauth, tokenStore, clock, refreshMargin,
                    refreshTokenLifetime);
            SchwabApiTransport transport = new SchwabApiTransport(http, tokens);
            return new SchwabClient(tokens, new MarketDataClient(endpoints.marketData(), transport, clock),
                    new TraderClient(endpoints.trader(), transport));
        }

        private static void require(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException("a Schwab client needs its " + name);
            }
        }
    }
}
