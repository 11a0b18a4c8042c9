package dev.artificer.system.algotrader.adapters.jdbc;

import dev.artificer.component.market.CompanyProfile;
import dev.artificer.component.market.Fundamentals;
import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.marketdata.CompanyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Company profiles and fundamentals snapshots in the relational database. */
public final class JdbcCompanyRepository implements CompanyRepository {

    private static final String FIGURES = "pe_ratio, peg_ratio, pb_ratio, eps_ttm, dividend_yield, dividend_amount, "
            + "market_cap, shares_outstanding, beta, high_52_week, low_52_week, gross_margin, net_margin, "
            + "operating_margin, return_on_equity, return_on_assets";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Creates the repository.
     *
     * @param jdbc  the database
     * @param clock the time
     */
    public JdbcCompanyRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void saveProfile(CompanyProfile profile, String source) {
        jdbc.update("INSERT INTO companies (symbol, cusip, description, exchange, asset_type, source, updated_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE cusip = VALUES(cusip), "
                        + "description = VALUES(description), exchange = VALUES(exchange), "
                        + "asset_type = VALUES(asset_type), source = VALUES(source), updated_ms = VALUES(updated_ms)",
                profile.symbol().value(), profile.cusip(), profile.description(), profile.exchange(),
                profile.assetType(), source, clock.millis());
    }

    @Override
    public boolean saveFundamentalsIfChanged(Fundamentals fundamentals) {
        if (fundamentals.sameFiguresAs(latestFundamentals(fundamentals.symbol()).orElse(null))) {
            return false;
        }
        jdbc.update("INSERT INTO fundamentals (symbol, as_of_ms, " + FIGURES + ", fingerprint) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fundamentals.symbol().value(), fundamentals.asOf().toEpochMilli(), fundamentals.peRatio(),
                fundamentals.pegRatio(), fundamentals.pbRatio(), fundamentals.epsTtm(), fundamentals.dividendYield(),
                fundamentals.dividendAmount(), fundamentals.marketCap(), fundamentals.sharesOutstanding(),
                fundamentals.beta(), fundamentals.high52Week(), fundamentals.low52Week(), fundamentals.grossMargin(),
                fundamentals.netMargin(), fundamentals.operatingMargin(), fundamentals.returnOnEquity(),
                fundamentals.returnOnAssets(), Integer.toHexString(fundamentals.withAsOf(Instant.EPOCH).hashCode()));
        return true;
    }

    @Override
    public Optional<CompanyProfile> profile(Symbol symbol) {
        return jdbc.query("SELECT symbol, cusip, description, exchange, asset_type FROM companies WHERE symbol = ?",
                (row, index) -> new CompanyProfile(Symbol.of(row.getString(1)), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)), symbol.value()).stream().findFirst();
    }

    @Override
    public Optional<Fundamentals> latestFundamentals(Symbol symbol) {
        return jdbc.query("SELECT symbol, as_of_ms, " + FIGURES + " FROM fundamentals WHERE symbol = ? "
                + "ORDER BY as_of_ms DESC, id DESC LIMIT 1", JdbcCompanyRepository::fundamentals, symbol.value())
                .stream().findFirst();
    }

    private static Fundamentals fundamentals(ResultSet row, int index) throws SQLException {
        Double[] figures = new Double[16];
        for (int column = 0; column < figures.length; column++) {
            double value = row.getDouble(column + 3);
            figures[column] = row.wasNull() ? null : value;
        }
        return new Fundamentals(Symbol.of(row.getString(1)), Instant.ofEpochMilli(row.getLong(2)), figures[0],
                figures[1], figures[2], figures[3], figures[4], figures[5], figures[6], figures[7], figures[8],
                figures[9], figures[10], figures[11], figures[12], figures[13], figures[14], figures[15]);
    }
}
