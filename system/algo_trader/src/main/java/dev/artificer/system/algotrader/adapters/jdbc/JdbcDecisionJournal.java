package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Order;
import dev.artificer.system.algotrader.trading.Decision;
import dev.artificer.system.algotrader.trading.DecisionEntry;
import dev.artificer.system.algotrader.trading.DecisionJournal;
import dev.artificer.system.algotrader.trading.JournaledOrder;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The decision journal in the relational database: decisions, risk outcomes, orders, fills and equity snapshots. */
public final class JdbcDecisionJournal implements DecisionJournal {

    /** The width of decisions.strategy (V5): a rule strategy's identity with two 500-character rules fits whole. */
    private static final int STRATEGY_WIDTH = 1500;

    private static final String ORDER_COLUMNS = "client_key, decision_id, broker, broker_order_id, symbol, side, "
            + "quantity, order_type, price, oco_group, status, filled_quantity, average_price, created_ms, updated_ms, detail";
    private static final String DECISION_COLUMNS = "d.id, d.broker, d.client_key, d.decided_ms, d.timeframe, d.strategy, "
            + "d.symbol, d.side, d.quantity, d.order_type, d.price, d.oco_group, d.bar_start_ms, d.bar_close, d.reason, "
            + "d.indicators, r.accepted, r.rule, r.detail, r.halted, o.status";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    /**
     * Creates the journal.
     *
     * @param jdbc the database
     */
    public JdbcDecisionJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
    }

    @Override
    public boolean hasDecision(String clientKey) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM decisions WHERE client_key = ?", Integer.class, clientKey);
        return found != null && found > 0;
    }

    @Override
    public long record(Decision decision, RiskVerdict verdict, String broker) {
        Long id = transaction.execute(status -> {
            long decisionId = insertDecision(decision, broker);
            jdbc.update("INSERT INTO risk_outcomes (decision_id, accepted, rule, detail, halted) VALUES (?, ?, ?, ?, ?)",
                    decisionId, verdict.accepted(), verdict.rule(), clip(verdict.detail(), 500), verdict.halts());
            return decisionId;
        });
        return id == null ? 0 : id;
    }

    private long insertDecision(Decision decision, String broker) {
        Order order = decision.order();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO decisions (client_key, decided_ms, "
                    + "broker, symbol, timeframe, strategy, side, quantity, order_type, price, oco_group, bar_start_ms, "
                    + "bar_close, reason, indicators) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            statement.setString(1, decision.clientKey());
            statement.setLong(2, decision.decidedAt().toEpochMilli());
            statement.setString(3, broker);
            statement.setString(4, order.symbol().value());
            statement.setString(5, decision.timeframe().code());
            statement.setString(6, clip(decision.strategy(), STRATEGY_WIDTH));
            statement.setString(7, order.side().name());
            statement.setLong(8, order.quantity());
            statement.setString(9, order.type().name());
            statement.setObject(10, OrderRows.price(order));
            statement.setString(11, order.ocoGroup());
            statement.setLong(12, decision.barStart().toEpochMilli());
            statement.setDouble(13, decision.barClose());
            statement.setString(14, clip(decision.reason(), 1000));
            statement.setString(15, clip(indicatorText(decision.indicators()), 1000));
            return statement;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    @Override
    public void pending(JournaledOrder order) {
        Order placed = order.order();
        jdbc.update("INSERT INTO trade_orders (" + ORDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                order.clientKey(), order.decisionId(), order.broker(), order.brokerOrderId(), placed.symbol().value(),
                placed.side().name(), placed.quantity(), placed.type().name(), OrderRows.price(placed), placed.ocoGroup(),
                OrderStatus.PENDING_SEND.name(), 0, null, order.createdAt().toEpochMilli(), order.createdAt().toEpochMilli(),
                clip(order.detail(), 500));
    }

    @Override
    public boolean update(String clientKey, String brokerOrderId, OrderStatus status, long filledQuantity,
                          double averagePrice, String detail, Instant at) {
        Optional<JournaledOrder> journaled = order(clientKey);
        if (journaled.isEmpty()) {
            return false;
        }
        JournaledOrder before = journaled.get();
        String id = brokerOrderId == null ? before.brokerOrderId() : brokerOrderId;
        if (before.status() == status && before.filledQuantity() == filledQuantity
                && Objects.equals(before.brokerOrderId(), id)) {
            return false;
        }
        jdbc.update("UPDATE trade_orders SET broker_order_id = ?, status = ?, filled_quantity = ?, average_price = ?, "
                        + "detail = ?, updated_ms = ? WHERE client_key = ?", id, status.name(), filledQuantity,
                OrderRows.orNull(averagePrice), clip(detail, 500), at.toEpochMilli(), clientKey);
        return true;
    }

    @Override
    public Optional<JournaledOrder> order(String clientKey) {
        return jdbc.query("SELECT " + ORDER_COLUMNS + " FROM trade_orders WHERE client_key = ?",
                JdbcDecisionJournal::journaledOrder, clientKey).stream().findFirst();
    }

    @Override
    public List<JournaledOrder> openOrders(String broker) {
        return jdbc.query("SELECT " + ORDER_COLUMNS + " FROM trade_orders WHERE broker = ? AND status IN (?, ?) "
                        + "ORDER BY created_ms, client_key", JdbcDecisionJournal::journaledOrder, broker,
                OrderStatus.PENDING_SEND.name(), OrderStatus.WORKING.name());
    }

    @Override
    public boolean knowsBrokerOrder(String broker, String brokerOrderId) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM trade_orders WHERE broker = ? AND broker_order_id = ?",
                Integer.class, broker, brokerOrderId);
        return found != null && found > 0;
    }

    @Override
    public int ordersSince(String broker, Instant since) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM trade_orders WHERE broker = ? AND created_ms >= ? "
                + "AND status <> ?", Integer.class, broker, since.toEpochMilli(), OrderStatus.FAILED.name());
        return count == null ? 0 : count;
    }

    @Override
    public boolean recordFill(String broker, BrokerFill fill) {
        String clientKey = jdbc.query("SELECT client_key FROM trade_orders WHERE broker = ? AND broker_order_id = ?",
                (row, index) -> row.getString(1), broker, fill.brokerOrderId()).stream().findFirst().orElse(null);
        try {
            jdbc.update("INSERT INTO trade_fills (broker, fill_id, broker_order_id, client_key, symbol, side, quantity, "
                            + "price, commission, filled_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", broker, fill.fillId(),
                    fill.brokerOrderId(), clientKey, fill.symbol().value(), fill.side().name(), fill.quantity(),
                    fill.price(), fill.commission(), fill.filledAt().toEpochMilli());
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    @Override
    public List<DecisionEntry> decisions(Optional<Symbol> symbol, int limit) {
        String from = " FROM decisions d JOIN risk_outcomes r ON r.decision_id = d.id "
                + "LEFT JOIN trade_orders o ON o.client_key = d.client_key";
        List<Object> arguments = new ArrayList<>();
        String where = "";
        if (symbol.isPresent()) {
            where = " WHERE d.symbol = ?";
            arguments.add(symbol.get().value());
        }
        arguments.add(limit);
        return jdbc.query("SELECT " + DECISION_COLUMNS + from + where + " ORDER BY d.id DESC LIMIT ?",
                JdbcDecisionJournal::entry, arguments.toArray());
    }

    @Override
    public void recordEquity(String broker, Instant at, double cash, double equity) {
        jdbc.update("INSERT INTO account_snapshots (broker, time_ms, cash, equity) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE cash = VALUES(cash), equity = VALUES(equity)", broker, at.toEpochMilli(), cash, equity);
    }

    @Override
    public OptionalDouble firstEquitySince(String broker, Instant since) {
        return jdbc.query("SELECT equity FROM account_snapshots WHERE broker = ? AND time_ms >= ? ORDER BY time_ms LIMIT 1",
                (row, index) -> row.getDouble(1), broker, since.toEpochMilli()).stream().mapToDouble(Double::doubleValue)
                .findFirst();
    }

    private static JournaledOrder journaledOrder(ResultSet row, int index) throws SQLException {
        return new JournaledOrder(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                OrderRows.order(row, 5), OrderStatus.valueOf(row.getString(11)), row.getLong(12),
                OrderRows.doubleOrNaN(row, 13), Instant.ofEpochMilli(row.getLong(14)), Instant.ofEpochMilli(row.getLong(15)),
                row.getString(16));
    }

    private static DecisionEntry entry(ResultSet row, int index) throws SQLException {
        Order order = OrderRows.order(row, 7);
        Decision decision = new Decision(row.getString(3), Instant.ofEpochMilli(row.getLong(4)),
                Timeframe.parse(row.getString(5)), row.getString(6), order, Instant.ofEpochMilli(row.getLong(13)),
                row.getDouble(14), row.getString(15), indicators(row.getString(16)));
        RiskVerdict verdict = new RiskVerdict(row.getBoolean(17), row.getString(18), row.getString(19), row.getBoolean(20));
        String status = row.getString(21);
        return new DecisionEntry(row.getLong(1), row.getString(2), decision, verdict,
                status == null ? null : OrderStatus.valueOf(status));
    }

    static String indicatorText(Map<String, Double> indicators) {
        return indicators.entrySet().stream()
                .map(entry -> entry.getKey().replaceAll("[=,\\s]", "_") + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    static Map<String, Double> indicators(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : text.split(", ")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), Double.parseDouble(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
