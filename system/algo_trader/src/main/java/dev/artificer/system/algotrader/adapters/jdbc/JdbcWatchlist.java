package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The watchlist in the relational database. */
public final class JdbcWatchlist implements Watchlist {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Creates the watchlist.
     *
     * @param jdbc  the database
     * @param clock the time, for when a symbol was added
     */
    public JdbcWatchlist(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean add(Symbol symbol) {
        Integer listed = jdbc.queryForObject("SELECT COUNT(*) FROM watchlist WHERE symbol = ?", Integer.class,
                symbol.value());
        if (listed != null && listed > 0) {
            return false;
        }
        jdbc.update("INSERT INTO watchlist (symbol, added_ms) VALUES (?, ?)", symbol.value(), clock.millis());
        return true;
    }

    @Override
    public boolean remove(Symbol symbol) {
        return jdbc.update("DELETE FROM watchlist WHERE symbol = ?", symbol.value()) > 0;
    }

    @Override
    public List<Symbol> symbols() {
        return jdbc.query("SELECT symbol FROM watchlist ORDER BY symbol", (row, index) -> Symbol.of(row.getString(1)));
    }
}
