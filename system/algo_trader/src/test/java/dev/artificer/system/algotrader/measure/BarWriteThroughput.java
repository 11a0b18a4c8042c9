package dev.artificer.system.algotrader.measure;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.wiring.DataWiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures bar write throughput into the relational BarRepository: {@code count} one-minute bars (ten symbols'
 * series one after another, as ingestion writes them, built before the clock starts) through
 * {@link JdbcBarRepository#save} in batches of 10,000, into an emptied, freshly migrated database. Run by
 * {@code scripts/measure-bar-writes.sh}; not a test.
 */
public final class BarWriteThroughput {

    private static final int BATCH = 10_000;

    private BarWriteThroughput() {
    }

    private static List<List<Bar>> batches(int count) {
        List<Symbol> symbols = java.util.stream.IntStream.range(0, 10).mapToObj(index -> Symbol.of("SYM" + index)).toList();
        Instant start = Instant.parse("2020-01-02T14:30:00Z");
        List<List<Bar>> batches = new ArrayList<>();
        for (int written = 0; written < count; written += BATCH) {
            List<Bar> batch = new ArrayList<>(BATCH);
            for (int index = written; index < Math.min(count, written + BATCH); index++) {
                double price = 100 + (index % 997) * 0.01;
                batch.add(new Bar(symbols.get(index / 100_000 % 10), Timeframe.ONE_MINUTE,
                        start.plus(Duration.ofMinutes(index % 100_000)), price, price + 0.5, price - 0.5, price,
                        1000 + index % 500));
            }
            batches.add(batch);
        }
        return batches;
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code h2|mysql [count]}; mysql reads ARTIFICER_TEST_MYSQL_URL, _USER and _PASSWORD
     * @throws Exception when the database fails
     */
    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "h2";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path h2Dir = Files.createTempDirectory("bar-writes");
        DatabaseSettings settings = "mysql".equals(target)
                ? DatabaseSettings.builder(System.getenv("ARTIFICER_TEST_MYSQL_URL") + "?rewriteBatchedStatements=true")
                        .credentials(System.getenv("ARTIFICER_TEST_MYSQL_USER"), System.getenv("ARTIFICER_TEST_MYSQL_PASSWORD"))
                        .build()
                : DatabaseSettings.builder("jdbc:h2:file:" + h2Dir.resolve("bars") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE").build();
        try (HikariDataSource dataSource = PooledDataSources.open(settings)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                    String.class).forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + table));
            new SchemaMigrator(DataWiring.MIGRATIONS).migrate(dataSource);
            JdbcBarRepository bars = new JdbcBarRepository(jdbc, target);
            List<List<Bar>> batches = batches(count);
            long began = System.nanoTime();
            for (List<Bar> batch : batches) {
                bars.save(batch, "measure");
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM bars", Integer.class);
            System.out.printf(Locale.ROOT, "%s: %,d bars written in %.1f s = %,.0f bars/s (rows stored: %,d, batch %,d)%n",
                    target, count, seconds, count / seconds, stored, BATCH);
        }
    }
}
