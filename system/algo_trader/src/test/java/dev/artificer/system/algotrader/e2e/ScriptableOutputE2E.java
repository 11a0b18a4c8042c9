package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commands that print data give scripts one JSON document (numbers as numbers, times as ISO-8601) or CSV, on a fresh
 * machine through the jar; the same data through two outputs (and two code paths) must agree.
 */
class ScriptableOutputE2E {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    private JsonNode json(String... args) throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), args);
        assertThat(result.exitCode()).as(result.all()).isZero();
        return JSON.readTree(result.out());
    }

    private List<CSVRecord> csv(String... args) throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), args);
        assertThat(result.exitCode()).as(result.all()).isZero();
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.out())).getRecords();
    }

    @Test
    void storedRunsListedAsJsonAndCsvAgreeWithTheBacktestsOwnDocument() throws Exception {
        JsonNode backtest = json("backtest", "--strategy", "sma-cross", "--symbol", "AAPL", "--json");

        JsonNode listed = json("backtests", "list", "--json").get("runs").get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(backtest.get("id").asLong());
        assertThat(listed.get("total_return").isNumber()).as(listed.toString()).isTrue();
        assertThat(listed.get("total_return").asDouble()).isEqualTo(backtest.get("metrics").get("total_return").asDouble());
        assertThat(listed.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*Z");
        CSVRecord row = csv("backtests", "list", "--csv").getFirst();
        assertThat(Double.parseDouble(row.get("total_return"))).isEqualTo(listed.get("total_return").asDouble());
        assertThat(row.get("symbols")).isEqualTo("AAPL");
    }

    @Test
    void aShownRunsTradesAddUpToItsProfitAndMatchItsCsv() throws Exception {
        JsonNode backtest = json("backtest", "--strategy", "sma-cross", "--symbol", "AAPL", "--json");
        long id = backtest.get("id").asLong();

        JsonNode shown = json("backtests", "show", String.valueOf(id), "--json");
        JsonNode trades = shown.get("trades");
        assertThat(trades.size()).isEqualTo(backtest.get("trades").asInt()).isPositive();
        List<CSVRecord> rows = csv("backtests", "show", String.valueOf(id), "--csv");
        assertThat(rows).hasSize(trades.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode trade = trades.get(i);
            assertThat(Double.parseDouble(rows.get(i).get("pnl"))).isEqualTo(trade.get("pnl").asDouble());
            double sign = trade.get("direction").asString().equals("LONG") ? 1 : -1;
            double gross = sign * (trade.get("exitPrice").asDouble() - trade.get("entryPrice").asDouble())
                    * trade.get("quantity").asLong();
            assertThat(trade.get("pnl").asDouble()).as(trade.toString())
                    .isCloseTo(gross - trade.get("commission").asDouble(), within(0.01));
        }
    }

    @Test
    void theWatchlistIsAListOfSymbolsInJsonAndCsv() throws Exception {
        assertThat(JarRun.run(home, Map.of(), "watchlist", "add", "MSFT", "AAPL").exitCode()).isZero();

        JsonNode symbols = json("watchlist", "list", "--json").get("symbols");
        assertThat(symbols.valueStream().map(symbol -> symbol.get("symbol").asString()).toList())
                .containsExactlyInAnyOrder("AAPL", "MSFT");
        assertThat(csv("watchlist", "list", "--csv").stream().map(row -> row.get("symbol")).toList())
                .containsExactlyInAnyOrder("AAPL", "MSFT");
    }

    @Test
    void strategiesListEveryParameterWithItsDefault() throws Exception {
        JsonNode strategies = json("strategies", "--json").get("strategies");
        JsonNode smaCross = strategies.valueStream().filter(strategy -> strategy.get("name").asString().equals("sma-cross"))
                .findFirst().orElseThrow();
        JsonNode fast = smaCross.get("parameters").valueStream()
                .filter(parameter -> parameter.get("name").asString().equals("fast")).findFirst().orElseThrow();
        assertThat(fast.get("default").asString()).isEqualTo("10");
        List<CSVRecord> rows = csv("strategies", "--csv");
        assertThat(rows).hasSize(strategies.valueStream().mapToInt(strategy -> strategy.get("parameters").size()).sum());
    }

    @Test
    void tradingStatusJobsDecisionsAndPositionsAreDocumentsOnAFreshMachine() throws Exception {
        JsonNode trading = json("trading", "status", "--json");
        assertThat(trading.get("halted").asBoolean()).isFalse();
        assertThat(trading.get("broker").asString()).isEqualTo("paper");
        assertThat(trading.get("ordersToday").asInt()).isZero();

        JsonNode jobs = json("jobs", "list", "--json").get("jobs");
        assertThat(jobs.valueStream().map(job -> job.get("every").asString()).toList()).allMatch(every -> every.startsWith("PT"));

        assertThat(json("decisions", "list", "--json").get("decisions").isEmpty()).isTrue();
        JarRun.Result positions = JarRun.run(home, Map.of(), "positions", "--csv");
        assertThat(positions.out().strip()).isEqualTo("symbol,quantity,averagePrice,marketPrice,marketValue,unrealizedPnl");
    }

    @Test
    void optimizeRanksEveryValidCombinationAndItsStoredBestIsTheTopOne() throws Exception {
        JsonNode search = json("optimize", "--strategy", "sma-cross", "--symbol", "AAPL", "fast=5..15:5", "slow=10,30",
                "--metric", "total_return", "--json");

        JsonNode ranked = search.get("ranked");
        assertThat(ranked.size() + search.get("skipped").size()).isEqualTo(search.get("combinations").asInt()).isEqualTo(6);
        // fast=10 slow=10 and fast=15 slow=10 break slow > fast
        assertThat(search.get("skipped").size()).isEqualTo(2);
        List<Double> scores = ranked.valueStream().map(candidate -> candidate.get("score").asDouble()).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // the best combination run again and stored gives the return the search measured
        assertThat(search.get("best").get("metrics").get("total_return").asDouble())
                .isCloseTo(ranked.get(0).get("metrics").get("total_return").asDouble(), within(1e-9));
        assertThat(search.get("deflatedSharpe").get("trials").asInt()).isEqualTo(4);
    }

    @Test
    void walkforwardGivesOneEntryPerWindowAndItsEfficiency() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "walkforward", "--strategy", "sma-cross", "--symbol", "AAPL",
                "fast=5,10", "slow=20,30", "--in-sample", "1500", "--out-of-sample", "1500", "--json");
        assertThat(result.exitCode()).as(result.all()).isZero();
        JsonNode walk = JSON.readTree(result.out());

        java.util.regex.Matcher announced = java.util.regex.Pattern.compile("Walking forward over (\\d+) windows")
                .matcher(result.err());
        assertThat(announced.find()).as(result.err()).isTrue();
        assertThat(walk.get("windows").size()).isEqualTo(Integer.parseInt(announced.group(1)));
        assertThat(walk.get("efficiency").isNumber() || walk.get("efficiency").isNull()).isTrue();
        JsonNode first = walk.get("windows").get(0);
        assertThat(Instant.parse(first.get("outOfSampleStart").asString()))
                .isAfter(Instant.parse(first.get("inSampleStart").asString()));
        assertThat(walk.get("run").get("kind").asString()).isEqualTo("walkforward");
    }

    @Test
    void jsonAndCsvTogetherAreBadUsage() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "decisions", "list", "--json", "--csv");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).contains("--json and --csv cannot be combined").doesNotContain("\n");
        assertThat(result.out()).isEmpty();
    }
}
