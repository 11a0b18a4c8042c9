package dev.artificer.system.algotrader.wiring;

import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import dev.artificer.system.algotrader.adapters.redis.RedisStreamLease;
import dev.artificer.system.algotrader.adapters.schwab.SchwabLiveMarket;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedLiveMarket;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.auth.SchwabSession;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.Setting;
import dev.artificer.system.algotrader.config.StreamProperties;
import dev.artificer.system.algotrader.jobs.JobScheduler;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.stream.LeasedLiveMarket;
import dev.artificer.system.algotrader.stream.LiveFeed;
import dev.artificer.system.algotrader.stream.LiveMarket;
import dev.artificer.system.algotrader.stream.LiveMarkets;
import dev.artificer.system.algotrader.stream.StreamHolder;
import dev.artificer.system.algotrader.stream.StreamLease;
import dev.artificer.system.algotrader.stream.StreamMetrics;
import dev.artificer.system.algotrader.trading.Assignment;
import dev.artificer.system.algotrader.trading.StrategyAssignments;
import dev.artificer.system.algotrader.trading.TradeJob;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The live market: the simulated market's own feed, or Schwab's streamer when Schwab is configured; and the
 * service's feed, which runs the decision loop as soon as a bar an assignment trades has closed and been stored.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class StreamWiring {

    /** How often the simulated feed quotes each symbol. */
    static final Duration SIMULATED_QUOTES_EVERY = Duration.ofSeconds(1);
    /** How long the streamer connection's lease lasts without renewal (renewed every third of it). */
    static final Duration STREAM_LEASE = Duration.ofSeconds(30);
    /** Where the service serves its live quotes. */
    public static final String QUOTES_PATH = "/stream/quotes";

    /**
     * Opens the live market of the configured source.
     *
     * @param source     the market data source
     * @param clock      the time
     * @param trader     the Schwab trader API, when Schwab is configured
     * @param session    the Schwab session's tokens, when Schwab is configured
     * @param properties the configuration: whether Redis holds the streamer connection's lease
     * @param redis      the Redis client, used only when configured
     * @param environment tells the service (which serves its quotes over HTTP) from a command
     * @param stream     whether the live market streams, and the streamer's watchdog and backoff
     * @return the live markets
     */
    @Bean
    public LiveMarkets liveMarkets(MarketDataSource source, Clock clock, ObjectProvider<TraderClient> trader,
                                   ObjectProvider<SchwabSession> session, AlgoTraderProperties properties,
                                   ObjectProvider<AlgoTraderRedisClient> redis, Environment environment,
                                   StreamProperties stream) {
        return new LiveMarkets() {
            @Override
            public Optional<LiveMarket> open() {
                if (!stream.enabled()) {
                    return Optional.empty();
                }
                if (source instanceof SimulatedMarket simulated) {
                    return Optional.of(new SimulatedLiveMarket(simulated, clock, SIMULATED_QUOTES_EVERY));
                }
                TraderClient client = trader.getIfAvailable();
                SchwabSession tokens = session.getIfAvailable();
                if (client == null || tokens == null) {
                    return Optional.empty();
                }
                StreamLease lease = properties.redis().configured()
                        ? new RedisStreamLease(redis.getObject(), STREAM_LEASE) : StreamLease.ALONE;
                return Optional.of(new LeasedLiveMarket(new SchwabLiveMarket(client, tokens, streamer(stream)), lease,
                        () -> claimant(environment)));
            }

            @Override
            public String unavailableBecause() {
                if (!stream.enabled()) {
                    return "the live market is switched off (" + Setting.STREAM_ENABLED.variableNames() + "=false)";
                }
                return source.name() + " has no live market here: the Schwab streamer needs the Schwab settings";
            }
        };
    }

    private static StreamerSettings streamer(StreamProperties stream) {
        StreamerSettings defaults = StreamerSettings.defaults();
        return StreamerSettings.builder().heartbeatTimeout(stream.heartbeatTimeout())
                .backoff(stream.initialBackoff(), stream.maxBackoff(), defaults.jitterFactor()).build();
    }

    private static StreamHolder claimant(Environment environment) {
        String port = environment.getProperty("local.server.port");
        String process = " (pid " + ProcessHandle.current().pid() + " on " + TradingWiring.host() + ")";
        return port == null ? new StreamHolder("an algo-trader command" + process, "")
                : new StreamHolder("the algo-trader service" + process, "http://127.0.0.1:" + port + QUOTES_PATH);
    }

    /**
     * The service's live feed, started by {@code run}.
     *
     * @param markets     opens the live market
     * @param bars        where bars are stored
     * @param source      the price history the feed's gaps are filled from
     * @param meters      where the feed's meters are registered
     * @param clock       the time
     * @param scheduler   runs the decision loop when an assignment's bar closed
     * @param assignments the strategy assignments
     * @return the feed, not yet started
     */
    @Bean(destroyMethod = "close")
    public LiveFeed liveFeed(LiveMarkets markets, BarRepository bars, MarketDataSource source, MeterRegistry meters,
                             Clock clock, ObjectProvider<JobScheduler> scheduler,
                             ObjectProvider<StrategyAssignments> assignments) {
        return new LiveFeed(markets, bars, source, new StreamMetrics(meters), clock, closed -> {
            List<Assignment> current = assignments.getObject().list();
            boolean traded = closed.stream().anyMatch(bar -> current.stream().anyMatch(assignment ->
                    assignment.symbol().equals(bar.symbol()) && assignment.timeframe() == bar.timeframe()));
            if (traded) {
                scheduler.getObject().runNow(TradeJob.NAME);
            }
        });
    }
}
