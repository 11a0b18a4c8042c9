package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.system.algotrader.trading.HaltStatus;
import dev.artificer.system.algotrader.trading.LoopLease;
import dev.artificer.system.algotrader.trading.TradingState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kill switch and the decision loop's lease in the relational database (the single row of
 * {@code trading_state}), so every process on the database sees the same switch. Each change is one conditional
 * UPDATE, so two processes cannot both claim the loop.
 */
public final class JdbcTradingState implements TradingState {

    private final JdbcTemplate jdbc;

    /**
     * Creates the store.
     *
     * @param jdbc the database (migrated: the row exists)
     */
    public JdbcTradingState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public HaltStatus status() {
        return jdbc.queryForObject("SELECT halted, reason, changed_ms FROM trading_state WHERE id = 1",
                (row, index) -> new HaltStatus(row.getBoolean(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3))));
    }

    @Override
    public boolean halt(String reason, Instant at) {
        return jdbc.update("UPDATE trading_state SET halted = TRUE, reason = ?, changed_ms = ? WHERE id = 1 "
                + "AND halted = FALSE", clip(reason), at.toEpochMilli()) > 0;
    }

    @Override
    public boolean resume(Instant at) {
        return jdbc.update("UPDATE trading_state SET halted = FALSE, reason = ?, changed_ms = ? WHERE id = 1 "
                + "AND halted = TRUE", "resumed", at.toEpochMilli()) > 0;
    }

    @Override
    public boolean claimLoop(String owner, Instant now, Duration lease) {
        return jdbc.update("UPDATE trading_state SET loop_owner = ?, loop_until_ms = ? WHERE id = 1 AND "
                        + "(loop_owner IS NULL OR loop_owner = ? OR loop_until_ms < ?)",
                owner, now.plus(lease).toEpochMilli(), owner, now.toEpochMilli()) > 0;
    }

    @Override
    public void releaseLoop(String owner) {
        jdbc.update("UPDATE trading_state SET loop_owner = NULL, loop_until_ms = NULL WHERE id = 1 AND loop_owner = ?",
                owner);
    }

    @Override
    public Optional<LoopLease> loopLease() {
        return jdbc.query("SELECT loop_owner, loop_until_ms FROM trading_state WHERE id = 1 AND loop_owner IS NOT NULL",
                (row, index) -> new LoopLease(row.getString(1), Instant.ofEpochMilli(row.getLong(2)))).stream().findFirst();
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
