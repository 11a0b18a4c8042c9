package dev.artificer.system.algotrader.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcDecisionJournal;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcWatchlist;
import dev.artificer.system.algotrader.adapters.schwab.SchwabBroker;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.config.TradingProperties;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskChecks;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No duplicate Schwab order after a crash: the desk journals the order, Schwab receives it, and the process dies
 * before it records Schwab's id. A new process (new broker, journal and order book on the same database) reconciles
 * with Schwab's orders and adopts the order instead of sending it again.
 */
class SchwabRestartIT {

    private static final Symbol GOOG = Symbol.of("GOOG");
    private static final Clock CLOCK = Clock.systemUTC();
    private static final TradingProperties.Risk LIMITS =
            new TradingProperties.Risk(100_000, 1_000_000, 50_000, 50, "GOOG", false);

    private StandInSchwab schwab;
    private MigratedDatabase database;
    private InMemoryTokenStore tokens;

    /** One process: its broker, journal, order book and desk. */
    private record Process(FlakyBroker broker, JdbcDecisionJournal journal, OrderBook book, TradingDesk desk) {
    }

    @BeforeEach
    void start() throws IOException {
        schwab = StandInSchwab.start();
        tokens = InMemoryTokenStore.holding(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))));
        database = MigratedDatabase.h2();
        new JdbcWatchlist(database.jdbc(), CLOCK).add(GOOG);
    }

    @AfterEach
    void stop() {
        schwab.close();
        database.close();
    }

    private Process startProcess() {
        Broker schwabBroker = SchwabBroker.open(schwab.client(tokens, StandInSchwab.fastSettings()).trader(),
                StandInSchwab.ACCOUNT_NUMBER, CLOCK);
        FlakyBroker broker = new FlakyBroker(schwabBroker);
        JdbcDecisionJournal journal = new JdbcDecisionJournal(database.jdbc());
        JdbcTradingState state = new JdbcTradingState(database.jdbc());
        BrokerHealth health = new BrokerHealth(state, CLOCK, 3);
        OrderBook book = new OrderBook(broker, TradingMode.LIVE, journal, TradingTelemetry.none(), health,
                TradingEvents.none(), CLOCK);
        TradingDesk desk = new TradingDesk(broker, TradingMode.LIVE, journal, state, RiskChecks.from(LIMITS),
                new JdbcWatchlist(database.jdbc(), CLOCK), book, TradingTelemetry.none(), health, CLOCK);
        return new Process(broker, journal, book, desk);
    }

    private static Decision decision(String key, Order order) {
        Instant now = Instant.now();
        return new Decision(key, now, Timeframe.FIVE_MINUTES, "test", order, now.minus(Duration.ofMinutes(5)), 171.2,
                "test decision", Map.of());
    }

    @Test
    void aCrashBetweenSendingAndRecordingLeavesExactlyOneOrderAtSchwabAdoptedAfterTheRestart() {
        Decision decision = decision("at-crash-1", Order.limit(GOOG, Side.BUY, 5, 171.234));
        Process crashed = startProcess();
        crashed.broker().placing(FlakyBroker.Placing.PROCESS_DIES_AFTER_SENDING);
        assertThatThrownBy(() -> crashed.desk().submit(decision)).isInstanceOf(IllegalStateException.class);
        assertThat(crashed.journal().order("at-crash-1")).get()
                .satisfies(order -> assertThat(order.status()).isEqualTo(OrderStatus.PENDING_SEND))
                .satisfies(order -> assertThat(order.brokerOrderId()).isNull());

        Process restarted = startProcess();
        int settled = restarted.book().reconcile();
        TradingDesk.Outcome replay = restarted.desk().submit(decision);

        assertThat(settled).isEqualTo(1);
        assertThat(replay).isEqualTo(TradingDesk.Outcome.REPLAYED);
        assertThat(schwab.receivedOrders()).hasSize(1);
        assertThat(restarted.broker().placeCalls()).isZero();
        JournaledOrder adopted = restarted.journal().order("at-crash-1").orElseThrow();
        assertThat(adopted.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(adopted.brokerOrderId()).isEqualTo(restarted.broker().openOrders().getFirst().brokerOrderId());
    }

    @Test
    void anAdoptedOrderIsFollowedToItsFill() {
        Decision decision = decision("at-crash-2", Order.market(GOOG, Side.BUY, 5));
        Process crashed = startProcess();
        crashed.broker().placing(FlakyBroker.Placing.PROCESS_DIES_AFTER_SENDING);
        assertThatThrownBy(() -> crashed.desk().submit(decision)).isInstanceOf(IllegalStateException.class);
        Process restarted = startProcess();
        restarted.book().reconcile();
        String brokerId = restarted.journal().order("at-crash-2").orElseThrow().brokerOrderId();

        schwab.fillOrder(Long.parseLong(brokerId), 170.5);
        int fills = restarted.book().sync();

        assertThat(fills).isEqualTo(1);
        JournaledOrder filled = restarted.journal().order("at-crash-2").orElseThrow();
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledQuantity()).isEqualTo(5);
        assertThat(filled.averagePrice()).isEqualTo(170.5);
        assertThat(schwab.receivedOrders()).hasSize(1);
    }

    @Test
    void aCrashBeforeSendingMarksTheOrderFailedAndSendsNothing() {
        Decision decision = decision("at-crash-3", Order.market(GOOG, Side.BUY, 5));
        Process crashed = startProcess();
        long id = crashed.journal().record(decision, RiskVerdict.accept(),
                SchwabBroker.NAME);
        Instant now = CLOCK.instant();
        crashed.journal().pending(new JournaledOrder("at-crash-3", id, SchwabBroker.NAME, null, decision.order(),
                OrderStatus.PENDING_SEND, 0, Double.NaN, now, now, ""));

        Process restarted = startProcess();
        restarted.book().reconcile();

        assertThat(restarted.journal().order("at-crash-3").orElseThrow().status()).isEqualTo(OrderStatus.FAILED);
        assertThat(schwab.receivedOrders()).isEmpty();
    }

    @Test
    void aSecondIdenticalOrderIsPlacedAndBothAreTrackedApart() {
        Process process = startProcess();

        TradingDesk.Outcome first = process.desk().submit(decision("at-twin-1", Order.market(GOOG, Side.BUY, 5)));
        TradingDesk.Outcome second = process.desk().submit(decision("at-twin-2", Order.market(GOOG, Side.BUY, 5)));

        assertThat(first).isEqualTo(TradingDesk.Outcome.SENT);
        assertThat(second).isEqualTo(TradingDesk.Outcome.SENT);
        assertThat(schwab.receivedOrders()).hasSize(2);
        assertThat(process.journal().order("at-twin-1").orElseThrow().brokerOrderId())
                .isNotEqualTo(process.journal().order("at-twin-2").orElseThrow().brokerOrderId());
    }
}
