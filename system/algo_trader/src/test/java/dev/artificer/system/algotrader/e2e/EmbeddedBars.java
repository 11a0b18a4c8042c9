package dev.artificer.system.algotrader.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Writes one-minute bars of AAPL straight into a home's embedded database, as ingestion would store them. */
final class EmbeddedBars {

    private EmbeddedBars() {
    }

    /**
     * Stores bars with the given closes, one minute apart (open = close, high/low 0.1 around it).
     *
     * @param home       the home whose H2 file the jar uses
     * @param firstStart the first bar's start
     * @param closes     the closes
     */
    static void store(Path home, Instant firstStart, double... closes) throws SQLException {
        String url = "jdbc:h2:file:" + home.resolve(".artificer/algo_trader/db/algo_trader")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bars (symbol, timeframe, start_ms, "
                     + "open, high, low, close, volume, source) VALUES ('AAPL', '1m', ?, ?, ?, ?, ?, 1000, 'e2e')")) {
            for (int index = 0; index < closes.length; index++) {
                double close = closes[index];
                insert.setLong(1, firstStart.plus(Duration.ofMinutes(index)).toEpochMilli());
                insert.setDouble(2, close);
                insert.setDouble(3, close + 0.1);
                insert.setDouble(4, close - 0.1);
                insert.setDouble(5, close);
                insert.executeUpdate();
            }
        }
    }
}
