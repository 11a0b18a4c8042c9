package dev.artificer.system.algotrader.trading;

import static dev.artificer.system.algotrader.trading.TradingFixture.AAPL;
import static dev.artificer.system.algotrader.trading.TradingFixture.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.config.TradingProperties;
import dev.artificer.system.algotrader.jobs.JobSkippedException;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.userstrategy.CatalogStrategies;
import dev.artificer.system.algotrader.userstrategy.StrategyCatalog;
import dev.artificer.system.algotrader.userstrategy.StrategyFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.system.algotrader.stream.LiveQuote;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision loop over a simulated day, as the service runs it; once on H2 and once on MySQL/MariaDB. */
abstract class TradingLoopContract {

    private MigratedDatabase database;
    private TradingFixture trading;

    abstract MigratedDatabase open();

    @BeforeEach
    void setUp() {
        database = open();
        trading = new TradingFixture(database.jdbc());
    }

    @AfterEach
    void tearDown() {
        if (database != null) {
            database.close();
        }
    }

    private List<DecisionEntry> decisions() {
        return trading.journal.decisions(Optional.empty(), 100);
    }

    @Test
    void aRulesFileEditedWhileTheServiceRunsChangesTheNextDecisionsNotThePastOnes(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("flip.rules");
        Files.writeString(file, "entry: close > 0\nexit: close < 0\n");
        trading.restart(new CatalogStrategies(new StrategyCatalog(BuiltinStrategies.definitions(),
                new StrategyFolder(folder), getClass().getClassLoader())));
        trading.assignments.assign(new Assignment(AAPL, TradingFixture.FIVE_MINUTES, "flip", "quantity=10",
                trading.clock.instant()));
        trading.storeUpTo(39);
        trading.loop.runOnce();
        trading.storeUpTo(40);
        trading.loop.runOnce();
        List<DecisionEntry> before = decisions();

        Files.writeString(file, "entry: close < 0\nexit: close > 0\n");
        trading.storeUpTo(41);
        trading.loop.runOnce();

        List<DecisionEntry> after = decisions().stream()
                .sorted(java.util.Comparator.comparingLong(DecisionEntry::id)).toList();
        assertThat(before).singleElement().satisfies(entry ->
                assertThat(entry.decision().order().side()).isEqualTo(Side.BUY));
        assertThat(after).hasSize(2);
        assertThat(after.getFirst().decision()).isEqualTo(before.getFirst().decision());
        assertThat(after.getLast().decision().order().side()).isEqualTo(Side.SELL);
        assertThat(after.getLast().decision().barStart()).isEqualTo(DAY.get(41).start());
        String first = after.getFirst().decision().strategy();
        String second = after.getLast().decision().strategy();
        assertThat(first).containsPattern("\\[flip\\.rules@[0-9a-f]{12}]");
        assertThat(second).containsPattern("\\[flip\\.rules@[0-9a-f]{12}]").isNotEqualTo(first);
    }

    @Test
    void aRulesStrategyWithLongExpressionsIsJournaledWhole() {
        String entry = "crosses_above(ema(close, 3), sma(close, 5)) or close > highest(high, 30) + 1000000"
                + " or (rsi(close, 14) < 101 and close > 0 and volume >= 0 and prev(close, 1) > 0)";
        String exit = "crosses_below(ema(close, 3), sma(close, 5)) and close < lowest(low, 30) - 1000000"
                + " and (rsi(close, 14) > 200 or close < 0 or volume < 0 or prev(close, 1) < 0 or close > 1000000000)";
        trading.restart(new CatalogStrategies(new StrategyCatalog(BuiltinStrategies.definitions(),
                new StrategyFolder(Path.of("no-such-folder")), getClass().getClassLoader())));
        trading.assignments.assign(new Assignment(AAPL, TradingFixture.FIVE_MINUTES, "rules",
                BuiltinStrategies.registry().find("rules").parse(java.util.Map.of("entry", entry, "exit", exit,
                        "quantity", "10")).toString(), trading.clock.instant()));
        trading.storeUpTo(39);
        trading.loop.runOnce();
        trading.storeUpTo(40);

        trading.loop.runOnce();

        assertThat(decisions()).singleElement().satisfies(decision ->
                assertThat(decision.decision().strategy()).contains(entry, exit).hasSizeGreaterThan(255));
    }

    @Test
    void aClosedBarIsDecidedOnlyOnceItHasSettledForAnIngestionPeriod() {
        trading.settle = Duration.ofMinutes(15);
        trading.restart();
        trading.storeUpTo(39);
        trading.clock.set(trading.clock.instant().plus(Duration.ofMinutes(15)));
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);

        trading.loop.runOnce();
        int beforeSettled = trading.decisions();
        trading.clock.set(trading.clock.instant().plus(Duration.ofMinutes(15)));
        trading.loop.runOnce();

        assertThat(beforeSettled).isZero();
        assertThat(decisions()).singleElement().satisfies(entry ->
                assertThat(entry.decision().barStart()).isEqualTo(DAY.get(40).start()));
    }

    @Test
    void aNewStrategyLearnsFromTheStoredHistoryWithoutTrading() {
        trading.storeUpTo(39);
        trading.assign();

        trading.loop.runOnce();

        assertThat(trading.latestStrategy().seen).hasSize(40);
        assertThat(trading.decisions()).isZero();
        assertThat(trading.paperOrders()).isZero();
        assertThat(trading.assignments.lastProcessed(AAPL, TradingFixture.FIVE_MINUTES)).contains(DAY.get(39).start());
    }

    @Test
    void theTimeFromABarsCloseToItsDecisionIsRecordedForTheAssignment() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);

        trading.loop.runOnce();

        Timer latency = trading.meters.get(ObservabilitySchema.Metrics.DECISION_LATENCY).tag("symbol", "AAPL")
                .tag("timeframe", "5m").tag("strategy", "buy-every-bar quantity=10").timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(TimeUnit.SECONDS)).as("storeUpTo sets the clock a minute after the close")
                .isEqualTo(60.0);
    }

    @Test
    void withAFreshQuoteTheDecisionsMarketOrderFillsAtOnceAtTheAskAndIsJournaledFilled() {
        trading.quotes = symbol -> Optional.of(new LiveQuote(symbol, 150.20, 150.25, 150.22, 1_000,
                trading.clock.instant()));
        trading.restart();
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);

        trading.loop.runOnce();

        assertThat(trading.broker.fills(Instant.EPOCH)).singleElement()
                .satisfies(fill -> assertThat(fill.price()).isEqualTo(150.25));
        assertThat(trading.broker.account().cash()).isEqualTo(100_000 - 10 * 150.25 - 1.0);
        assertThat(decisions()).singleElement().satisfies(entry ->
                assertThat(entry.order()).contains(OrderStatus.FILLED));
        Integer journaledFills = database.jdbc().queryForObject("SELECT COUNT(*) FROM trade_fills", Integer.class);
        assertThat(journaledFills).isEqualTo(1);
    }

    @Test
    void eachNewClosedBarIsDecidedOnceAndItsOrderFillsAtTheNextBarsOpen() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();

        trading.storeUpTo(40);
        String summary = trading.loop.runOnce();
        trading.loop.runOnce();

        assertThat(summary).startsWith("1 assignment, 1 new bar, 1 decision (1 sent, 0 rejected, 0 failed), 0 fills");
        assertThat(decisions()).singleElement().satisfies(entry -> {
            assertThat(entry.decision().barStart()).isEqualTo(DAY.get(40).start());
            assertThat(entry.decision().strategy()).isEqualTo("buy-every-bar quantity=10");
            assertThat(entry.decision().indicators()).containsEntry("close", DAY.get(40).close()).containsKey("bars");
            assertThat(entry.verdict().accepted()).isTrue();
            assertThat(entry.order()).contains(OrderStatus.WORKING);
        });

        trading.storeUpTo(41);
        trading.loop.runOnce();

        assertThat(trading.broker.account().quantity(AAPL)).isEqualTo(10);
        assertThat(trading.broker.fills(Instant.EPOCH)).singleElement()
                .satisfies(fill -> assertThat(fill.price()).isEqualTo(DAY.get(41).open()));
        assertThat(decisions()).hasSize(2);
        assertThat(decisions().getLast().order()).contains(OrderStatus.FILLED);
        Integer journaledFills = database.jdbc().queryForObject("SELECT COUNT(*) FROM trade_fills", Integer.class);
        assertThat(journaledFills).isEqualTo(1);
    }

    @Test
    void eachNewFillIsToldToTheEventsOnce() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);
        trading.loop.runOnce();

        trading.storeUpTo(41);
        trading.loop.runOnce();
        trading.loop.runOnce();

        assertThat(trading.events.fills).singleElement().satisfies(fill -> {
            assertThat(fill.symbol()).isEqualTo(AAPL);
            assertThat(fill.quantity()).isEqualTo(10);
            assertThat(fill.price()).isEqualTo(DAY.get(41).open());
        });
    }

    @Test
    void eachRunTellsTheEventsWhetherItWentThrough() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.broker.placing(FlakyBroker.Placing.PROCESS_DIES_AFTER_SENDING);
        trading.storeUpTo(40);
        trading.loop.runOnce();

        trading.broker.placing(FlakyBroker.Placing.WORKS);
        trading.storeUpTo(41);
        trading.loop.runOnce();

        assertThat(trading.events.runs).containsExactly("succeeded", "failed: 1 assignment(s) failed in the last run",
                "succeeded");
    }

    @Test
    void aMarketOrderFillsAtTheOpenOfTheBarStillInProgress() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);
        trading.loop.runOnce();

        trading.storeInProgress(41);
        trading.loop.runOnce();

        assertThat(trading.broker.account().quantity(AAPL)).isEqualTo(10);
        assertThat(trading.decisions()).isEqualTo(1);
    }

    @Test
    void aMonthlyBarIsNotDecidedBeforeTheCloseOfTheMonthsLastTradingDay() {
        // December 2026 has 31 days and ends on a Thursday: its bar closes at 16:00 New York (21:00Z) on the 31st
        Instant morningOfTheLastDay = Instant.parse("2026-12-31T15:00:00Z");
        Instant decemberBar = Instant.parse("2026-12-01T05:00:00Z");
        List<Bar> months = new SimulatedMarket(Clock.fixed(morningOfTheLastDay, ZoneOffset.UTC))
                .history(AAPL, Timeframe.MONTHLY, Instant.parse("2026-01-01T00:00:00Z"), morningOfTheLastDay).bars();
        assertThat(months.getLast().start()).as("ingestion stored the month in progress").isEqualTo(decemberBar);
        trading.bars.save(months, "simulated");
        trading.clock.set(morningOfTheLastDay);
        trading.assignments.assign(new Assignment(AAPL, Timeframe.MONTHLY, "buy-every-bar", "quantity=10",
                trading.clock.instant()));

        trading.loop.runOnce();

        assertThat(trading.latestStrategy().seen).extracting(Bar::start).doesNotContain(decemberBar)
                .last().isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(trading.assignments.lastProcessed(AAPL, Timeframe.MONTHLY)).contains(Instant.parse("2026-11-01T04:00:00Z"));

        trading.clock.set(Instant.parse("2026-12-31T21:00:00Z"));
        trading.loop.runOnce();

        assertThat(decisions()).singleElement()
                .satisfies(entry -> assertThat(entry.decision().barStart()).isEqualTo(decemberBar));
    }

    @Test
    void whenSeveralBarsArriveAtOnceOnlyTheNewestTrades() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();

        trading.storeUpTo(44);
        trading.loop.runOnce();

        assertThat(trading.latestStrategy().seen).hasSize(45);
        assertThat(decisions()).singleElement()
                .satisfies(entry -> assertThat(entry.decision().barStart()).isEqualTo(DAY.get(44).start()));
    }

    @Test
    void aRestartNeitherReplaysNorSkipsBars() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);
        trading.loop.runOnce();

        trading.restart();
        trading.loop.runOnce();
        trading.storeUpTo(41);
        trading.loop.runOnce();

        assertThat(decisions()).extracting(entry -> entry.decision().barStart())
                .containsExactly(DAY.get(41).start(), DAY.get(40).start());
        assertThat(trading.latestStrategy().seen.getLast()).isEqualTo(DAY.get(41));
        assertThat(trading.paperOrders()).isEqualTo(2);
    }

    @Test
    void haltingFromAnotherProcessStopsTheNextOrder() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();

        new dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState(database.jdbc())
                .halt("halted by hand", trading.clock.instant());
        trading.storeUpTo(40);
        String summary = trading.loop.runOnce();

        assertThat(trading.paperOrders()).isZero();
        assertThat(summary).contains("1 rejected").contains("HALTED: halted by hand");
        assertThat(decisions()).singleElement().satisfies(entry -> {
            assertThat(entry.verdict().rule()).isEqualTo("kill-switch");
            assertThat(entry.verdict().detail()).isEqualTo("trading is halted: halted by hand");
            assertThat(entry.order()).isEmpty();
        });

        trading.state.resume(trading.clock.instant());
        trading.storeUpTo(41);
        trading.loop.runOnce();
        assertThat(trading.paperOrders()).isEqualTo(1);
    }

    @Test
    void haltingWithCancelOrdersCancelsTheWorkingOrdersAtTheBrokerAndInTheJournal() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);
        trading.loop.runOnce();

        int cancelled = trading.book.cancelEverything();

        assertThat(cancelled).isEqualTo(1);
        assertThat(trading.broker.openOrders()).isEmpty();
        assertThat(trading.journal.openOrders("paper")).isEmpty();
        assertThat(decisions().getFirst().order()).contains(OrderStatus.CANCELLED);
        trading.storeUpTo(41);
        trading.loop.runOnce();
        assertThat(trading.broker.fills(Instant.EPOCH)).isEmpty();
    }

    @Test
    void aRejectedDecisionIsJournaledWithTheRuleThatRejectedIt() {
        trading.limits = new TradingProperties.Risk(25_000, 100_000, 2_000, 1, "", true);
        trading.restart();
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.storeUpTo(40);
        trading.loop.runOnce();

        trading.storeUpTo(41);
        trading.loop.runOnce();

        DecisionEntry rejected = decisions().getFirst();
        assertThat(rejected.verdict().accepted()).isFalse();
        assertThat(rejected.verdict().rule()).isEqualTo("max-orders-per-day");
        assertThat(rejected.verdict().detail()).isEqualTo("1 orders were sent today; the limit is 1");
        assertThat(trading.paperOrders()).isEqualTo(1);
    }

    @Test
    void aCrashBetweenSendingAndRecordingLeavesNoDuplicateAfterTheRestart() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.broker.placing(FlakyBroker.Placing.PROCESS_DIES_AFTER_SENDING);
        trading.storeUpTo(40);
        trading.loop.runOnce();
        assertThat(trading.journal.openOrders("paper")).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo(OrderStatus.PENDING_SEND));
        assertThat(trading.paperOrders()).isEqualTo(1);

        trading.restart();
        trading.loop.runOnce();

        assertThat(trading.paperOrders()).isEqualTo(1);
        assertThat(trading.broker.placeCalls()).isZero();
        JournaledOrder adopted = trading.journal.openOrders("paper").getFirst();
        assertThat(adopted.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(adopted.brokerOrderId()).isEqualTo(trading.broker.openOrders().getFirst().brokerOrderId());
        assertThat(trading.decisions()).isEqualTo(1);
    }

    @Test
    void anOrderWhoseAnswerWasLostIsAdoptedNotResent() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.broker.placing(FlakyBroker.Placing.ARRIVES_BUT_ANSWER_LOST);

        trading.storeUpTo(40);
        trading.loop.runOnce();

        List<BrokerOrder> atBroker = trading.broker.orders(Instant.EPOCH);
        assertThat(atBroker).hasSize(1);
        assertThat(trading.journal.order(atBroker.getFirst().clientKey())).get()
                .satisfies(order -> assertThat(order.brokerOrderId()).isEqualTo(atBroker.getFirst().brokerOrderId()));
    }

    @Test
    void repeatedBrokerErrorsHaltTrading() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.broker.placing(FlakyBroker.Placing.FAILS);

        for (int bar = 40; bar <= 43; bar++) {
            trading.storeUpTo(bar);
            trading.loop.runOnce();
        }

        HaltStatus halt = trading.state.status();
        assertThat(halt.halted()).isTrue();
        assertThat(halt.reason()).startsWith("3 broker errors in a row; the last, placing ");
        assertThat(trading.broker.placeCalls()).isEqualTo(3);
        assertThat(decisions().getFirst().verdict().rule()).isEqualTo("kill-switch");
    }

    @Test
    void reachingTheDailyLossLimitHaltsTrading() {
        trading.journal.recordEquity("paper", TradingFixture.DAY_START.minus(Duration.ofHours(2)), 103_000, 103_000);
        trading.storeUpTo(39);
        trading.assign();

        trading.loop.runOnce();

        HaltStatus halt = trading.state.status();
        assertThat(halt.halted()).isTrue();
        assertThat(halt.reason()).isEqualTo("max-daily-loss: the day's loss of 3,000.00 reached the limit of 2,000.00");
    }

    private static final String HOST = "test-host";

    @Test
    void aSecondProcessDoesNotRunTheLoopWhileTheFirstHoldsItsLease() {
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        TradingLoop first = trading.loop;
        trading.owner = "second-process";
        trading.restart();

        Throwable skipped = catchThrowable(trading.loop::runOnce);
        first.close();
        String ran = trading.loop.runOnce();

        assertThat(skipped).isInstanceOf(JobSkippedException.class)
                .hasMessageStartingWith("test-process runs the decision loop (lease until ");
        assertThat(ran).startsWith("1 assignment");
    }

    @Test
    void aRestartedServiceTakesTheLeaseOverAtOnceFromACrashedProcessOnThisHost() throws Exception {
        Process crashed = new ProcessBuilder("true").start();
        crashed.waitFor();
        trading.owner = crashed.pid() + "@" + HOST;
        trading.restart();
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.owner = ProcessHandle.current().pid() + "@" + HOST;
        trading.restart();

        String ran = trading.loop.runOnce();

        assertThat(ran).startsWith("1 assignment");
        assertThat(trading.state.loopLease()).hasValueSatisfying(lease ->
                assertThat(lease.owner()).isEqualTo(trading.owner));
    }

    @Test
    void aLiveProcessOnThisHostKeepsItsLease() {
        trading.owner = ProcessHandle.current().pid() + "@" + HOST;
        trading.restart();
        trading.storeUpTo(39);
        trading.assign();
        trading.loop.runOnce();
        trading.owner = ProcessHandle.current().pid() + 1_000_000 + "@" + HOST;
        trading.restart();

        assertThat(catchThrowable(trading.loop::runOnce)).isInstanceOf(JobSkippedException.class);
    }
}
