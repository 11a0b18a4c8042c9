package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded BarRepository adapter: bars in the relational database (H2 or MySQL), keyed by symbol,
 * timeframe and start, written in batches with upserts so that writing a bar twice leaves one row.
 */
public final class JdbcBarRepository implements BarRepository {

    private static final int BATCH = 5_000;
    private static final String UPSERT = "INSERT INTO bars (symbol, timeframe, start_ms, open, high, low, close, volume, "
            + "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE open = VALUES(open), "
            + "high = VALUES(high), low = VALUES(low), close = VALUES(close), volume = VALUES(volume), "
            + "source = VALUES(source)";
    private static final String COLUMNS = "symbol, timeframe, start_ms, open, high, low, close, volume";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String location;

    /**
     * Creates the repository.
     *
     * @param jdbc     the database
     * @param location where the database is, for status lines
     */
    public JdbcBarRepository(JdbcTemplate jdbc, String location) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
        this.location = location;
    }

    /**
     * Stores the bars in one transaction (one commit, instead of one per batch), batched and rewritten by the
     * driver into multi-row upserts where it can (MySQL's {@code rewriteBatchedStatements}).
     */
    @Override
    public void save(List<Bar> bars, String source) {
        transaction.executeWithoutResult(status -> upsert(bars, source));
    }

    private void upsert(List<Bar> bars, String source) {
        jdbc.batchUpdate(UPSERT, bars, BATCH, (statement, bar) -> {
            statement.setString(1, bar.symbol().value());
            statement.setString(2, bar.timeframe().code());
            statement.setLong(3, bar.start().toEpochMilli());
            statement.setDouble(4, bar.open());
            statement.setDouble(5, bar.high());
            statement.setDouble(6, bar.low());
            statement.setDouble(7, bar.close());
            statement.setLong(8, bar.volume());
            statement.setString(9, source);
        });
    }

    @Override
    public List<Bar> range(Symbol symbol, Timeframe timeframe, Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM bars WHERE symbol = ? AND timeframe = ? AND start_ms >= ? "
                        + "AND start_ms < ? ORDER BY start_ms", JdbcBarRepository::bar,
                symbol.value(), timeframe.code(), from.toEpochMilli(), to.toEpochMilli());
    }

    @Override
    public Optional<Bar> latest(Symbol symbol, Timeframe timeframe) {
        return jdbc.query("SELECT " + COLUMNS + " FROM bars WHERE symbol = ? AND timeframe = ? ORDER BY start_ms DESC "
                + "LIMIT 1", JdbcBarRepository::bar, symbol.value(), timeframe.code()).stream().findFirst();
    }

    @Override
    public String location() {
        return location;
    }

    private static Bar bar(ResultSet row, int index) throws SQLException {
        return new Bar(Symbol.of(row.getString(1)), Timeframe.parse(row.getString(2)),
                Instant.ofEpochMilli(row.getLong(3)), row.getDouble(4), row.getDouble(5), row.getDouble(6),
                row.getDouble(7), row.getLong(8));
    }
}
