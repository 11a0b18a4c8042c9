package dev.artificer.system.algotrader.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.wiring.DataWiring;
import dev.artificer.system.algotrader.wiring.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a durable commit costs on the embedded H2 database: one-minute bars written through {@link JdbcBarRepository}
 * (one transaction per call, new rows every time) into a fresh H2 file opened with the app's own settings
 * ({@code commit=durable}, {@code WRITE_DELAY=0}) or with H2's default delay of 500 ms ({@code commit=delayed}, what
 * the app used before). Scores are bars per second; one call per invocation of 1 bar (an order-sized commit), 390 bars
 * (a trading day of minutes) or 10,000 bars (a backfill chunk). Building the bars is inside the timing, the same for
 * both settings.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class EmbeddedWriteBenchmark {

    private static final Instant START = Instant.parse("2020-01-02T14:30:00Z");
    private static final Symbol SYMBOL = Symbol.of("BENCH");

    /** {@code durable}: the app's settings; {@code delayed}: the same with H2's default write delay. */
    @Param({"durable", "delayed"})
    public String commit;

    private Path directory;
    private HikariDataSource pool;
    private JdbcBarRepository bars;
    private long minute;

    /**
     * Opens and migrates a fresh database in a temporary directory.
     *
     * @throws IOException when the directory cannot be made
     */
    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("embedded-write-bench");
        DatabaseSettings durable = EmbeddedDatabase.settings(directory);
        DatabaseSettings settings = "durable".equals(commit) ? durable
                : DatabaseSettings.builder(durable.jdbcUrl().replace(";WRITE_DELAY=0", ";WRITE_DELAY=500")).build();
        pool = PooledDataSources.open(settings);
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(pool);
        bars = new JdbcBarRepository(new org.springframework.jdbc.core.JdbcTemplate(pool), commit);
    }

    /** Closes the database and deletes its files. */
    @TearDown(Level.Trial)
    public void close() {
        pool.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** One bar per commit, the size of a journal write. */
    @Benchmark
    @OperationsPerInvocation(1)
    public void oneBar() {
        write(1);
    }

    /** A trading day of one-minute bars per commit. */
    @Benchmark
    @OperationsPerInvocation(390)
    public void oneDay() {
        write(390);
    }

    /** 10,000 bars per commit, as {@code scripts/measure-bar-writes.sh} writes them. */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public void tenThousandBars() {
        write(10_000);
    }

    private void write(int count) {
        List<Bar> batch = new ArrayList<>(count);
        for (int index = 0; index < count; index++, minute++) {
            double price = 100 + (minute % 997) * 0.01;
            batch.add(new Bar(SYMBOL, Timeframe.ONE_MINUTE, START.plus(Duration.ofMinutes(minute)), price, price + 0.5,
                    price - 0.5, price, 1000 + minute % 500));
        }
        bars.save(batch, "bench");
    }
}
