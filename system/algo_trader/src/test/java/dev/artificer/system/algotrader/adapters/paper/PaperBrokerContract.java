package dev.artificer.system.algotrader.adapters.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.stream.FreshQuotes;
import dev.artificer.system.algotrader.stream.LiveQuote;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import dev.artificer.system.algotrader.trading.MutableClock;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.ClientOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paper broker, run once on H2 (the embedded default) and once on MySQL/MariaDB. */
abstract class PaperBrokerContract {

    static final Symbol AAPL = Symbol.of("AAPL");
    static final double CASH = 100_000;
    static final double SLIPPAGE_BPS = 5;
    static final Instant DAY_START = Instant.parse("2026-11-18T14:30:00Z");
    static final Instant DAY_END = Instant.parse("2026-11-18T21:00:00Z");

    /** A whole simulated day of AAPL in 5-minute bars (Wednesday 18 November 2026, 09:30-16:00 New York). */
    static final List<Bar> DAY = new SimulatedMarket(Clock.fixed(DAY_END, ZoneOffset.UTC))
            .history(AAPL, Timeframe.FIVE_MINUTES, DAY_START, DAY_END).bars();

    private MigratedDatabase database;
    final MutableClock clock = new MutableClock(DAY_START);

    abstract MigratedDatabase open();

    @BeforeEach
    void migrate() {
        database = open();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    PaperBroker broker() {
        return broker(FreshQuotes.NONE);
    }

    PaperBroker broker(FreshQuotes quotes) {
        return new PaperBroker(database.jdbc(), new PaperSettings(CASH, CommissionModel.perShare(0.005, 1.0),
                SlippageModel.basisPoints(SLIPPAGE_BPS)), clock, quotes);
    }

    /** The broker's time moves to the bar's end, then it sees the bar. */
    void observe(PaperBroker broker, Bar bar) {
        clock.set(bar.start().plus(bar.timeframe().nominalLength()));
        broker.observe(bar);
    }

    static ClientOrder order(String key, Order order, Bar signal) {
        return new ClientOrder(key, order, signal.timeframe(), signal.start());
    }

    static double commission(long quantity) {
        return Math.max(1.0, 0.005 * quantity);
    }

    @Test
    void aWholeDayFillsMarketLimitAndStopOrdersWithTheBacktestCostsAndSurvivesARestart() {
        assertThat(DAY).hasSize(78);
        int limitFrom = 21;
        int stopFrom = 41;
        int highest = IntStream.range(limitFrom, DAY.size()).boxed()
                .max((one, other) -> Double.compare(DAY.get(one).high(), DAY.get(other).high())).orElseThrow();
        int lowest = IntStream.range(stopFrom, DAY.size()).boxed()
                .min((one, other) -> Double.compare(DAY.get(one).low(), DAY.get(other).low())).orElseThrow();
        double limit = DAY.get(highest).high() - 0.00001;
        double stop = DAY.get(lowest).low() + 0.00001;
        PaperBroker broker = broker();
        for (int index = 0; index < DAY.size(); index++) {
            Bar bar = DAY.get(index);
            observe(broker, bar);
            if (index == 0) {
                broker.place(order("buy", Order.market(AAPL, Side.BUY, 100), bar));
            } else if (index == limitFrom - 1) {
                broker.place(order("target", Order.limit(AAPL, Side.SELL, 60, limit), bar));
            } else if (index == stopFrom - 1) {
                broker.place(order("stop", Order.stop(AAPL, Side.SELL, 40, stop), bar));
            }
        }

        double buyPrice = DAY.get(1).open() * (1 + SLIPPAGE_BPS / 10_000);
        double limitPrice = Math.max(DAY.get(highest).open(), limit);
        double stopPrice = Math.min(DAY.get(lowest).open(), stop) * (1 - SLIPPAGE_BPS / 10_000);
        double expectedCash = CASH - 100 * buyPrice - commission(100) + 60 * limitPrice - commission(60)
                + 40 * stopPrice - commission(40);
        AccountSnapshot account = broker.account();
        assertThat(account.cash()).isCloseTo(expectedCash, within(1e-6));
        assertThat(account.positions()).isEmpty();
        assertThat(account.equity()).isCloseTo(expectedCash, within(1e-6));
        assertThat(broker.fills(DAY_START)).extracting(BrokerFill::price)
                .containsExactlyInAnyOrder(buyPrice, limitPrice, stopPrice);
        assertThat(broker.orders(DAY_START)).extracting(BrokerOrder::status).containsOnly(OrderStatus.FILLED);

        PaperBroker restarted = broker();
        assertThat(restarted.account()).isEqualTo(account);
        assertThat(restarted.fills(DAY_START)).hasSize(3);
        assertThat(restarted.orders(DAY_START)).hasSize(3);
    }

    @Test
    void positionsAndCashSurviveARestartMidDayAndTheNewInstanceKeepsFilling() {
        PaperBroker broker = broker();
        observe(broker, DAY.get(0));
        broker.place(order("buy", Order.market(AAPL, Side.BUY, 50), DAY.get(0)));
        observe(broker, DAY.get(1));
        broker.place(order("sell", Order.market(AAPL, Side.SELL, 20), DAY.get(1)));

        PaperBroker restarted = broker();
        observe(restarted, DAY.get(2));

        AccountSnapshot account = restarted.account();
        assertThat(account.quantity(AAPL)).isEqualTo(30);
        assertThat(account.position(AAPL).orElseThrow().averagePrice())
                .isCloseTo(DAY.get(1).open() * (1 + SLIPPAGE_BPS / 10_000), within(1e-9));
        assertThat(account.position(AAPL).orElseThrow().marketPrice()).isEqualTo(DAY.get(2).close());
        assertThat(restarted.openOrders()).isEmpty();
    }

    @Test
    void anOrderNeverFillsOnTheBarItWasDecidedOn() {
        PaperBroker broker = broker();
        observe(broker, DAY.get(0));
        broker.place(order("buy", Order.market(AAPL, Side.BUY, 10), DAY.get(0)));

        broker.observe(DAY.get(0));

        assertThat(broker.openOrders()).hasSize(1);
        assertThat(broker.account().positions()).isEmpty();
    }

    @Test
    void theSameClientKeyTwiceKeepsOneOrder() {
        PaperBroker broker = broker();
        BrokerOrder first = broker.place(order("once", Order.market(AAPL, Side.BUY, 10), DAY.get(0)));

        BrokerOrder second = broker().place(order("once", Order.market(AAPL, Side.BUY, 10), DAY.get(0)));

        assertThat(second.brokerOrderId()).isEqualTo(first.brokerOrderId());
        assertThat(broker.orders(Instant.EPOCH)).hasSize(1);
    }

    @Test
    void aBuyTheCashDoesNotCoverIsRejectedWithTheReason() {
        PaperBroker broker = broker();
        broker.place(order("too-big", Order.market(AAPL, Side.BUY, 1_000_000), DAY.get(0)));

        observe(broker, DAY.get(1));

        BrokerOrder order = broker.orders(Instant.EPOCH).getFirst();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.detail()).startsWith("cash 100,000.00 does not cover 1000000 x ");
        assertThat(broker.account().cash()).isEqualTo(CASH);
    }

    @Test
    void sellingSharesNotHeldIsRejectedAsAShortSale() {
        PaperBroker broker = broker();
        broker.place(order("short", Order.market(AAPL, Side.SELL, 5), DAY.get(0)));

        observe(broker, DAY.get(1));

        assertThat(broker.orders(Instant.EPOCH).getFirst().detail()).isEqualTo("short selling is not enabled (holding 0)");
        assertThat(broker.account().positions()).isEmpty();
    }

    @Test
    void aCancelledOrderNeverFills() {
        PaperBroker broker = broker();
        BrokerOrder placed = broker.place(order("cancel-me", Order.market(AAPL, Side.BUY, 10), DAY.get(0)));

        broker.cancel(placed.brokerOrderId());
        observe(broker, DAY.get(1));

        assertThat(broker.orders(Instant.EPOCH).getFirst().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(broker.account().positions()).isEmpty();
    }

    @Test
    void aFilledOrderCancelsItsOneCancelsOtherSibling() {
        PaperBroker broker = broker();
        broker.place(order("buy", Order.market(AAPL, Side.BUY, 10), DAY.get(0)));
        observe(broker, DAY.get(1));
        broker.place(order("near-stop", Order.stop(AAPL, Side.SELL, 10, DAY.get(2).high() * 2)
                .oneCancelsOther("exit"), DAY.get(1)));
        broker.place(order("far-target", Order.limit(AAPL, Side.SELL, 10, DAY.get(2).high() * 3)
                .oneCancelsOther("exit"), DAY.get(1)));

        observe(broker, DAY.get(2));

        assertThat(broker.orders(Instant.EPOCH)).extracting(BrokerOrder::clientKey, BrokerOrder::status)
                .containsExactlyInAnyOrder(tuple("buy", OrderStatus.FILLED), tuple("near-stop", OrderStatus.FILLED),
                        tuple("far-target", OrderStatus.CANCELLED));
        assertThat(broker.account().positions()).isEmpty();
    }

    static FreshQuotes quoting(double bid, double ask, Instant time) {
        return symbol -> Optional.of(new LiveQuote(symbol, bid, ask, (bid + ask) / 2, 1_000, time));
    }

    @Test
    void aMarketBuyWithAFreshQuoteFillsWhenPlacedAtTheAskPlusSlippage() {
        Instant quoted = DAY_START.plusSeconds(299);
        PaperBroker broker = broker(quoting(190.00, 190.10, quoted));

        BrokerOrder placed = broker.place(order("buy", Order.market(AAPL, Side.BUY, 100), DAY.get(0)));

        assertThat(placed.status()).isEqualTo(OrderStatus.FILLED);
        PricedFill fill = broker.pricedFills(Instant.EPOCH).getFirst();
        assertThat(fill.fill().price()).isCloseTo(190.19505, within(1e-9));
        assertThat(fill.basis()).isEqualTo(PriceBasis.QUOTE);
        assertThat(fill.quoteTime()).contains(quoted);
        assertThat(broker.account().cash()).isCloseTo(100_000 - 19_019.505 - 1.0, within(1e-6));
    }

    @Test
    void aMarketSellWithAFreshQuoteFillsAtTheBidLessSlippage() {
        broker(quoting(190.00, 190.10, DAY_START)).place(order("buy", Order.market(AAPL, Side.BUY, 100), DAY.get(0)));
        clock.set(DAY_START.plusSeconds(60));
        PaperBroker broker = broker(quoting(191.00, 191.20, DAY_START.plusSeconds(60)));

        broker.place(order("sell", Order.market(AAPL, Side.SELL, 100), DAY.get(0)));

        assertThat(broker.pricedFills(Instant.EPOCH)).extracting(fill -> fill.fill().price())
                .satisfiesExactly(buy -> assertThat(buy).isCloseTo(190.19505, within(1e-9)),
                        sell -> assertThat(sell).isCloseTo(190.9045, within(1e-9)));
        assertThat(broker.account().cash()).isCloseTo(100_000 - 19_019.505 - 1.0 + 19_090.45 - 1.0, within(1e-6));
        assertThat(broker.account().positions()).isEmpty();
    }

    @Test
    void withoutAFreshQuoteAMarketOrderFillsAtTheNextOpenAndSaysSo() {
        PaperBroker broker = broker();
        BrokerOrder placed = broker.place(order("buy", Order.market(AAPL, Side.BUY, 10), DAY.get(0)));
        assertThat(placed.status()).isEqualTo(OrderStatus.WORKING);

        observe(broker, DAY.get(1));

        PricedFill fill = broker.pricedFills(Instant.EPOCH).getFirst();
        assertThat(fill.fill().price()).isCloseTo(DAY.get(1).open() * 1.0005, within(1e-9));
        assertThat(fill.basis()).isEqualTo(PriceBasis.NEXT_OPEN);
        assertThat(fill.quoteTime()).isEmpty();
    }

    @Test
    void aLimitOrderIgnoresTheQuoteAndFillsInsideTheBarRange() {
        PaperBroker broker = broker(quoting(1.00, 1.01, DAY_START));
        double limit = DAY.get(1).low() + 0.01;
        broker.place(order("dip", Order.limit(AAPL, Side.BUY, 10, limit), DAY.get(0)));

        observe(broker, DAY.get(1));

        PricedFill fill = broker.pricedFills(Instant.EPOCH).getFirst();
        assertThat(fill.fill().price()).isEqualTo(Math.min(DAY.get(1).open(), limit));
        assertThat(fill.basis()).isEqualTo(PriceBasis.BAR_RANGE);
    }
}
