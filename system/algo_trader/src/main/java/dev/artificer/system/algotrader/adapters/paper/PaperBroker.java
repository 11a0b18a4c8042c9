package dev.artificer.system.algotrader.adapters.paper;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.FillRules;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.stream.FreshQuotes;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import dev.artificer.system.algotrader.trading.broker.ClientOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default broker: simulated fills against the stored bars, with the backtest's cost models and fill rules, in a
 * cash account (long only; a buy that cash does not cover, or a sell of shares not held, is rejected). An order
 * decided on one bar fills from the next bar of the same series on: a market order at its open (plus slippage), a
 * stop or limit order inside its range ({@link FillRules}). Cash, positions, orders and fills live in the relational
 * database, so a restart, or another process, continues where it was; an order whose client key was seen before is
 * not placed again. Where the live feed has a fresh quote of the symbol, a market order fills when it is placed, at the
 * quote instead (a buy at the ask, a sell at the bid, plus slippage). Each fill records what its price was taken from
 * ({@link PriceBasis}) and, for a quote, the quote's time.
 */
public final class PaperBroker implements Broker {

    /** The broker's name. */
    public static final String NAME = "paper";

    private static final String ORDER_COLUMNS = "order_id, client_key, symbol, side, quantity, order_type, price, "
            + "oco_group, status, filled_quantity, average_price, entered_ms, detail, timeframe, signal_bar_ms";
    private static final Comparator<Order> FILL_ORDER = Comparator.comparing(order -> switch (order.type()) {
        case MARKET -> 0;
        case STOP -> 1;
        case LIMIT -> 2;
    });

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PaperSettings settings;
    private final Clock clock;
    private final FreshQuotes quotes;

    /**
     * Creates the broker; the account is created with the initial cash at first use.
     *
     * @param jdbc     the database (migrated)
     * @param settings costs and initial cash
     * @param clock    the time
     * @param quotes   the live feed's fresh quotes, which market orders fill at when there is one
     */
    public PaperBroker(JdbcTemplate jdbc, PaperSettings settings, Clock clock, FreshQuotes quotes) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
        this.settings = settings;
        this.clock = clock;
        this.quotes = quotes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BrokerOrder place(ClientOrder request) {
        Optional<BrokerOrder> known = byClientKey(request.clientKey());
        if (known.isPresent()) {
            return known.get();
        }
        Order order = request.order();
        long now = clock.millis();
        String id = "paper-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            jdbc.update("INSERT INTO paper_orders (order_id, client_key, symbol, timeframe, side, quantity, order_type, "
                            + "price, oco_group, signal_bar_ms, status, filled_quantity, average_price, detail, entered_ms, "
                            + "updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, '', ?, ?)",
                    id, request.clientKey(),
                    order.symbol().value(), request.timeframe().code(), order.side().name(), order.quantity(),
                    order.type().name(), Double.isNaN(order.price()) ? null : order.price(), order.ocoGroup(),
                    request.signalBarStart().toEpochMilli(), OrderStatus.WORKING.name(), now, now);
        } catch (DuplicateKeyException placedMeanwhile) {
            return byClientKey(request.clientKey()).orElseThrow(() -> placedMeanwhile);
        }
        if (order.type() == OrderType.MARKET) {
            quotes.fresh(order.symbol()).ifPresent(quote -> transaction.executeWithoutResult(status ->
                    execute(new PaperOrder(id, order), settings.slippage().fillPrice(order.side(),
                            order.side() == Side.BUY ? quote.ask() : quote.bid()), new Pricing(PriceBasis.QUOTE,
                            request.signalBarStart().toEpochMilli(), quote.time().toEpochMilli()))));
        }
        return byClientKey(request.clientKey()).orElseThrow();
    }

    @Override
    public void cancel(String brokerOrderId) {
        jdbc.update("UPDATE paper_orders SET status = ?, detail = ?, updated_ms = ? WHERE order_id = ? AND status = ?",
                OrderStatus.CANCELLED.name(), "cancelled", clock.millis(), brokerOrderId, OrderStatus.WORKING.name());
    }

    @Override
    public List<BrokerOrder> openOrders() {
        return jdbc.query("SELECT " + ORDER_COLUMNS + " FROM paper_orders WHERE status = ? ORDER BY entered_ms, order_id",
                PaperBroker::brokerOrder, OrderStatus.WORKING.name());
    }

    @Override
    public List<BrokerOrder> orders(Instant since) {
        return jdbc.query("SELECT " + ORDER_COLUMNS + " FROM paper_orders WHERE entered_ms >= ? ORDER BY entered_ms, "
                + "order_id", PaperBroker::brokerOrder, since.toEpochMilli());
    }

    @Override
    public List<BrokerFill> fills(Instant since) {
        return pricedFills(since).stream().map(PricedFill::fill).toList();
    }

    /**
     * The fills since a time, with what each price was taken from.
     *
     * @param since the earliest fill time included
     * @return the fills in time order
     */
    public List<PricedFill> pricedFills(Instant since) {
        return jdbc.query("SELECT fill_id, order_id, symbol, side, quantity, price, commission, filled_ms, price_basis, "
                        + "quote_ms FROM paper_fills WHERE filled_ms >= ? ORDER BY filled_ms, fill_id",
                (row, index) -> {
                    BrokerFill fill = new BrokerFill(row.getString(1), row.getString(2), Symbol.of(row.getString(3)),
                            Side.valueOf(row.getString(4)), row.getLong(5), row.getDouble(6), row.getDouble(7),
                            Instant.ofEpochMilli(row.getLong(8)));
                    long quoted = row.getLong(10);
                    Optional<Instant> quoteTime = row.wasNull() ? Optional.empty()
                            : Optional.of(Instant.ofEpochMilli(quoted));
                    return new PricedFill(fill, PriceBasis.valueOf(row.getString(9)), quoteTime);
                }, since.toEpochMilli());
    }

    @Override
    public AccountSnapshot account() {
        double cash = cash();
        List<BrokerPosition> positions = jdbc.query("SELECT symbol, quantity, average_price, mark FROM paper_positions "
                        + "WHERE quantity <> 0 ORDER BY symbol",
                (row, index) -> new BrokerPosition(Symbol.of(row.getString(1)), row.getLong(2), row.getDouble(3),
                        row.getDouble(4)));
        return new AccountSnapshot(cash, cash + positions.stream().mapToDouble(BrokerPosition::marketValue).sum(),
                positions);
    }

    /**
     * Fills the working orders of the bar's series decided on an earlier bar (market orders first, at the open; then
     * stops; then limits, so that the worse of a stop and a target fills when both could), then marks the positions to
     * the bar's close.
     * Showing a bar again (a bar still in progress, later complete) only fills what has not filled yet.
     */
    @Override
    public void observe(Bar bar) {
        transaction.executeWithoutResult(status -> {
            List<PaperOrder> working = jdbc.query("SELECT " + ORDER_COLUMNS + " FROM paper_orders WHERE status = ? "
                            + "AND symbol = ? AND timeframe = ? AND signal_bar_ms < ? ORDER BY entered_ms, order_id",
                    PaperBroker::paperOrder, OrderStatus.WORKING.name(), bar.symbol().value(), bar.timeframe().code(),
                    bar.start().toEpochMilli());
            working.stream().sorted(Comparator.comparing(PaperOrder::order, FILL_ORDER))
                    .forEach(order -> fillIfReached(order, bar));
            mark(bar);
        });
    }

    private void mark(Bar bar) {
        long asOf = Math.min(bar.start().plus(bar.timeframe().nominalLength()).toEpochMilli(), clock.millis());
        jdbc.update("UPDATE paper_positions SET mark = ?, mark_ms = ? WHERE symbol = ? AND mark_ms <= ?", bar.close(),
                asOf, bar.symbol().value(), asOf);
    }

    private void fillIfReached(PaperOrder working, Bar bar) {
        Order order = working.order();
        double price = switch (order.type()) {
            case MARKET -> settings.slippage().fillPrice(order.side(), bar.open());
            case STOP -> slipped(order, FillRules.stopPrice(order, bar));
            case LIMIT -> FillRules.limitPrice(order, bar);
        };
        if (!Double.isNaN(price)) {
            execute(working, price, new Pricing(order.type() == OrderType.MARKET ? PriceBasis.NEXT_OPEN
                    : PriceBasis.BAR_RANGE, bar.start().toEpochMilli(), null));
        }
    }

    private double slipped(Order order, double reference) {
        return Double.isNaN(reference) ? reference : settings.slippage().fillPrice(order.side(), reference);
    }

    /**
     * What a fill is priced at and recorded with.
     *
     * @param basis      what the price was taken from
     * @param barStartMs the bar filled on (for a quote, the signal bar), also the new position's first mark time
     * @param quoteMs    the quote's time, for a fill at the quote
     */
    private record Pricing(PriceBasis basis, long barStartMs, Long quoteMs) {
    }

    private void execute(PaperOrder working, double price, Pricing pricing) {
        Order order = working.order();
        long held = jdbc.query("SELECT quantity FROM paper_positions WHERE symbol = ?", (row, index) -> row.getLong(1),
                order.symbol().value()).stream().findFirst().orElse(0L);
        double commission = settings.commission().commission(order.quantity(), price);
        double cash = cash();
        double cashAfter = cash - order.signedQuantity() * price - commission;
        if (order.side() == Side.SELL && order.quantity() > held) {
            reject(working, "short selling is not enabled (holding " + held + ")");
            return;
        }
        if (order.side() == Side.BUY && cashAfter < 0) {
            reject(working, String.format(Locale.ROOT, "cash %,.2f does not cover %d x %.4f + %.2f commission", cash,
                    order.quantity(), price, commission));
            return;
        }
        long now = clock.millis();
        if (jdbc.update("UPDATE paper_orders SET status = ?, filled_quantity = ?, average_price = ?, updated_ms = ? "
                        + "WHERE order_id = ? AND status = ?", OrderStatus.FILLED.name(), order.quantity(), price, now,
                working.id(), OrderStatus.WORKING.name()) == 0) {
            return;
        }
        jdbc.update("UPDATE paper_account SET cash = ? WHERE id = 1", cashAfter);
        position(order, held, price, pricing.barStartMs());
        jdbc.update("INSERT INTO paper_fills (fill_id, order_id, symbol, side, quantity, price, commission, bar_start_ms, "
                        + "filled_ms, price_basis, quote_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                working.id() + "-1", working.id(), order.symbol().value(), order.side().name(), order.quantity(), price,
                commission, pricing.barStartMs(), now, pricing.basis().name(), pricing.quoteMs());
        if (order.ocoGroup() != null) {
            jdbc.update("UPDATE paper_orders SET status = ?, detail = ?, updated_ms = ? WHERE symbol = ? AND oco_group = ? "
                            + "AND status = ?", OrderStatus.CANCELLED.name(), "one-cancels-other: " + working.id()
                            + " filled", now, order.symbol().value(), order.ocoGroup(), OrderStatus.WORKING.name());
        }
    }

    private void position(Order order, long held, double price, long markMs) {
        long after = held + order.signedQuantity();
        double average = jdbc.query("SELECT average_price FROM paper_positions WHERE symbol = ?",
                (row, index) -> row.getDouble(1), order.symbol().value()).stream().findFirst().orElse(0.0);
        double newAverage = Math.abs(after) > Math.abs(held) ? (held * average + order.signedQuantity() * price) / after
                : average;
        if (after == 0) {
            jdbc.update("DELETE FROM paper_positions WHERE symbol = ?", order.symbol().value());
            return;
        }
        jdbc.update("INSERT INTO paper_positions (symbol, quantity, average_price, mark, mark_ms) VALUES (?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), average_price = VALUES(average_price)",
                order.symbol().value(), after, newAverage, price, markMs);
    }

    private void reject(PaperOrder working, String reason) {
        jdbc.update("UPDATE paper_orders SET status = ?, detail = ?, updated_ms = ? WHERE order_id = ? AND status = ?",
                OrderStatus.REJECTED.name(), reason, clock.millis(), working.id(), OrderStatus.WORKING.name());
    }

    private double cash() {
        ensureAccount();
        Double cash = jdbc.queryForObject("SELECT cash FROM paper_account WHERE id = 1", Double.class);
        return cash == null ? 0 : cash;
    }

    private void ensureAccount() {
        Integer accounts = jdbc.queryForObject("SELECT COUNT(*) FROM paper_account WHERE id = 1", Integer.class);
        if (accounts != null && accounts > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO paper_account (id, cash, initial_cash, created_ms) VALUES (1, ?, ?, ?)",
                    settings.initialCash(), settings.initialCash(), clock.millis());
        } catch (DuplicateKeyException createdMeanwhile) {
            // another process created it first: that account is the one
        }
    }

    private Optional<BrokerOrder> byClientKey(String clientKey) {
        return jdbc.query("SELECT " + ORDER_COLUMNS + " FROM paper_orders WHERE client_key = ?", PaperBroker::brokerOrder,
                clientKey).stream().findFirst();
    }

    /** A working order with the broker's id. */
    private record PaperOrder(String id, Order order) {
    }

    private static PaperOrder paperOrder(ResultSet row, int index) throws SQLException {
        return new PaperOrder(row.getString(1), order(row));
    }

    private static BrokerOrder brokerOrder(ResultSet row, int index) throws SQLException {
        double average = row.getDouble(11);
        boolean noAverage = row.wasNull();
        return new BrokerOrder(row.getString(1), row.getString(2), order(row), OrderStatus.valueOf(row.getString(9)),
                row.getLong(10), noAverage ? Double.NaN : average, Instant.ofEpochMilli(row.getLong(12)), row.getString(13));
    }

    private static Order order(ResultSet row) throws SQLException {
        double price = row.getDouble(7);
        boolean noPrice = row.wasNull();
        return new Order(Symbol.of(row.getString(3)), Side.valueOf(row.getString(4)), row.getLong(5),
                OrderType.valueOf(row.getString(6)), noPrice ? Double.NaN : price, row.getString(8));
    }
}
