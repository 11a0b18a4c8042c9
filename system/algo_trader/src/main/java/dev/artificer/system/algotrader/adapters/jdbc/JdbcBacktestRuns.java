package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.component.backtest.BacktestRuns;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.Trade;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Backtest runs in the relational database (tables of migration V2), each stored in one transaction. */
public final class JdbcBacktestRuns implements BacktestRuns {

    private static final String COLUMNS = "id, created_ms, kind, strategy, parameters, symbols, timeframe, from_ms, "
            + "to_ms, bars, initial_cash, final_equity, settings, report_path";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String location;

    /**
     * Creates the store.
     *
     * @param jdbc     the database
     * @param location the database's URL, for messages
     */
    public JdbcBacktestRuns(JdbcTemplate jdbc, String location) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
        this.location = location;
    }

    @Override
    public long save(BacktestRecord run) {
        Long id = transactions.execute(status -> {
            long newId = insertRun(run);
            insertMetrics(newId, run.metrics());
            insertTrades(newId, run.trades());
            return newId;
        });
        return id == null ? 0 : id;
    }

    @Override
    public void attachReport(long id, String path) {
        jdbc.update("UPDATE backtest_runs SET report_path = ? WHERE id = ?", path, id);
    }

    @Override
    public List<BacktestRecord> newest(int limit) {
        List<BacktestRecord> runs = jdbc.query("SELECT " + COLUMNS + " FROM backtest_runs ORDER BY id DESC LIMIT ?",
                (row, index) -> run(row, Map.of(), List.of()), limit);
        return runs.stream().map(run -> withMetrics(run, List.of())).toList();
    }

    @Override
    public Optional<BacktestRecord> find(long id) {
        List<BacktestRecord> runs = jdbc.query("SELECT " + COLUMNS + " FROM backtest_runs WHERE id = ?",
                (row, index) -> run(row, Map.of(), List.of()), id);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        List<Trade> trades = jdbc.query("SELECT symbol, direction, entry_ms, entry_price, exit_ms, exit_price, "
                + "quantity, commission, pnl FROM backtest_trades WHERE run_id = ? ORDER BY seq", (row, index) ->
                new Trade(Symbol.of(row.getString(1)), Trade.Direction.valueOf(row.getString(2)),
                        Instant.ofEpochMilli(row.getLong(3)), row.getDouble(4), Instant.ofEpochMilli(row.getLong(5)),
                        row.getDouble(6), row.getLong(7), row.getDouble(8), row.getDouble(9)), id);
        return Optional.of(withMetrics(runs.getFirst(), trades));
    }

    @Override
    public String location() {
        return location;
    }

    private long insertRun(BacktestRecord run) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO backtest_runs (created_ms, kind, "
                    + "strategy, parameters, symbols, timeframe, from_ms, to_ms, bars, initial_cash, final_equity, "
                    + "settings, report_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, run.createdAt().toEpochMilli());
            insert.setString(2, run.kind());
            insert.setString(3, run.strategy());
            insert.setString(4, run.parameters());
            insert.setString(5, run.symbols());
            insert.setString(6, run.timeframe().code());
            insert.setLong(7, run.from().toEpochMilli());
            insert.setLong(8, run.to().toEpochMilli());
            insert.setLong(9, run.bars());
            insert.setDouble(10, run.initialCash());
            insert.setDouble(11, run.finalEquity());
            insert.setString(12, run.settings());
            insert.setString(13, run.reportPath());
            return insert;
        }, key);
        return key.getKeyList().getFirst().values().iterator().next() instanceof Number number
                ? number.longValue() : 0;
    }

    private void insertMetrics(long id, Map<String, Double> metrics) {
        List<Object[]> rows = metrics.entrySet().stream().map(metric -> {
            double value = metric.getValue();
            return new Object[] {id, metric.getKey(), Double.isFinite(value) ? value : null,
                    Double.isFinite(value) ? null : Double.toString(value)};
        }).toList();
        jdbc.batchUpdate("INSERT INTO backtest_metrics (run_id, name, amount, non_finite) VALUES (?, ?, ?, ?)", rows);
    }

    private void insertTrades(long id, List<Trade> trades) {
        jdbc.batchUpdate("INSERT INTO backtest_trades (run_id, seq, symbol, direction, entry_ms, entry_price, exit_ms, "
                + "exit_price, quantity, commission, pnl) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement insert, int seq) throws SQLException {
                        Trade trade = trades.get(seq);
                        insert.setLong(1, id);
                        insert.setInt(2, seq);
                        insert.setString(3, trade.symbol().value());
                        insert.setString(4, trade.direction().name());
                        insert.setLong(5, trade.entryTime().toEpochMilli());
                        insert.setDouble(6, trade.entryPrice());
                        insert.setLong(7, trade.exitTime().toEpochMilli());
                        insert.setDouble(8, trade.exitPrice());
                        insert.setLong(9, trade.quantity());
                        insert.setDouble(10, trade.commission());
                        insert.setDouble(11, trade.pnl());
                    }

                    @Override
                    public int getBatchSize() {
                        return trades.size();
                    }
                });
    }

    private BacktestRecord withMetrics(BacktestRecord run, List<Trade> trades) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        jdbc.query("SELECT name, amount, non_finite FROM backtest_metrics WHERE run_id = ?", row -> {
            String nonFinite = row.getString(3);
            metrics.put(row.getString(1), nonFinite != null ? Double.parseDouble(nonFinite) : row.getDouble(2));
        }, run.id());
        Map<String, Double> ordered = new LinkedHashMap<>();
        PerformanceMetrics.keys().stream().filter(metrics::containsKey)
                .forEach(key -> ordered.put(key, metrics.get(key)));
        metrics.forEach(ordered::putIfAbsent);
        return new BacktestRecord(run.id(), run.createdAt(), run.kind(), run.strategy(), run.parameters(),
                run.symbols(), run.timeframe(), run.from(), run.to(), run.bars(), run.initialCash(), run.finalEquity(),
                run.settings(), ordered, trades, run.reportPath());
    }

    private static BacktestRecord run(ResultSet row, Map<String, Double> metrics, List<Trade> trades)
            throws SQLException {
        return new BacktestRecord(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), Timeframe.parse(row.getString(7)),
                Instant.ofEpochMilli(row.getLong(8)), Instant.ofEpochMilli(row.getLong(9)), row.getLong(10),
                row.getDouble(11), row.getDouble(12), row.getString(13), metrics, trades, row.getString(14));
    }
}
