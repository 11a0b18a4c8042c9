package dev.artificer.system.algotrader.trading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcDecisionJournal;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcStrategyAssignments;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relational trading stores (assignments, kill switch, journal), once on H2 and once on MySQL/MariaDB. */
abstract class TradingStoresContract {

    static final Symbol AAPL = Symbol.of("AAPL");
    static final Symbol MSFT = Symbol.of("MSFT");
    static final Instant T0 = Instant.parse("2026-11-18T15:00:00Z");

    private MigratedDatabase database;
    private JdbcStrategyAssignments assignments;
    private JdbcTradingState state;
    private JdbcDecisionJournal journal;

    abstract MigratedDatabase open();

    @BeforeEach
    void setUp() {
        database = open();
        assignments = new JdbcStrategyAssignments(database.jdbc());
        state = new JdbcTradingState(database.jdbc());
        journal = new JdbcDecisionJournal(database.jdbc());
    }

    @AfterEach
    void tearDown() {
        if (database != null) {
            database.close();
        }
    }

    static Decision decision(String key, Symbol symbol, int minute) {
        return new Decision(key, T0.plus(Duration.ofMinutes(minute)), Timeframe.FIVE_MINUTES, "sma-cross fast=10 slow=30",
                Order.market(symbol, Side.BUY, 10), T0, 123.45, "crossed up", Map.of("close", 123.45, "fast", 121.0));
    }

    static JournaledOrder pending(String key, long decisionId, Instant at) {
        return new JournaledOrder(key, decisionId, "paper", null, Order.limit(AAPL, Side.BUY, 10, 120.5),
                OrderStatus.PENDING_SEND, 0, Double.NaN, at, at, "");
    }

    @Test
    void assigningAgainReplacesTheStrategyAndForgetsTheLastProcessedBar() {
        assignments.assign(new Assignment(AAPL, Timeframe.DAILY, "sma-cross", "fast=10 slow=30", T0));
        assignments.recordProcessed(AAPL, Timeframe.DAILY, T0);

        assignments.assign(new Assignment(AAPL, Timeframe.DAILY, "ema-cross", "fast=12 slow=26", T0.plusSeconds(60)));

        assertThat(assignments.list()).singleElement().extracting(Assignment::identity).isEqualTo("ema-cross fast=12 slow=26");
        assertThat(assignments.lastProcessed(AAPL, Timeframe.DAILY)).isEmpty();
    }

    @Test
    void assignmentsAreListedBySymbolAndRemovedOneByOne() {
        assignments.assign(new Assignment(MSFT, Timeframe.DAILY, "sma-cross", "", T0));
        assignments.assign(new Assignment(AAPL, Timeframe.FIVE_MINUTES, "sma-cross", "", T0));
        assignments.recordProcessed(MSFT, Timeframe.DAILY, T0);

        assertThat(assignments.list()).extracting(Assignment::symbol).containsExactly(AAPL, MSFT);
        assertThat(assignments.lastProcessed(MSFT, Timeframe.DAILY)).contains(T0);
        assertThat(assignments.unassign(AAPL, Timeframe.FIVE_MINUTES)).isTrue();
        assertThat(assignments.unassign(AAPL, Timeframe.FIVE_MINUTES)).isFalse();
        assertThat(assignments.list()).extracting(Assignment::symbol).containsExactly(MSFT);
    }

    @Test
    void theKillSwitchKeepsItsFirstReasonUntilResumed() {
        assertThat(state.status().halted()).isFalse();

        assertThat(state.halt("first", T0)).isTrue();
        assertThat(state.halt("second", T0.plusSeconds(1))).isFalse();

        assertThat(new JdbcTradingState(database.jdbc()).status()).isEqualTo(new HaltStatus(true, "first", T0));
        assertThat(state.resume(T0.plusSeconds(2))).isTrue();
        assertThat(state.resume(T0.plusSeconds(3))).isFalse();
        assertThat(state.status().halted()).isFalse();
    }

    @Test
    void onlyOneProcessHoldsTheLoopLeaseUntilItExpiresOrIsReleased() {
        assertThat(state.claimLoop("one", T0, Duration.ofMinutes(3))).isTrue();
        assertThat(state.claimLoop("one", T0, Duration.ofMinutes(3))).isTrue();
        assertThat(state.claimLoop("two", T0.plusSeconds(60), Duration.ofMinutes(3))).isFalse();
        assertThat(state.loopLease()).contains(new LoopLease("one", T0.plus(Duration.ofMinutes(3))));

        assertThat(state.claimLoop("two", T0.plus(Duration.ofMinutes(4)), Duration.ofMinutes(3))).isTrue();
        state.releaseLoop("one");
        assertThat(state.loopLease()).map(LoopLease::owner).contains("two");
        state.releaseLoop("two");
        assertThat(state.loopLease()).isEmpty();
    }

    @Test
    void decisionsComeBackNewestFirstWithTheirRiskOutcomeAndOrderStatus() {
        long accepted = journal.record(decision("k1", AAPL, 0), RiskVerdict.accept(), "paper");
        journal.pending(pending("k1", accepted, T0));
        journal.update("k1", "paper-1", OrderStatus.FILLED, 10, 120.4, "", T0.plusSeconds(5));
        journal.record(decision("k2", MSFT, 1), RiskVerdict.reject("max-orders-per-day", "50 orders", false), "paper");
        journal.record(decision("k3", AAPL, 2), RiskVerdict.reject("kill-switch", "halted", false), "paper");

        assertThat(journal.decisions(Optional.empty(), 2)).extracting(entry -> entry.decision().clientKey())
                .containsExactly("k3", "k2");
        DecisionEntry first = journal.decisions(Optional.of(AAPL), 10).getLast();
        assertThat(first.decision()).isEqualTo(decision("k1", AAPL, 0));
        assertThat(first.verdict()).isEqualTo(RiskVerdict.accept());
        assertThat(first.order()).contains(OrderStatus.FILLED);
        assertThat(journal.decisions(Optional.of(MSFT), 10)).singleElement().satisfies(entry -> {
            assertThat(entry.verdict().rule()).isEqualTo("max-orders-per-day");
            assertThat(entry.order()).isEmpty();
        });
        assertThat(journal.hasDecision("k2")).isTrue();
        assertThat(journal.hasDecision("k9")).isFalse();
    }

    @Test
    void anOrderIsJournaledPendingBeforeItGetsTheBrokersIdAndStatus() {
        long id = journal.record(decision("k1", AAPL, 0), RiskVerdict.accept(), "paper");
        journal.pending(pending("k1", id, T0));

        assertThat(journal.openOrders("paper")).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING_SEND);
            assertThat(order.brokerId()).isEmpty();
            assertThat(order.order()).isEqualTo(Order.limit(AAPL, Side.BUY, 10, 120.5));
        });
        assertThat(journal.update("k1", "paper-7", OrderStatus.WORKING, 0, Double.NaN, "", T0)).isTrue();
        assertThat(journal.update("k1", null, OrderStatus.WORKING, 0, Double.NaN, "", T0)).isFalse();
        assertThat(journal.knowsBrokerOrder("paper", "paper-7")).isTrue();
        assertThat(journal.order("k1")).get().extracting(JournaledOrder::brokerOrderId).isEqualTo("paper-7");
    }

    @Test
    void failedOrdersDoNotCountTowardsTheDaysOrders() {
        long id = journal.record(decision("k1", AAPL, 0), RiskVerdict.accept(), "paper");
        journal.pending(pending("k1", id, T0));
        long other = journal.record(decision("k2", AAPL, 1), RiskVerdict.accept(), "paper");
        journal.pending(pending("k2", other, T0.plusSeconds(1)));
        journal.update("k2", null, OrderStatus.FAILED, 0, Double.NaN, "sending failed", T0.plusSeconds(2));

        assertThat(journal.ordersSince("paper", T0)).isEqualTo(1);
        assertThat(journal.ordersSince("paper", T0.plusSeconds(1))).isZero();
        assertThat(journal.openOrders("paper")).extracting(JournaledOrder::clientKey).containsExactly("k1");
    }

    @Test
    void aFillIsJournaledOnce() {
        BrokerFill fill = new BrokerFill("paper-1-1", "paper-1", AAPL, Side.BUY, 10, 120.4, 1.0, T0);

        assertThat(journal.recordFill("paper", fill)).isTrue();
        assertThat(journal.recordFill("paper", fill)).isFalse();
    }

    @Test
    void theDaysFirstEquityIsTheFirstSnapshotSinceItsStart() {
        journal.recordEquity("paper", T0.minusSeconds(3600), 90_000, 99_000);
        journal.recordEquity("paper", T0, 95_000, 100_500);
        journal.recordEquity("paper", T0.plusSeconds(60), 95_000, 100_700);

        assertThat(journal.firstEquitySince("paper", T0.minusSeconds(60))).hasValue(100_500);
        assertThat(journal.firstEquitySince("schwab", T0.minusSeconds(60))).isEmpty();
    }
}
