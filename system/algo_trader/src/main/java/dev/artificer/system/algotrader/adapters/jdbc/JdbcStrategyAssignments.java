package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.trading.Assignment;
import dev.artificer.system.algotrader.trading.StrategyAssignments;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Strategy assignments in the relational database: one row per symbol and timeframe. */
public final class JdbcStrategyAssignments implements StrategyAssignments {

    private final JdbcTemplate jdbc;

    /**
     * Creates the store.
     *
     * @param jdbc the database
     */
    public JdbcStrategyAssignments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void assign(Assignment assignment) {
        jdbc.update("INSERT INTO strategy_assignments (symbol, timeframe, strategy, parameters, assigned_ms, last_bar_ms) "
                        + "VALUES (?, ?, ?, ?, ?, NULL) ON DUPLICATE KEY UPDATE strategy = VALUES(strategy), "
                        + "parameters = VALUES(parameters), assigned_ms = VALUES(assigned_ms), last_bar_ms = NULL",
                assignment.symbol().value(), assignment.timeframe().code(), assignment.strategy(),
                assignment.parameters(), assignment.assignedAt().toEpochMilli());
    }

    @Override
    public boolean unassign(Symbol symbol, Timeframe timeframe) {
        return jdbc.update("DELETE FROM strategy_assignments WHERE symbol = ? AND timeframe = ?", symbol.value(),
                timeframe.code()) > 0;
    }

    @Override
    public List<Assignment> list() {
        return jdbc.query("SELECT symbol, timeframe, strategy, parameters, assigned_ms FROM strategy_assignments "
                        + "ORDER BY symbol, timeframe",
                (row, index) -> new Assignment(Symbol.of(row.getString(1)), Timeframe.parse(row.getString(2)),
                        row.getString(3), row.getString(4), Instant.ofEpochMilli(row.getLong(5))));
    }

    @Override
    public Optional<Instant> lastProcessed(Symbol symbol, Timeframe timeframe) {
        return jdbc.query("SELECT last_bar_ms FROM strategy_assignments WHERE symbol = ? AND timeframe = ? "
                        + "AND last_bar_ms IS NOT NULL", (row, index) -> Instant.ofEpochMilli(row.getLong(1)),
                symbol.value(), timeframe.code()).stream().findFirst();
    }

    @Override
    public void recordProcessed(Symbol symbol, Timeframe timeframe, Instant barStart) {
        jdbc.update("UPDATE strategy_assignments SET last_bar_ms = ? WHERE symbol = ? AND timeframe = ?",
                barStart.toEpochMilli(), symbol.value(), timeframe.code());
    }
}
