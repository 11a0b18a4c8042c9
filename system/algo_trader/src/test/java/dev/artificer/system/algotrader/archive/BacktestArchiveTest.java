package dev.artificer.system.algotrader.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.UnstoredEquityCurves;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBacktestRuns;
import dev.artificer.system.algotrader.report.ReportHeader;
import dev.artificer.system.algotrader.wiring.DataWiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 13's defect: two databases number their runs alike, but share one reports folder. */
class BacktestArchiveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T13:45:01Z"), ZoneOffset.UTC);
    private static final ReportHeader HEADER = new ReportHeader("sma-cross", "fast=3 slow=10", "", "none", "next open",
            "cash account", "simulated", "built-in");

    private final List<HikariDataSource> databases = new ArrayList<>();

    @TempDir
    Path reports;

    private BacktestArchive archiveOnAFreshDatabase(String name) {
        HikariDataSource database = PooledDataSources.open(DatabaseSettings.builder("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1").build());
        databases.add(database);
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(database);
        return new BacktestArchive(new JdbcBacktestRuns(new JdbcTemplate(database), name), new UnstoredEquityCurves(),
                reports, CLOCK);
    }

    @AfterEach
    void close() {
        databases.forEach(HikariDataSource::close);
    }

    private static List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        for (int day = 0; day < 80; day++) {
            double close = 100 + 5 * Math.sin(day / 5.0);
            bars.add(new Bar(Symbol.of("XYZ"), Timeframe.DAILY, Instant.parse("2026-01-05T05:00:00Z")
                    .plus(Duration.ofDays(day)), close, close + 1, close - 1, close, 1_000));
        }
        return bars;
    }

    private static ArchivedRun keep(BacktestArchive archive) {
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(100_000))
                .run(BuiltinStrategies.registry().create("sma-cross", "fast=3 slow=10"), bars());
        return archive.keep("backtest", "fast=3 slow=10", "no costs", HEADER, bars(), result, 0);
    }

    @Test
    void runOneOfTwoDatabasesAtTheSameSecondKeepsTwoReports() throws Exception {
        ArchivedRun h2 = keep(archiveOnAFreshDatabase("jdbc:h2:file:/home/a/algo_trader"));
        String first = Files.readString(h2.report());
        ArchivedRun mysql = keep(archiveOnAFreshDatabase("jdbc:mysql://127.0.0.1:3306/artificer"));

        assertThat(h2.record().id()).isEqualTo(mysql.record().id());
        assertThat(mysql.report()).isNotEqualTo(h2.report());
        assertThat(Files.readString(h2.report())).isEqualTo(first);
        assertThat(mysql.trades()).exists().isNotEqualTo(h2.trades());
    }
}
