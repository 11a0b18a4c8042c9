package dev.artificer.system.algotrader.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import dev.artificer.infrastructure.schwab.SchwabEndpoints;
import dev.artificer.infrastructure.schwab.http.RateWindow;
import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabAppCredentials;
import dev.artificer.infrastructure.schwab.oauth.SchwabOAuthClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokenManager;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import dev.artificer.system.algotrader.adapters.file.FileTokenStore;
import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import dev.artificer.system.algotrader.adapters.redis.RedisRefreshLock;
import dev.artificer.system.algotrader.adapters.redis.RedisTokenStore;
import dev.artificer.system.algotrader.adapters.redis.SchwabRateWindows;
import dev.artificer.system.algotrader.adapters.schwab.RateLimitWaitMetrics;
import dev.artificer.system.algotrader.auth.RefreshLock;
import dev.artificer.system.algotrader.auth.SchwabSession;
import dev.artificer.system.algotrader.auth.TokenCipher;
import dev.artificer.system.algotrader.auth.TokenStorage;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Picks the TokenStore adapter (Redis when configured, else the owner-only file) and builds the Schwab client
 * and session when Schwab credentials are configured. Everything is lazy: commands that need no server, such
 * as {@code status}, never connect to one.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class SchwabWiring {

    private static final Duration REFRESH_MARGIN = SchwabTokenManager.DEFAULT_REFRESH_MARGIN;
    /** How long an order request may wait for a permit of the account's order rate limit. */
    private static final Duration ORDER_PERMIT_WAIT = Duration.ofSeconds(10);
    /** Whether Schwab app key and secret are configured, for conditional beans. */
    static final String SCHWAB_CONFIGURED =
            "!'${algo-trader.schwab.api-key:}'.isBlank() and !'${algo-trader.schwab.secret:}'.isBlank()";

    /**
     * The clock of the app.
     *
     * @return UTC system time
     */
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The Redis client, created only when something asks for it (i.e. when Redis is configured).
     *
     * @param properties the configuration
     * @return the client
     */
    @Bean(destroyMethod = "close")
    public AlgoTraderRedisClient algoTraderRedisClient(AlgoTraderProperties properties) {
        return new AlgoTraderRedisClient(properties.redis());
    }

    /**
     * The TokenStore adapter.
     *
     * @param properties the configuration
     * @param redis      the Redis client, used only when configured
     * @param clock      the time
     * @return Redis or file storage
     */
    @Bean
    public TokenStorage tokenStorage(AlgoTraderProperties properties, ObjectProvider<AlgoTraderRedisClient> redis,
                                     Clock clock) {
        TokenCipher cipher = TokenCipher.forKey(properties.tokenKey());
        if (properties.redis().configured()) {
            return new RedisTokenStore(redis.getObject(), cipher, clock);
        }
        return new FileTokenStore(properties.dataDir().resolve("schwab-tokens.json"), cipher);
    }

    /**
     * The refresh lock matching the token store.
     *
     * @param properties the configuration
     * @param redis      the Redis client, used only when configured
     * @return a Redis lock shared by instances, or the single-process one
     */
    @Bean
    public RefreshLock refreshLock(AlgoTraderProperties properties, ObjectProvider<AlgoTraderRedisClient> redis) {
        if (properties.redis().configured()) {
            return new RedisRefreshLock(redis.getObject(), Duration.ofSeconds(30), Duration.ofSeconds(60));
        }
        return RefreshLock.singleProcess();
    }

    /**
     * The HTTP layer shared by every Schwab call, so the rate limits (all requests, and order requests per account)
     * hold across them. With Redis configured the non-order limit is counted in Redis, shared by every process of the
     * app; each wait for a permit is recorded in {@code algo_trader.schwab.rate_limit.waits}.
     *
     * @param properties the configuration
     * @param redis      the Redis client, used only when configured
     * @param meters     the meter registry
     * @return the HTTP layer
     */
    @Bean
    public SchwabHttp schwabHttp(AlgoTraderProperties properties, ObjectProvider<AlgoTraderRedisClient> redis,
                                 MeterRegistry meters) {
        SchwabHttpSettings settings = SchwabHttpSettings.builder()
                .rateLimit(properties.schwab().requestsPerMinute(), Duration.ofMinutes(1), Duration.ofMinutes(1))
                .orderRateLimit(properties.schwab().ordersPerMinute(), ORDER_PERMIT_WAIT)
                .build();
        Optional<RateWindow> shared = properties.redis().configured()
                ? Optional.of(SchwabRateWindows.forApp(redis.getObject(), properties.schwab().apiKey()))
                : Optional.empty();
        return schwabHttp(settings, shared, meters);
    }

    /**
     * The HTTP layer as the app wires it, for given settings.
     *
     * @param settings     timeouts, limits and retries
     * @param sharedWindow the rate window shared by the app's processes, or empty to count in this process
     * @param meters       where rate-limit waits are recorded
     * @return the HTTP layer
     */
    public static SchwabHttp schwabHttp(SchwabHttpSettings settings, Optional<RateWindow> sharedWindow,
                                        MeterRegistry meters) {
        SchwabHttp.Builder http = SchwabHttp.builder(settings).rateLimitListener(new RateLimitWaitMetrics(meters));
        sharedWindow.ifPresent(http::requestWindow);
        return http.build();
    }

    /**
     * The Schwab session, when credentials are configured.
     *
     * @param properties  the configuration
     * @param http        the HTTP layer
     * @param storage     where tokens live
     * @param refreshLock the refresh lock
     * @param clock       the time
     * @param meters      the meter registry
     * @return the session
     */
    @Bean
    @ConditionalOnExpression(SCHWAB_CONFIGURED)
    public SchwabSession schwabSession(AlgoTraderProperties properties, SchwabHttp http, TokenStorage storage,
                                       RefreshLock refreshLock, Clock clock, MeterRegistry meters) {
        AlgoTraderProperties.Schwab schwab = properties.schwab();
        SchwabEndpoints endpoints = SchwabEndpoints.under(URI.create(schwab.baseUrl()));
        SchwabOAuthClient oauth = new SchwabOAuthClient(
                new SchwabAppCredentials(schwab.apiKey(), schwab.secret(), URI.create(schwab.callbackUrl())),
                endpoints.authorize(), endpoints.token(), http, clock);
        SchwabTokenManager tokens = new SchwabTokenManager(oauth, storage, clock, REFRESH_MARGIN,
                SchwabSession.REFRESH_TOKEN_LIFETIME);
        return new SchwabSession(tokens, storage, refreshLock, clock, REFRESH_MARGIN, properties.refreshTokenWarnAfter(),
                meters);
    }

    /**
     * The Schwab market data client, when credentials are configured; its tokens come from the session.
     *
     * @param properties the configuration
     * @param http       the HTTP layer
     * @param session    the session
     * @param clock      the time: candles that start after it are dropped
     * @return the client
     */
    @Bean
    @ConditionalOnExpression(SCHWAB_CONFIGURED)
    public MarketDataClient marketDataClient(AlgoTraderProperties properties, SchwabHttp http, SchwabSession session,
                                             Clock clock) {
        URI root = URI.create(properties.schwab().baseUrl());
        return new MarketDataClient(SchwabEndpoints.under(root).marketData(), new SchwabApiTransport(http, session),
                clock);
    }

    /**
     * The Schwab trader API client, when credentials are configured; its tokens come from the session.
     *
     * @param properties the configuration
     * @param http       the HTTP layer
     * @param session    the session
     * @return the client
     */
    @Bean
    @ConditionalOnExpression(SCHWAB_CONFIGURED)
    public TraderClient traderClient(AlgoTraderProperties properties, SchwabHttp http, SchwabSession session) {
        URI root = URI.create(properties.schwab().baseUrl());
        return new TraderClient(SchwabEndpoints.under(root).trader(), new SchwabApiTransport(http, session));
    }
}
