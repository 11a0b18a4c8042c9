package dev.artificer.system.algotrader.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.mysql.DatabaseSettings;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.wiring.DataWiring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import policy over a real embedded store (H2 in memory): all or nothing, skipping, chunks and the source. */
class CsvBarImportTest {

    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final String HEADER = "date,open,high,low,close,volume\n";
    private static final String GOOD = HEADER + "2024-01-02,100,102,99,101,1000\n2024-01-03,101,103,100,102,1100\n";

    @TempDir
    Path folder;

    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private JdbcBarRepository bars;

    @BeforeEach
    void openDatabase() {
        dataSource = PooledDataSources.open(DatabaseSettings.builder("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1").build());
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        bars = new JdbcBarRepository(jdbc, "h2 test");
    }

    @AfterEach
    void closeDatabase() {
        dataSource.close();
    }

    private Path file(String content) throws IOException {
        return Files.writeString(folder.resolve("msft.csv"), content);
    }

    private ImportReport run(String content, Timeframe timeframe, boolean skipBadRows) throws IOException {
        return new CsvBarImport(() -> bars).run(file(content), MSFT, timeframe, skipBadRows, ImportProgress.silent());
    }

    private int stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM bars WHERE symbol = 'MSFT'", Integer.class);
    }

    @Test
    void goodFileStoresEveryBarWithTheSourceImported() throws IOException {
        ImportReport report = run(GOOD, Timeframe.DAILY, false);

        assertThat(report.stored()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT DISTINCT source FROM bars", String.class)).containsExactly("imported");
        assertThat(bars.range(MSFT, Timeframe.DAILY, Instant.EPOCH, Instant.now())).hasSize(2);
    }

    @Test
    void reportSpansTheFirstAndLastDay() throws IOException {
        assertThat(run(GOOD, Timeframe.DAILY, false).span()).isEqualTo("2024-01-02 .. 2024-01-03");
    }

    @Test
    void intradaySpanShowsNewYorkTimes() throws IOException {
        String content = HEADER + "2024-01-02T14:30:00Z,1,1,1,1,0\n2024-01-02T14:35:00Z,1,1,1,1,0\n";

        assertThat(run(content, Timeframe.FIVE_MINUTES, false).span()).isEqualTo("2024-01-02 09:30 .. 2024-01-02 09:35");
    }

    @Test
    void oneBadRowMeansNothingIsStored() throws IOException {
        ImportReport report = run(GOOD + "2024-01-04,1,1,1,1,-5\n", Timeframe.DAILY, false);

        assertThat(report.refused()).isTrue();
        assertThat(report.goodRows()).isEqualTo(2);
        assertThat(report.problems()).extracting(RowProblem::toString).containsExactly("line 4: volume -5 is negative");
        assertThat(stored()).isZero();
    }

    @Test
    void refusedFileNeverOpensTheStore() throws IOException {
        List<String> asked = new ArrayList<>();
        new CsvBarImport(() -> {
            asked.add("store");
            return bars;
        }).run(file(GOOD + "bad,1,1,1,1,0\n"), MSFT, Timeframe.DAILY, false, ImportProgress.silent());

        assertThat(asked).isEmpty();
    }

    @Test
    void skippingBadRowsStoresTheGoodOnes() throws IOException {
        ImportReport report = run(HEADER + "2024-01-02,1,1,1,1,0\n2024-01-03,1,1,1,1,-5\n2024-01-04,1,1,1,1,0\n",
                Timeframe.DAILY, true);

        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.problemCount()).isEqualTo(1);
        assertThat(bars.range(MSFT, Timeframe.DAILY, Instant.EPOCH, Instant.now())).extracting(bar -> bar.start().toString())
                .containsExactly("2024-01-02T05:00:00Z", "2024-01-04T05:00:00Z");
    }

    @Test
    void fileWithOnlyBadRowsStoresNothingEvenWhenSkipping() throws IOException {
        ImportReport report = run(HEADER + "2024-01-02,1,1,1,1,-1\n", Timeframe.DAILY, true);

        assertThat(report.refused()).isTrue();
        assertThat(stored()).isZero();
    }

    @Test
    void reportListsTheFirstTwentyProblemsAndCountsTheRest() throws IOException {
        StringBuilder content = new StringBuilder(HEADER);
        for (int row = 0; row < 25; row++) {
            content.append("2024-01-02,1,1,1,1,x\n");
        }

        ImportReport report = run(content.toString(), Timeframe.DAILY, false);

        assertThat(report.problems()).hasSize(20).first().hasToString("line 2: volume 'x' is not a number");
        assertThat(report.problemCount()).isEqualTo(25);
        assertThat(report.unshownProblems()).isEqualTo(5);
    }

    @Test
    void largeFileIsStoredInChunksWithProgress() throws IOException {
        StringBuilder content = new StringBuilder(HEADER);
        long start = Instant.parse("2024-01-02T14:30:00Z").toEpochMilli();
        for (int minute = 0; minute < 25_000; minute++) {
            content.append(start + minute * 60_000L).append(",10,11,9,10,100\n");
        }
        List<Long> progress = new ArrayList<>();
        ImportProgress listener = new ImportProgress() {
            @Override
            public void storing(long total, String location) {
                progress.add(-total);
            }

            @Override
            public void stored(long done, long total) {
                progress.add(done);
            }
        };

        new CsvBarImport(() -> bars).run(file(content.toString()), MSFT, Timeframe.ONE_MINUTE, false, listener);

        assertThat(progress).containsExactly(-25_000L, 10_000L, 20_000L, 25_000L);
        assertThat(stored()).isEqualTo(25_000);
    }
}
