package dev.artificer.system.algotrader.trading;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.artificer.system.algotrader.stream.FreshQuotes;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcDecisionJournal;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcStrategyAssignments;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcWatchlist;
import dev.artificer.system.algotrader.adapters.paper.PaperBroker;
import dev.artificer.system.algotrader.adapters.paper.PaperSettings;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.config.TradingProperties;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.risk.RiskChecks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trading side wired as the app wires it, on a test database: the paper broker (wrapped so that tests can make
 * it fail), the journal, the kill switch and the decision loop over 5-minute bars of a simulated day. Each call of
 * {@link #restart} builds new objects on the same database, as a new process would.
 */
final class TradingFixture {

    static final Symbol AAPL = Symbol.of("AAPL");
    static final Timeframe FIVE_MINUTES = Timeframe.FIVE_MINUTES;
    static final Instant DAY_START = Instant.parse("2026-11-18T14:30:00Z");
    static final List<Bar> DAY = new SimulatedMarket(Clock.fixed(Instant.parse("2026-11-18T21:00:00Z"), ZoneOffset.UTC))
            .history(AAPL, FIVE_MINUTES, DAY_START, Instant.parse("2026-11-18T21:00:00Z")).bars();

    final JdbcTemplate jdbc;
    final MutableClock clock = new MutableClock(DAY_START);
    final JdbcBarRepository bars;
    final JdbcStrategyAssignments assignments;
    final JdbcTradingState state;
    final JdbcDecisionJournal journal;
    final List<BuyEveryBar> strategies = new ArrayList<>();
    final RecordingEvents events = new RecordingEvents();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TradingProperties.Risk limits = new TradingProperties.Risk(25_000, 100_000, 2_000, 50, "", true);
    int maxBrokerErrors = 3;
    Duration settle = Duration.ZERO;
    String owner = "test-process";
    FreshQuotes quotes = FreshQuotes.NONE;
    FlakyBroker broker;
    OrderBook book;
    TradingDesk desk;
    TradingLoop loop;

    TradingFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.bars = new JdbcBarRepository(jdbc, "test");
        this.assignments = new JdbcStrategyAssignments(jdbc);
        this.state = new JdbcTradingState(jdbc);
        this.journal = new JdbcDecisionJournal(jdbc);
        new JdbcWatchlist(jdbc, clock).add(AAPL);
        restart();
    }

    /** New broker, desk and loop objects on the same database, as after a restart of the process. */
    void restart() {
        restart(assignment -> {
            BuyEveryBar strategy = new BuyEveryBar(10);
            strategies.add(strategy);
            return strategy;
        });
    }

    void restart(StrategySupply makeStrategy) {
        broker = new FlakyBroker(new PaperBroker(jdbc, new PaperSettings(100_000, CommissionModel.perShare(0.005, 1),
                SlippageModel.none()), clock, quotes));
        BrokerHealth health = new BrokerHealth(state, clock, maxBrokerErrors);
        book = new OrderBook(broker, TradingMode.PAPER, journal, TradingTelemetry.none(), health, events, clock);
        desk = new TradingDesk(broker, TradingMode.PAPER, journal, state, RiskChecks.from(limits),
                new JdbcWatchlist(jdbc, clock), book, TradingTelemetry.none(), health, clock);
        loop = new TradingLoop(assignments, broker, book, desk, state, makeStrategy, bars, 300, SettleTime.always(settle), clock,
                owner, Duration.ofMinutes(5), events, meters);
    }

    /** Assigns the test strategy to AAPL 5m. */
    void assign() {
        assignments.assign(new Assignment(AAPL, FIVE_MINUTES, "buy-every-bar", "quantity=10", clock.instant()));
    }

    /** Stores bars up to and including {@code index} and moves the clock to a minute after that bar closed. */
    void storeUpTo(int index) {
        bars.save(DAY.subList(0, index + 1), "simulated");
        clock.set(DAY.get(index).start().plus(FIVE_MINUTES.nominalLength()).plusSeconds(60));
    }

    /** Stores bar {@code index + 1} still in progress (as ingestion stores the current bar). */
    void storeInProgress(int index) {
        bars.save(List.of(DAY.get(index)), "simulated");
    }

    BuyEveryBar latestStrategy() {
        return strategies.getLast();
    }

    int paperOrders() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM paper_orders", Integer.class);
        return count == null ? 0 : count;
    }

    int decisions() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM decisions", Integer.class);
        return count == null ? 0 : count;
    }
}
