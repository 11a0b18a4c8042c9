package dev.artificer.system.algotrader.grafana;

import dev.artificer.system.algotrader.observability.Measurement;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.adapters.influx.BarSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DashboardConsistencyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RepositoryLayout LAYOUT = RepositoryLayout.discover(Path.of(""));
    private static final DashboardConsistency CHECK =
            new DashboardConsistency(ObservabilitySchema.ALL, AlgoTraderGrafanaClient.DATA_SOURCE_UID);

    private static final String DATA_SOURCE = """
            {"type": "influxdb", "uid": "artificer-influxdb"}""";

    @Test
    void everyDashboardQueryReadsOnlyMeasurementsFieldsAndTagsTheCodeWrites() throws IOException {
        List<String> problems = new ArrayList<>();
        for (DashboardFile dashboard : DashboardFile.readAll(LAYOUT.dashboards())) {
            problems.addAll(CHECK.problems(dashboard.file().getFileName().toString(), Files.readString(dashboard.file())));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theDashboardsAreTheFourWithStableUniqueUids() {
        List<DashboardFile> dashboards = DashboardFile.readAll(LAYOUT.dashboards());

        assertThat(dashboards).extracting(DashboardFile::uid).containsExactlyInAnyOrder("algo-trader-market",
                "algo-trader-trading", "algo-trader-backtests", "algo-trader-system-health").doesNotHaveDuplicates();
    }

    @Test
    void twoFilesWithTheSameUidAreRejected(@org.junit.jupiter.api.io.TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("a.json"), "{\"uid\": \"same\", \"title\": \"A\"}");
        Files.writeString(directory.resolve("b.json"), "{\"uid\": \"same\", \"title\": \"B\"}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DashboardFile.readAll(directory))
                .isInstanceOf(GrafanaSetupException.class).hasMessageContaining("a.json and b.json")
                .hasMessageContaining("'same'");
    }

    @Test
    void marketAndTradingChooseSymbolAndTimeframeAndBacktestsChooseRuns() throws IOException {
        assertThat(variables("market.json")).contains("symbol", "timeframe");
        assertThat(variables("trading.json")).contains("symbol", "timeframe");
        assertThat(variables("backtests.json")).contains("run_id");
    }

    @Test
    void everyDashboardHasATimeRange() throws IOException {
        for (DashboardFile dashboard : DashboardFile.readAll(LAYOUT.dashboards())) {
            JsonNode model = JSON.readTree(Files.readString(dashboard.file()));
            assertThat(model.path("time").path("from").asString("")).as(dashboard.uid()).startsWith("now-");
        }
    }

    @Test
    void theMarketDashboardDrawsCandlesWithVolumeIndicatorOverlaysRsiAndMacd() throws IOException {
        JsonNode market = model("market.json");
        JsonNode candles = panels(market).stream().filter(panel -> panel.path("type").asString("").equals("candlestick"))
                .findFirst().orElseThrow();
        String overlays = queries(candles);

        assertThat(candles.path("options").path("mode").asString("")).isEqualTo("candles+volume");
        assertThat(overlays).contains("r._measurement == \"bars\"", "movingAverage(", "exponentialMovingAverage(",
                "bb_upper", "bb_lower");
        String all = panels(market).stream().map(DashboardConsistencyTest::queries).collect(Collectors.joining());
        assertThat(all).contains("relativeStrengthIndex(", "macd:", "signal:", "histogram:");
    }

    @Test
    void everyTradingBacktestAndMetricMeasurementIsShownSomewhere() throws IOException {
        StringBuilder everything = new StringBuilder();
        for (DashboardFile dashboard : DashboardFile.readAll(LAYOUT.dashboards())) {
            everything.append(Files.readString(dashboard.file()));
        }

        for (Measurement measurement : ObservabilitySchema.ALL) {
            assertThat(everything.toString()).as(measurement.name())
                    .contains("r._measurement == \\\"" + measurement.name() + "\\\"");
        }
    }

    @Test
    void provisioningDeclaresTheDataSourceUidThePanelsUseAndTheComposeMountsTheDashboards() throws IOException {
        Map<String, Object> dataSources = new Yaml().load(Files.readString(
                LAYOUT.dashboards().resolve("provisioning/datasources/influxdb.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> influx = ((List<Map<String, Object>>) dataSources.get("datasources")).getFirst();
        Map<String, Object> providers = new Yaml().load(Files.readString(
                LAYOUT.dashboards().resolve("provisioning/dashboards/algo_trader.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> options = (Map<String, Object>)
                ((List<Map<String, Object>>) providers.get("providers")).getFirst().get("options");

        assertThat(influx.get("uid")).isEqualTo(AlgoTraderGrafanaClient.DATA_SOURCE_UID);
        assertThat(Files.readString(LAYOUT.composeFile()))
                .contains("./system/algo_trader/grafana:" + options.get("path") + ":ro");
    }

    @Test
    void anUnknownFieldIsReportedByName() {
        String dashboard = panelReading("r._measurement == \\\"bars\\\" and r.source == \\\"x\\\" and r._field == \\\"closing\\\"");

        assertThat(CHECK.problems("bad.json", dashboard)).singleElement().asString()
                .contains("bad.json panel 'Price' query A", "unknown field 'closing'", "[bars]");
    }

    @Test
    void anUnknownMeasurementIsReportedByName() {
        String dashboard = panelReading("r._measurement == \\\"trades\\\" and r._field == \\\"price\\\"");

        assertThat(CHECK.problems("bad.json", dashboard)).anySatisfy(problem ->
                assertThat(problem).contains("unknown measurement 'trades'"));
    }

    @Test
    void aTagOfAnotherMeasurementIsReported() {
        String dashboard = panelReading("r._measurement == \\\"bars\\\" and r.source == \\\"x\\\" and r.run_id == \\\"1\\\"");

        assertThat(CHECK.problems("bad.json", dashboard)).singleElement().asString()
                .contains("unknown tag 'run_id'");
    }

    @Test
    void aFieldOfAnotherMeasurementIsReported() {
        String dashboard = panelReading("r._measurement == \\\"pnl\\\" and r[\\\"_field\\\"] == \\\"close\\\"");

        assertThat(CHECK.problems("bad.json", dashboard)).singleElement().asString()
                .contains("unknown field 'close'", "[pnl]");
    }

    @Test
    void aFilterOnATagValueTheCodeNeverWritesIsReported() {
        String dashboard = panelReading("r._measurement == \\\"algo_trader_schwab_calls\\\" and r.outcome == \\\"error\\\"");

        assertThat(CHECK.problems("bad.json", dashboard)).singleElement().asString()
                .contains("tag 'outcome'", "'error'", "[success, failure]");
    }

    @Test
    void aFilterOnAWrittenTagValueOrATemplateVariableIsAccepted() {
        assertThat(CHECK.problems("ok.json", panelReading(
                "r._measurement == \\\"orders\\\" and r.status == \\\"filled\\\" and r.mode == \\\"${mode}\\\""))).isEmpty();
    }

    @Test
    void aCustomVariableOfferingAModeTheCodeNeverWritesIsReported() {
        String dashboard = """
                {"uid": "x", "title": "X", "panels": [], "templating": {"list": [{"name": "mode", "type": "custom",
                  "query": "paper,real"}]}}
                """;

        assertThat(CHECK.problems("bad.json", dashboard)).singleElement().asString()
                .contains("variable 'mode'", "'real'");
    }

    @Test
    void aBarsQueryThatMixesSourcesIsReported() {
        String dashboard = panelReading("r._measurement == \\\"bars\\\" and r.symbol == \\\"AAPL\\\"");

        assertThat(CHECK.problems("bad.json", dashboard)).singleElement().asString()
                .contains("without choosing a source");
    }

    @Test
    void aFilterOnAPivotedFieldIsNotTakenForATag() {
        assertThat(CHECK.problems("ok.json", panelReading(
                "r._measurement == \\\"positions\\\" and r.quantity != 0"))).isEmpty();
    }

    @Test
    void theBacktestsDashboardReadsEveryRunWhateverItsAge() throws IOException {
        String all = Files.readString(LAYOUT.dashboards().resolve("backtests.json"));

        assertThat(all).doesNotContain("v.timeRangeStart", "start: -");
    }

    @Test
    void aQueryWithoutAMeasurementIsReported() {
        String dashboard = panelReading("r._field == \\\"close\\\"");

        assertThat(CHECK.problems("bad.json", dashboard)).anySatisfy(problem ->
                assertThat(problem).contains("reads no measurement"));
    }

    @Test
    void aPanelOnAnotherDataSourceIsReported() {
        String dashboard = panelReading("r._measurement == \\\"bars\\\"")
                .replace("\"uid\": \"artificer-influxdb\"", "\"uid\": \"other-influx\"");

        assertThat(CHECK.problems("bad.json", dashboard)).anySatisfy(problem ->
                assertThat(problem).contains("panel 'Price'", "'other-influx'"));
    }

    @Test
    void aVariableReadingAnUnknownTagIsReported() {
        String dashboard = """
                {"uid": "x", "title": "X", "panels": [], "templating": {"list": [{"name": "symbol", "type": "query",
                  "datasource": %s,
                  "query": "schema.tagValues(bucket: v.defaultBucket, tag: \\"ticker\\", predicate: (r) => r._measurement == \\"bars\\")"}]}}
                """.formatted(DATA_SOURCE);

        assertThat(CHECK.problems("bad.json", dashboard)).singleElement().asString()
                .contains("variable 'symbol'", "unknown tag 'ticker'");
    }

    @Test
    void predicatesAreTheFilterBodiesNotTheMapBodies() {
        String flux = "from(bucket: \"b\") |> filter(fn: (r) => r._measurement == \"bars\" and (r.symbol == \"A)\"))"
                + " |> map(fn: (r) => ({r with x: r.nonsense}))";

        assertThat(DashboardConsistency.predicates(flux))
                .containsExactly(" r._measurement == \"bars\" and (r.symbol == \"A)\")");
    }

    @Test
    void theSchemaNamesMetricsAsMicrometersInfluxRegistryWritesThem() {
        assertThat(ObservabilitySchema.Metrics.measurement(ObservabilitySchema.Metrics.SCHWAB_CALLS))
                .isEqualTo("algo_trader_schwab_calls");
        assertThat(ObservabilitySchema.Metrics.measurement("jvm.memory.used")).isEqualTo("jvm_memory_used");
        assertThat(ObservabilitySchema.BARS.fields()).isEqualTo(BarSchema.FIELDS);
    }

    private static String panelReading(String predicate) {
        return """
                {"uid": "x", "title": "X", "panels": [{"id": 1, "type": "timeseries", "title": "Price",
                  "datasource": %s,
                  "targets": [{"refId": "A", "datasource": %s,
                    "query": "from(bucket: v.defaultBucket) |> range(start: -1d) |> filter(fn: (r) => %s)"}]}]}
                """.formatted(DATA_SOURCE, DATA_SOURCE, predicate);
    }

    private static JsonNode model(String file) throws IOException {
        return JSON.readTree(Files.readString(LAYOUT.dashboards().resolve(file)));
    }

    private static List<String> variables(String file) throws IOException {
        return StreamSupport.stream(model(file).path("templating").path("list").spliterator(), false)
                .map(variable -> variable.path("name").asString("")).toList();
    }

    private static List<JsonNode> panels(JsonNode model) {
        return StreamSupport.stream(model.path("panels").spliterator(), false).toList();
    }

    private static String queries(JsonNode panel) {
        return StreamSupport.stream(panel.path("targets").spliterator(), false)
                .map(target -> target.path("query").asString("")).collect(Collectors.joining("\n"));
    }
}
