package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data import} of a CSV file into the embedded store, then a backtest on the imported bars. */
class DataImportE2E {

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    /** One row per weekday from {@code first} to {@code last}: a wave the SMA cross can trade. */
    private static List<String> rows(LocalDate first, LocalDate last) {
        List<String> rows = new ArrayList<>();
        double previous = 100;
        int index = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            double close = 100 + 10 * Math.sin(index++ / 12.0);
            rows.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f,%d", day, previous,
                    Math.max(previous, close) + 0.5, Math.min(previous, close) - 0.5, close, 1_000_000 + index));
            previous = close;
        }
        return rows;
    }

    private Path csv(String name, List<String> rows) throws Exception {
        return Files.writeString(home.resolve(name), "Date,Open,High,Low,Close,Volume\n" + String.join("\n", rows) + "\n");
    }

    private int storedBars(String symbol) throws Exception {
        String url = "jdbc:h2:file:" + home.resolve(".artificer/algo_trader/db/algo_trader") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM bars WHERE symbol = '" + symbol
                     + "' AND timeframe = 'daily' AND source = 'imported'")) {
            row.next();
            return row.getInt(1);
        }
    }

    private JarRun.Result importFile(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("data", "import"));
        command.addAll(List.of(args));
        return JarRun.run(home, Map.of(), command.toArray(String[]::new));
    }

    @Test
    void importedDailyBarsAreTheOnesTheBacktestRuns() throws Exception {
        List<String> year = rows(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31));
        csv("csvx.csv", year);

        JarRun.Result imported = importFile("csvx.csv", "--symbol", "csvx", "--timeframe", "daily");
        JarRun.Result backtest = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "CSVX");

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("Imported " + year.size() + " daily bars of CSVX (2024-01-02 .. 2024-12-31) "
                + "from csvx.csv");
        assertThat(storedBars("CSVX")).isEqualTo(year.size());
        assertThat(backtest.exitCode()).as(backtest.all()).isZero();
        assertThat(backtest.out()).contains("CSVX").doesNotContainIgnoringCase("simulated");
    }

    @Test
    void fileWithBadRowsExitsWithTwoListsThemByLineAndStoresNothing() throws Exception {
        csv("good.csv", rows(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)));
        assertThat(importFile("good.csv", "--symbol", "CSVY").exitCode()).isZero();
        int before = storedBars("CSVY");
        List<String> rows = rows(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 3, 31));
        rows.set(12, rows.get(12).substring(0, 10) + ",102.0,101.2,103.0,102.5,1000");
        rows.set(18, "2025-13-01,100,101,99,100,1000");
        csv("bad.csv", rows);

        JarRun.Result result = importFile("bad.csv", "--symbol", "CSVY");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("data import: bad.csv has 2 bad row(s); nothing was stored")
                .contains("  line 14: high 101.2 is below low 103.0")
                .contains("  line 20: date '2025-13-01' is not yyyy-MM-dd")
                .doesNotContain("Exception", "\tat ");
        assertThat(storedBars("CSVY")).isEqualTo(before);
    }

    @Test
    void skippingBadRowsStoresTheGoodOnesAndStillListsTheBad() throws Exception {
        List<String> rows = rows(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 3, 31));
        rows.set(4, rows.get(4).substring(0, 10) + ",100,101,99,100,-7");
        csv("some-bad.csv", rows);

        JarRun.Result result = importFile("some-bad.csv", "--symbol", "CSVZ", "--skip-bad-rows");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).contains("skipped 1 bad row(s) of some-bad.csv").contains("line 6: volume -7 is negative");
        assertThat(result.out()).contains("Imported " + (rows.size() - 1) + " daily bars of CSVZ");
        assertThat(storedBars("CSVZ")).isEqualTo(rows.size() - 1);
    }

    @Test
    void missingFileIsOneLineAndExitCodeTwo() throws Exception {
        JarRun.Result result = importFile("nowhere.csv", "--symbol", "AAPL");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("data import: nowhere.csv does not exist");
    }
}
