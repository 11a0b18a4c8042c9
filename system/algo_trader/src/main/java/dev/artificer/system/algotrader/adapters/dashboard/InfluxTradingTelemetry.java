package dev.artificer.system.algotrader.adapters.dashboard;

import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.infrastructure.influxdb.DataPoint;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.system.algotrader.observability.OrderStatusTag;
import dev.artificer.system.algotrader.trading.Decision;
import dev.artificer.system.algotrader.trading.JournaledOrder;
import dev.artificer.system.algotrader.trading.TradingTelemetry;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.time.Instant;
import dev.artificer.component.market.Symbol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trading events as points of the measurements the Grafana trading dashboard reads ({@link ObservabilitySchema}:
 * decisions and orders become annotations; positions, P&amp;L and equity its panels), written asynchronously so
 * that InfluxDB being slow or down never holds trading up.
 */
public final class InfluxTradingTelemetry implements TradingTelemetry {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxTradingTelemetry.class);
    /** The strategy tag of account-wide P&amp;L. */
    static final String ALL_STRATEGIES = "all";

    private final BaseInfluxClient influx;
    private final Map<TradingMode, Set<Symbol>> held = new EnumMap<>(TradingMode.class);

    /**
     * Creates the telemetry.
     *
     * @param influx the InfluxDB client (its bucket is the dashboard's)
     */
    public InfluxTradingTelemetry(BaseInfluxClient influx) {
        this.influx = influx;
    }

    @Override
    public void decision(Decision decision, RiskVerdict verdict, TradingMode mode) {
        write(List.of(decisionPoint(decision, verdict, mode)));
    }

    @Override
    public void order(JournaledOrder order, TradingMode mode, Instant at) {
        orderPoint(order, mode, at).ifPresent(point -> write(List.of(point)));
    }

    @Override
    public void account(AccountSnapshot account, double dayStartEquity, TradingMode mode, Instant at) {
        write(accountPoints(account, dayStartEquity, mode, at, closedSince(account, mode)));
    }

    synchronized Set<Symbol> closedSince(AccountSnapshot account, TradingMode mode) {
        Set<Symbol> now = account.positions().stream().map(BrokerPosition::symbol).collect(Collectors.toSet());
        Set<Symbol> closed = new HashSet<>(held.getOrDefault(mode, Set.of()));
        closed.removeAll(now);
        held.put(mode, now);
        return closed;
    }

    private void write(List<DataPoint> points) {
        try {
            influx.writeAsync(points);
        } catch (RuntimeException failure) {
            LOG.warn("trading events not written to InfluxDB: {}", failure.getMessage());
        }
    }

    static DataPoint decisionPoint(Decision decision, RiskVerdict verdict, TradingMode mode) {
        String reason = verdict.accepted() ? decision.reason()
                : "rejected by " + verdict.rule() + ": " + verdict.detail() + "; " + decision.reason();
        return DataPoint.builder(ObservabilitySchema.DECISIONS.name())
                .tag(ObservabilitySchema.SYMBOL, decision.symbol().value())
                .tag(ObservabilitySchema.STRATEGY, decision.strategy())
                .tag(ObservabilitySchema.MODE, ObservabilitySchema.mode(mode))
                .tag(ObservabilitySchema.ACTION, ObservabilitySchema.side(decision.order().side()))
                .field("price", decision.expectedPrice())
                .field("quantity", decision.order().quantity())
                .field("reason", reason)
                .time(decision.decidedAt())
                .build();
    }

    static Optional<DataPoint> orderPoint(JournaledOrder order, TradingMode mode, Instant at) {
        OrderStatusTag status = switch (order.status()) {
            case PENDING_SEND -> null;
            case WORKING -> OrderStatusTag.SUBMITTED;
            case FILLED -> OrderStatusTag.FILLED;
            case CANCELLED -> OrderStatusTag.CANCELLED;
            case REJECTED, FAILED -> OrderStatusTag.REJECTED;
        };
        if (status == null) {
            return Optional.empty();
        }
        double price = order.status() == OrderStatus.FILLED && !Double.isNaN(order.averagePrice()) ? order.averagePrice()
                : Double.isNaN(order.order().price()) ? 0 : order.order().price();
        long quantity = order.status() == OrderStatus.FILLED ? order.filledQuantity() : order.order().quantity();
        return Optional.of(DataPoint.builder(ObservabilitySchema.ORDERS.name())
                .tag(ObservabilitySchema.SYMBOL, order.order().symbol().value())
                .tag(ObservabilitySchema.MODE, ObservabilitySchema.mode(mode))
                .tag(ObservabilitySchema.SIDE, ObservabilitySchema.side(order.order().side()))
                .tag(ObservabilitySchema.STATUS, status.tag())
                .field("price", price)
                .field("quantity", quantity)
                .field("order_id", order.brokerId().orElse(order.clientKey()))
                .time(at)
                .build());
    }

    static List<DataPoint> accountPoints(AccountSnapshot account, double dayStartEquity, TradingMode mode, Instant at,
                                         Set<Symbol> closed) {
        List<DataPoint> points = new ArrayList<>();
        for (Symbol symbol : closed.stream().sorted(Comparator.comparing(Symbol::value)).toList()) {
            points.add(DataPoint.builder(ObservabilitySchema.POSITIONS.name())
                    .tag(ObservabilitySchema.SYMBOL, symbol.value())
                    .tag(ObservabilitySchema.MODE, ObservabilitySchema.mode(mode))
                    .field("quantity", 0L)
                    .field("average_price", 0.0)
                    .field("market_value", 0.0)
                    .field("unrealized_pnl", 0.0)
                    .time(at)
                    .build());
        }
        for (BrokerPosition position : account.positions()) {
            points.add(DataPoint.builder(ObservabilitySchema.POSITIONS.name())
                    .tag(ObservabilitySchema.SYMBOL, position.symbol().value())
                    .tag(ObservabilitySchema.MODE, ObservabilitySchema.mode(mode))
                    .field("quantity", position.quantity())
                    .field("average_price", position.averagePrice())
                    .field("market_value", position.marketValue())
                    .field("unrealized_pnl", position.unrealizedPnl())
                    .time(at)
                    .build());
        }
        double unrealized = account.positions().stream().mapToDouble(BrokerPosition::unrealizedPnl).sum();
        double total = account.equity() - dayStartEquity;
        points.add(DataPoint.builder(ObservabilitySchema.PNL.name())
                .tag(ObservabilitySchema.MODE, ObservabilitySchema.mode(mode))
                .tag(ObservabilitySchema.STRATEGY, ALL_STRATEGIES)
                .field("realized", total - unrealized)
                .field("unrealized", unrealized)
                .field("total", total)
                .time(at)
                .build());
        points.add(DataPoint.builder(ObservabilitySchema.EQUITY.name())
                .tag(ObservabilitySchema.MODE, ObservabilitySchema.mode(mode))
                .field("equity", account.equity())
                .field("cash", account.cash())
                .time(at)
                .build());
        return points;
    }

}
