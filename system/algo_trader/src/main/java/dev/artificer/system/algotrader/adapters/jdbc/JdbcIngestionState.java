package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.IngestionState;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ingestion progress in the relational database: one row per symbol and timeframe (V1, V4 migrations). */
public final class JdbcIngestionState implements IngestionState {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Creates the state store.
     *
     * @param jdbc  the database
     * @param clock the time
     */
    public JdbcIngestionState(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> lastStored(Symbol symbol, Timeframe timeframe) {
        return jdbc.query("SELECT last_start_ms FROM ingestion_state WHERE symbol = ? AND timeframe = ?",
                (row, index) -> Instant.ofEpochMilli(row.getLong(1)), symbol.value(), timeframe.code()).stream().findFirst();
    }

    @Override
    public Optional<Instant> coveredFrom(Symbol symbol, Timeframe timeframe) {
        return jdbc.query("SELECT covered_from_ms FROM ingestion_state WHERE symbol = ? AND timeframe = ? "
                        + "AND covered_from_ms IS NOT NULL",
                (row, index) -> Instant.ofEpochMilli(row.getLong(1)), symbol.value(), timeframe.code()).stream().findFirst();
    }

    @Override
    public void record(Symbol symbol, Timeframe timeframe, Instant lastStart) {
        jdbc.update("INSERT INTO ingestion_state (symbol, timeframe, last_start_ms, updated_ms) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE last_start_ms = VALUES(last_start_ms), updated_ms = VALUES(updated_ms)",
                symbol.value(), timeframe.code(), lastStart.toEpochMilli(), clock.millis());
    }

    @Override
    public void recordCoveredFrom(Symbol symbol, Timeframe timeframe, Instant coveredFrom) {
        jdbc.update("UPDATE ingestion_state SET covered_from_ms = ?, updated_ms = ? WHERE symbol = ? AND timeframe = ?",
                coveredFrom.toEpochMilli(), clock.millis(), symbol.value(), timeframe.code());
    }
}
