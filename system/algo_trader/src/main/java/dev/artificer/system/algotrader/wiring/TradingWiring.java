package dev.artificer.system.algotrader.wiring;

import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.system.algotrader.adapters.dashboard.InfluxTradingTelemetry;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcDecisionJournal;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcStrategyAssignments;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState;
import dev.artificer.system.algotrader.adapters.paper.PaperBroker;
import dev.artificer.system.algotrader.adapters.paper.PaperSettings;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.JobsProperties;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.config.TradingProperties;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import dev.artificer.system.algotrader.userstrategy.CatalogStrategies;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import dev.artificer.system.algotrader.stream.LiveFeed;
import dev.artificer.system.algotrader.trading.BrokerHealth;
import dev.artificer.system.algotrader.trading.DecisionJournal;
import dev.artificer.system.algotrader.trading.OrderBook;
import dev.artificer.system.algotrader.trading.SettleTime;
import dev.artificer.system.algotrader.trading.StrategyAssignments;
import dev.artificer.system.algotrader.trading.TradingDesk;
import dev.artificer.system.algotrader.trading.TradingEvents;
import dev.artificer.system.algotrader.trading.TradingLoop;
import dev.artificer.system.algotrader.trading.TradingState;
import dev.artificer.system.algotrader.trading.TradingTelemetry;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerGate;
import dev.artificer.system.algotrader.trading.broker.LiveBrokerFactory;
import dev.artificer.system.algotrader.trading.risk.RiskChecks;
import java.net.InetAddress;
import java.net.UnknownHostException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trading side: assignments, kill switch and journal in the relational database; the broker behind the live
 * gate (the paper broker unless live trading is confirmed, in which case a {@link LiveBrokerFactory} bean, provided
 * by the Schwab trader adapter's wiring, opens the live one); the risk rules from configuration; and the decision
 * loop. Lazy: nothing is built, and no broker opened, until a command needs it.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class TradingWiring {

    /**
     * The strategy assignments.
     *
     * @param jdbc the database
     * @return the store
     */
    @Bean
    public StrategyAssignments strategyAssignments(JdbcTemplate jdbc) {
        return new JdbcStrategyAssignments(jdbc);
    }

    /**
     * The kill switch.
     *
     * @param jdbc the database
     * @return the store
     */
    @Bean
    public TradingState tradingState(JdbcTemplate jdbc) {
        return new JdbcTradingState(jdbc);
    }

    /**
     * The decision journal.
     *
     * @param jdbc the database
     * @return the journal
     */
    @Bean
    public DecisionJournal decisionJournal(JdbcTemplate jdbc) {
        return new JdbcDecisionJournal(jdbc);
    }

    /**
     * The broker, through the live gate.
     *
     * @param properties the configuration
     * @param trading    the paper broker's settings
     * @param jdbc       the database the paper broker keeps its account in
     * @param clock      the time
     * @param live       the live broker's factory, when the build provides one
     * @param feed       the live feed, whose fresh quotes the paper broker fills market orders at
     * @return the paper broker, or the live one when live trading is confirmed
     */
    @Bean
    public Broker broker(AlgoTraderProperties properties, TradingProperties trading, JdbcTemplate jdbc, Clock clock,
                         ObjectProvider<LiveBrokerFactory> live, ObjectProvider<LiveFeed> feed) {
        TradingProperties.Paper paper = trading.paper();
        return BrokerGate.choose(properties, Optional.ofNullable(live.getIfAvailable()), () -> new PaperBroker(jdbc,
                new PaperSettings(paper.initialCash(), CommissionModel.perShare(paper.commissionPerShare(),
                        paper.commissionMinimum()), SlippageModel.basisPoints(paper.slippageBps())), clock,
                symbol -> Optional.ofNullable(feed.getIfAvailable()).flatMap(current -> current.fresh(symbol))));
    }

    /**
     * Where trading events go for the dashboard: InfluxDB when configured, else nowhere.
     *
     * @param properties the configuration
     * @param influx     the InfluxDB client, used only when configured
     * @return the telemetry
     */
    @Bean
    public TradingTelemetry tradingTelemetry(AlgoTraderProperties properties, ObjectProvider<BaseInfluxClient> influx) {
        return properties.influxdb().configured() ? new InfluxTradingTelemetry(influx.getObject()) : TradingTelemetry.none();
    }

    /**
     * Counts consecutive broker errors.
     *
     * @param state   the kill switch
     * @param trading the limit
     * @param clock   the time
     * @return the counter
     */
    @Bean
    public BrokerHealth brokerHealth(TradingState state, TradingProperties trading, Clock clock) {
        return new BrokerHealth(state, clock, trading.maxBrokerErrors());
    }

    /**
     * The journal's orders against the broker's.
     *
     * @param broker     the broker
     * @param properties the configuration (the mode)
     * @param journal    the journal
     * @param telemetry  the dashboard's events
     * @param health     counts broker errors
     * @param events     told of each new fill (the hardware panel)
     * @param clock      the time
     * @return the book
     */
    @Bean
    public OrderBook orderBook(Broker broker, AlgoTraderProperties properties, DecisionJournal journal,
                               TradingTelemetry telemetry, BrokerHealth health, TradingEvents events, Clock clock) {
        return new OrderBook(broker, mode(properties), journal, telemetry, health, events, clock);
    }

    /**
     * Where decisions become orders.
     *
     * @param broker     the broker
     * @param properties the configuration
     * @param trading    the risk limits
     * @param journal    the journal
     * @param state      the kill switch
     * @param watchlist  the watchlist
     * @param book       the order book
     * @param telemetry  the dashboard's events
     * @param health     counts broker errors
     * @param clock      the time
     * @return the desk
     */
    @Bean
    public TradingDesk tradingDesk(Broker broker, AlgoTraderProperties properties, TradingProperties trading,
                                   DecisionJournal journal, TradingState state, Watchlist watchlist, OrderBook book,
                                   TradingTelemetry telemetry, BrokerHealth health, Clock clock) {
        return new TradingDesk(broker, mode(properties), journal, state, RiskChecks.from(trading.risk()), watchlist, book,
                telemetry, health, clock);
    }

    /**
     * The decision loop; closing the application gives its lease up.
     *
     * @param assignments the assignments
     * @param broker      the broker
     * @param book        the order book
     * @param desk        the desk
     * @param state       the kill switch
     * @param bars        the stored bars
     * @param trading     the warm-up length
     * @param jobs        the loop's period (the lease outlives three periods) and the ingestion's (how long a closed
     *                    bar settles before it is decided)
     * @param clock       the time
     * @param events      told how each run ended (the hardware panel)
     * @param catalog     the strategies by name, the user's own re-read at each run
     * @param feed        the live feed: the bars it stores are final at once, so they need not settle
     * @param meters      where each assignment's decision latency is recorded
     * @return the loop
     */
    @Bean(destroyMethod = "close")
    public TradingLoop tradingLoop(StrategyAssignments assignments, Broker broker, OrderBook book, TradingDesk desk,
                                   TradingState state, BarRepository bars, TradingProperties trading,
                                   JobsProperties jobs, Clock clock, TradingEvents events, StrategyCatalog catalog,
                                   LiveFeed feed, MeterRegistry meters) {
        SettleTime settle = assignment -> feed.covers(assignment.symbol(), assignment.timeframe()) ? Duration.ZERO
                : jobs.ingestBarsEvery();
        Duration lease = jobs.tradeEvery().multipliedBy(3).compareTo(Duration.ofMinutes(2)) > 0
                ? jobs.tradeEvery().multipliedBy(3) : Duration.ofMinutes(2);
        return new TradingLoop(assignments, broker, book, desk, state,
                new CatalogStrategies(catalog), bars,
                trading.warmupBars(), settle, clock, processName(), lease, events, meters);
    }

    private static TradingMode mode(AlgoTraderProperties properties) {
        return properties.liveTradingConfirmed() ? TradingMode.LIVE : TradingMode.PAPER;
    }

    private static String processName() {
        return ProcessHandle.current().pid() + "@" + host();
    }

    /** This machine's host name, for naming the process that holds a lease; {@code localhost} when it has none. */
    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "localhost";
        }
    }
}
