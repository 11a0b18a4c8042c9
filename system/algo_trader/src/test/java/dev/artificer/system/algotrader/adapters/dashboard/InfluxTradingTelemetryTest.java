package dev.artificer.system.algotrader.adapters.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.influxdb.DataPoint;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.observability.Measurement;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.Decision;
import dev.artificer.system.algotrader.trading.JournaledOrder;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfluxTradingTelemetryTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant T0 = Instant.parse("2026-11-18T15:00:00Z");
    private static final Decision DECISION = new Decision("k1", T0, Timeframe.DAILY, "sma-cross fast=10 slow=30",
            Order.market(AAPL, Side.BUY, 10), T0, 123.45, "crossed up", Map.of("close", 123.45));

    private static void matchesTheSchema(DataPoint point, Measurement measurement) {
        assertThat(point.measurement()).isEqualTo(measurement.name());
        assertThat(point.tags().keySet()).containsExactlyInAnyOrderElementsOf(measurement.tags());
        assertThat(point.fields().keySet()).containsExactlyInAnyOrderElementsOf(measurement.fields());
        measurement.tagValues().forEach((tag, values) -> assertThat(values).as(tag).contains(point.tags().get(tag)));
    }

    @Test
    void aDecisionIsAPointOfTheDecisionsMeasurementTheDashboardAnnotates() {
        DataPoint point = InfluxTradingTelemetry.decisionPoint(DECISION, RiskVerdict.accept(), TradingMode.PAPER);

        matchesTheSchema(point, ObservabilitySchema.DECISIONS);
        assertThat(point.tags()).containsEntry("action", "buy").containsEntry("mode", "paper");
        assertThat(point.fields()).containsEntry("price", 123.45).containsEntry("reason", "crossed up");
    }

    @Test
    void aRejectedDecisionSaysWhichRuleRejectedIt() {
        DataPoint point = InfluxTradingTelemetry.decisionPoint(DECISION,
                RiskVerdict.reject("max-orders-per-day", "50 orders", false), TradingMode.PAPER);

        assertThat(point.fields().get("reason")).isEqualTo("rejected by max-orders-per-day: 50 orders; crossed up");
    }

    @Test
    void aFilledOrderIsAPointWithItsFillPriceAndAPendingOneIsNone() {
        JournaledOrder filled = new JournaledOrder("k1", 1, "paper", "paper-1", Order.market(AAPL, Side.BUY, 10),
                OrderStatus.FILLED, 10, 120.4, T0, T0, "");

        DataPoint point = InfluxTradingTelemetry.orderPoint(filled, TradingMode.LIVE, T0).orElseThrow();

        matchesTheSchema(point, ObservabilitySchema.ORDERS);
        assertThat(point.tags()).containsEntry("status", "filled").containsEntry("mode", "live");
        assertThat(point.fields()).containsEntry("price", 120.4).containsEntry("order_id", "paper-1");
        assertThat(InfluxTradingTelemetry.orderPoint(new JournaledOrder("k2", 2, "paper", null,
                Order.market(AAPL, Side.BUY, 1), OrderStatus.PENDING_SEND, 0, Double.NaN, T0, T0, ""),
                TradingMode.PAPER, T0)).isEmpty();
    }

    @Test
    void theAccountBecomesPositionsPnlAndEquityPoints() {
        AccountSnapshot account = new AccountSnapshot(90_000, 101_500, List.of(new BrokerPosition(AAPL, 100, 100, 115)));

        List<DataPoint> points = InfluxTradingTelemetry.accountPoints(account, 100_000, TradingMode.PAPER, T0,
                Set.of());

        assertThat(points).hasSize(3);
        matchesTheSchema(points.get(0), ObservabilitySchema.POSITIONS);
        matchesTheSchema(points.get(1), ObservabilitySchema.PNL);
        matchesTheSchema(points.get(2), ObservabilitySchema.EQUITY);
        assertThat(points.get(0).fields()).containsEntry("unrealized_pnl", 1_500.0).containsEntry("market_value", 11_500.0);
        assertThat(points.get(1).fields()).containsEntry("total", 1_500.0).containsEntry("unrealized", 1_500.0)
                .containsEntry("realized", 0.0);
    }

    @Test
    void aPositionThatClosedGetsAZeroPointSoTheLatestPositionsPanelDropsIt() {
        AccountSnapshot flat = new AccountSnapshot(101_500, 101_500, List.of());

        List<DataPoint> points = InfluxTradingTelemetry.accountPoints(flat, 100_000, TradingMode.PAPER, T0,
                Set.of(AAPL));

        assertThat(points).hasSize(3);
        matchesTheSchema(points.getFirst(), ObservabilitySchema.POSITIONS);
        assertThat(points.getFirst().tags()).containsEntry("symbol", "AAPL");
        assertThat(points.getFirst().fields()).containsEntry("quantity", 0L).containsEntry("market_value", 0.0);
    }

    @Test
    void onlyThePositionsHeldInThePreviousSnapshotOfTheSameModeAndGoneNowAreClosed() {
        Symbol msft = Symbol.of("MSFT");
        InfluxTradingTelemetry telemetry = new InfluxTradingTelemetry(null);
        BrokerPosition aapl = new BrokerPosition(AAPL, 10, 100, 100);
        BrokerPosition msftPosition = new BrokerPosition(msft, 5, 200, 200);

        assertThat(telemetry.closedSince(new AccountSnapshot(0, 0, List.of(aapl, msftPosition)), TradingMode.PAPER))
                .isEmpty();
        assertThat(telemetry.closedSince(new AccountSnapshot(0, 0, List.of(aapl)), TradingMode.LIVE)).isEmpty();
        assertThat(telemetry.closedSince(new AccountSnapshot(0, 0, List.of(aapl)), TradingMode.PAPER))
                .containsExactly(msft);
        assertThat(telemetry.closedSince(new AccountSnapshot(0, 0, List.of(aapl)), TradingMode.PAPER)).isEmpty();
    }
}
