package dev.artificer.system.algotrader.adapters.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.trader.Instruction;
import dev.artificer.infrastructure.schwab.trader.OrderReport;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchwabOrdersTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant ENTERED = Instant.parse("2026-11-20T15:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-11-20T15:00:07Z");

    private static OrderReport report(dev.artificer.infrastructure.schwab.trader.OrderStatus status, String instruction,
                                      String type, double quantity, double filled, Double price, Double average) {
        return new OrderReport(1_004_000_001L, status, null, "AAPL", instruction, type, quantity, filled,
                quantity - filled, price, average, ENTERED, status.terminal() ? CLOSED : null, null);
    }

    @Test
    void buysWithBuyWhenFlatOrLong() {
        assertThat(SchwabOrders.instruction(Order.market(AAPL, Side.BUY, 5), 0)).isEqualTo(Instruction.BUY);
        assertThat(SchwabOrders.instruction(Order.market(AAPL, Side.BUY, 5), 10)).isEqualTo(Instruction.BUY);
    }

    @Test
    void buysWhileShortToCoverUpToTheShortPosition() {
        assertThat(SchwabOrders.instruction(Order.market(AAPL, Side.BUY, 5), -5)).isEqualTo(Instruction.BUY_TO_COVER);
        assertThat(SchwabOrders.instruction(Order.market(AAPL, Side.BUY, 3), -5)).isEqualTo(Instruction.BUY_TO_COVER);
    }

    @Test
    void sellsFromALongPositionUpToItsSize() {
        assertThat(SchwabOrders.instruction(Order.market(AAPL, Side.SELL, 10), 10)).isEqualTo(Instruction.SELL);
    }

    @Test
    void sellsShortWhenFlatOrShort() {
        assertThat(SchwabOrders.instruction(Order.market(AAPL, Side.SELL, 10), 0)).isEqualTo(Instruction.SELL_SHORT);
        assertThat(SchwabOrders.instruction(Order.market(AAPL, Side.SELL, 10), -2)).isEqualTo(Instruction.SELL_SHORT);
    }

    @Test
    void refusesABuyThatWouldTurnAShortIntoALong() {
        assertThatThrownBy(() -> SchwabOrders.instruction(Order.market(AAPL, Side.BUY, 8), -5))
                .isInstanceOf(BrokerException.class).hasMessageContaining("would cross from short to long");
    }

    @Test
    void readsASchwabOrderAsTheTradingCoresOrder() {
        BrokerOrder order = SchwabOrders.brokerOrder(report(
                dev.artificer.infrastructure.schwab.trader.OrderStatus.QUEUED, "SELL_SHORT", "LIMIT", 7, 0, 199.99,
                null)).orElseThrow();

        assertThat(order.brokerOrderId()).isEqualTo("1004000001");
        assertThat(order.clientKey()).isNull();
        assertThat(order.order()).isEqualTo(Order.limit(AAPL, Side.SELL, 7, 199.99));
        assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(order.averagePrice()).isNaN();
        assertThat(order.enteredAt()).isEqualTo(ENTERED);
    }

    @Test
    void mapsSchwabsStatusesToTheTradingCores() {
        assertThat(SchwabOrders.status(dev.artificer.infrastructure.schwab.trader.OrderStatus.FILLED))
                .isEqualTo(OrderStatus.FILLED);
        assertThat(SchwabOrders.status(dev.artificer.infrastructure.schwab.trader.OrderStatus.EXPIRED))
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(SchwabOrders.status(dev.artificer.infrastructure.schwab.trader.OrderStatus.CANCELED))
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(SchwabOrders.status(dev.artificer.infrastructure.schwab.trader.OrderStatus.REJECTED))
                .isEqualTo(OrderStatus.REJECTED);
        assertThat(SchwabOrders.status(dev.artificer.infrastructure.schwab.trader.OrderStatus.PENDING_ACTIVATION))
                .isEqualTo(OrderStatus.WORKING);
        assertThat(SchwabOrders.status(dev.artificer.infrastructure.schwab.trader.OrderStatus.UNKNOWN))
                .isEqualTo(OrderStatus.WORKING);
    }

    @Test
    void leavesOutOrdersThatAreNotWholeShareMarketOrLimitOrders() {
        assertThat(SchwabOrders.brokerOrder(report(dev.artificer.infrastructure.schwab.trader.OrderStatus.WORKING,
                "BUY", "STOP", 5, 0, null, null))).isEmpty();
        assertThat(SchwabOrders.brokerOrder(report(dev.artificer.infrastructure.schwab.trader.OrderStatus.WORKING,
                "BUY_TO_OPEN", "MARKET", 5, 0, null, null))).isEmpty();
        assertThat(SchwabOrders.brokerOrder(report(dev.artificer.infrastructure.schwab.trader.OrderStatus.WORKING,
                "BUY", "MARKET", 0.5, 0, null, null))).isEmpty();
    }

    @Test
    void aDoneOrderIsOneFillOfItsFilledSharesAtTheirAveragePriceWhenItClosed() {
        assertThat(SchwabOrders.fill(report(dev.artificer.infrastructure.schwab.trader.OrderStatus.CANCELED, "SELL",
                "LIMIT", 10, 4, 101.0, 101.25))).get().satisfies(fill -> {
                    assertThat(fill.fillId()).isEqualTo("1004000001");
                    assertThat(fill.side()).isEqualTo(Side.SELL);
                    assertThat(fill.quantity()).isEqualTo(4);
                    assertThat(fill.price()).isEqualTo(101.25);
                    assertThat(fill.filledAt()).isEqualTo(CLOSED);
                });
    }

    @Test
    void aWorkingOrderIsNoFillYetEvenWhenPartlyFilled() {
        assertThat(SchwabOrders.fill(report(dev.artificer.infrastructure.schwab.trader.OrderStatus.WORKING, "BUY",
                "MARKET", 10, 4, null, 100.0))).isEmpty();
    }
}
