package dev.artificer.infrastructure.grafana.api;

import static dev.artificer.infrastructure.grafana.api.StandInGrafana.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.grafana.api.StandInGrafana.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link GrafanaApi} against a local HTTP server answering with Grafana's JSON. */
class GrafanaApiIT {

    private static final Duration POLL = Duration.ofMillis(20);

    private StandInGrafana grafana;
    private GrafanaApi api;

    @BeforeEach
    void startStandIn() throws IOException {
        grafana = StandInGrafana.start();
        api = new GrafanaApi(settings().build());
    }

    @AfterEach
    void stopStandIn() {
        api.close();
        grafana.close();
    }

    private GrafanaSettings.Builder settings() {
        return GrafanaSettings.builder()
                .baseUrl(grafana.baseUrl())
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .readiness(Duration.ofSeconds(5), POLL);
    }

    @Test
    void healthReportsTheDatabaseAndTheVersion() {
        grafana.answer(HEALTH, Reply.of(200, "health.json"));

        GrafanaHealth health = api.health();

        assertThat(health).isEqualTo(new GrafanaHealth("ok", "12.2.1", "0b6f4f52ae1f5f1e4c2a3d2f6e1c9b8a7d6e5f4c"));
        assertThat(health.databaseOk()).isTrue();
    }

    @Test
    void healthWithAFailingDatabaseIsAnAnswerNotAnError() {
        grafana.answer(HEALTH, Reply.of(503, "health-database-failing.json"));

        GrafanaHealth health = api.health();

        assertThat(health.database()).isEqualTo("failing");
        assertThat(health.databaseOk()).isFalse();
    }

    @Test
    void healthOfAServerThatIsNotListeningIsUnreachable() throws IOException {
        int closedPort = freePort();
        try (GrafanaApi nowhere = new GrafanaApi(GrafanaSettings.builder().baseUrl("http://127.0.0.1:" + closedPort)
                .build())) {
            assertThatThrownBy(nowhere::health)
                    .isInstanceOf(GrafanaUnreachableException.class)
                    .hasMessageStartingWith("GET /api/health at http://127.0.0.1:" + closedPort
                            + ": Grafana could not be reached (ConnectException");
        }
    }

    @Test
    void waitUntilReadyReturnsOnTheFirstHealthyAnswerAfterTwoUnhealthyOnes() {
        grafana.answer(HEALTH, new Reply(503, ""), Reply.of(503, "health-database-failing.json"),
                Reply.of(200, "health.json"));

        GrafanaHealth health = api.waitUntilReady();

        assertThat(health.databaseOk()).isTrue();
        assertThat(grafana.requestsTo(HEALTH)).isEqualTo(3);
    }

    @Test
    void waitUntilReadyKeepsPollingUntilTheServerStartsListening() throws Exception {
        int port = freePort();
        try (GrafanaApi early = new GrafanaApi(GrafanaSettings.builder().baseUrl("http://127.0.0.1:" + port)
                .readiness(Duration.ofSeconds(10), POLL).build())) {
            CompletableFuture<GrafanaHealth> waiting = CompletableFuture.supplyAsync(early::waitUntilReady);
            Thread.sleep(300);
            try (StandInGrafana late = StandInGrafana.startOn(port)) {
                late.answer(HEALTH, Reply.of(200, "health.json"));

                assertThat(waiting.get(10, TimeUnit.SECONDS).version()).isEqualTo("12.2.1");
            }
        }
    }

    @Test
    void waitUntilReadyGivesUpAfterTheTimeoutNamingTheLastAnswer() {
        grafana.answer(HEALTH, Reply.of(503, "health-database-failing.json"));
        long started = System.nanoTime();

        assertThatThrownBy(() -> api.waitUntilReady(Duration.ofMillis(300)))
                .isInstanceOf(GrafanaNotReadyException.class)
                .hasMessage("Grafana at " + grafana.baseUrl() + " was not ready within PT0.3S; last seen: "
                        + "database failing");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250),
                Duration.ofSeconds(3));
        assertThat(grafana.requestsTo(HEALTH)).isGreaterThan(1);
    }

    @Test
    void searchAsksForDashboardsMatchingTheQuery() {
        grafana.answer("/api/search", Reply.of(200, "search.json"));

        api.searchDashboards("Algo Trader & co");

        assertThat(grafana.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/search");
            assertThat(request.query()).isEqualTo("type=dash-db&query=Algo+Trader+%26+co");
        });
    }

    @Test
    void searchReturnsEveryHitWithItsFolderAndTags() {
        grafana.answer("/api/search", Reply.of(200, "search.json"));

        assertThat(api.searchDashboards("")).containsExactly(
                new DashboardSummary("algo-trader-candles", "Algo Trader - Candles",
                        "/d/algo-trader-candles/algo-trader-candles", List.of("algo_trader", "market"),
                        "algo_trader", "algo_trader"),
                new DashboardSummary("algo-trader-jobs", "Algo Trader - Jobs", "/d/algo-trader-jobs/algo-trader-jobs",
                        List.of(), "", ""));
    }

    @Test
    void dashboardByUidCombinesTheModelAndItsMeta() {
        grafana.answer("/api/dashboards/uid/algo-trader-candles", Reply.of(200, "dashboard.json"));

        Dashboard dashboard = api.dashboard("algo-trader-candles");

        assertThat(dashboard.uid()).isEqualTo("algo-trader-candles");
        assertThat(dashboard.title()).isEqualTo("Algo Trader - Candles");
        assertThat(dashboard.version()).isEqualTo(7);
        assertThat(dashboard.tags()).containsExactly("algo_trader", "market");
        assertThat(dashboard.url()).isEqualTo("/d/algo-trader-candles/algo-trader-candles");
        assertThat(dashboard.folderUid()).isEqualTo("algo_trader");
        assertThat(dashboard.provisioned()).isTrue();
        assertThat(dashboard.json()).startsWith("{").contains("\"schemaVersion\":41");
    }

    @Test
    void dashboardPanelsIncludeThoseNestedInCollapsedRows() {
        grafana.answer("/api/dashboards/uid/algo-trader-candles", Reply.of(200, "dashboard.json"));

        assertThat(api.dashboard("algo-trader-candles").panels()).containsExactly(
                new Panel(1, "candlestick", "AAPL 5m"),
                new Panel(2, "row", "Indicators"),
                new Panel(3, "timeseries", "RSI 14"),
                new Panel(4, "timeseries", ""));
    }

    @Test
    void unknownDashboardUidIsDashboardNotFound() {
        grafana.answer("/api/dashboards/uid/nope", Reply.of(404, "dashboard-not-found.json"));

        assertThatThrownBy(() -> api.dashboard("nope"))
                .isInstanceOfSatisfying(DashboardNotFoundException.class,
                        notFound -> assertThat(notFound.uid()).isEqualTo("nope"))
                .hasMessage("no dashboard with uid 'nope' in Grafana at " + grafana.baseUrl());
    }

    @Test
    void uidThatCouldChangeThePathIsRejectedBeforeSending() {
        assertThatThrownBy(() -> api.dashboard("../admin/users"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../admin/users'");
        assertThat(grafana.received()).isEmpty();
    }

    @Test
    void dataSourceByUidReportsWhatItIsAndWhereItPoints() {
        grafana.answer("/api/datasources/uid/influxdb-market", Reply.of(200, "datasource.json"));

        assertThat(api.dataSource("influxdb-market")).isEqualTo(new DataSource("influxdb-market", "InfluxDB market",
                "influxdb", "http://influxdb:8086", "proxy", true, true));
    }

    @Test
    void unknownDataSourceUidIsDataSourceNotFound() {
        grafana.answer("/api/datasources/uid/nope", Reply.of(404, "datasource-not-found.json"));

        assertThatThrownBy(() -> api.dataSource("nope"))
                .isInstanceOf(DataSourceNotFoundException.class)
                .hasMessage("no data source with uid 'nope' in Grafana at " + grafana.baseUrl());
    }

    @Test
    void dataSourceHealthThatPassesIsOk() {
        grafana.answer("/api/datasources/uid/influxdb-market/health", Reply.of(200, "datasource-health-ok.json"));

        DataSourceHealth health = api.dataSourceHealth("influxdb-market");

        assertThat(health.ok()).isTrue();
        assertThat(health.message()).isEqualTo("datasource is working. 3 buckets found");
    }

    @Test
    void dataSourceHealthThatFailsIsAResultNotAnError() {
        grafana.answer("/api/datasources/uid/influxdb-market/health", Reply.of(400, "datasource-health-error.json"));

        DataSourceHealth health = api.dataSourceHealth("influxdb-market");

        assertThat(health.ok()).isFalse();
        assertThat(health.message()).contains("401 Unauthorized");
    }

    @Test
    void forbiddenAnswerNamesTheStatusAndGrafanasMessage() {
        grafana.answer("/api/datasources/uid/influxdb-market", Reply.of(403, "permission-denied.json"));

        assertThatThrownBy(() -> api.dataSource("influxdb-market"))
                .isInstanceOfSatisfying(GrafanaResponseException.class,
                        refused -> assertThat(refused.status()).isEqualTo(403))
                .hasMessage("GET /api/datasources/uid/influxdb-market at " + grafana.baseUrl()
                        + ": Grafana answered HTTP 403 (You'll need additional permissions to perform this action. "
                        + "Permissions needed: datasources:read)");
    }

    @Test
    void answerThatIsNotJsonIsReportedAsAResponseError() {
        grafana.answer("/api/dashboards/uid/algo-trader-candles", new Reply(200, "<html>login</html>"));

        assertThatThrownBy(() -> api.dashboard("algo-trader-candles"))
                .isInstanceOf(GrafanaResponseException.class)
                .hasMessageContaining("Grafana's answer (HTTP 200) is not JSON");
    }

    @Test
    void basicAuthCredentialsAreSentInTheAuthorizationHeader() {
        grafana.answer(HEALTH, Reply.of(200, "health.json"));
        try (GrafanaApi admin = new GrafanaApi(settings().basicAuth("admin", "s3cret").build())) {
            admin.health();
        }

        assertThat(grafana.received()).singleElement().extracting(StandInGrafana.Received::authorization)
                .isEqualTo("Basic YWRtaW46czNjcmV0");
    }

    @Test
    void tokenIsSentAsABearerToken() {
        grafana.answer(HEALTH, Reply.of(200, "health.json"));
        try (GrafanaApi service = new GrafanaApi(settings().token("glsa_token123").build())) {
            service.health();
        }

        assertThat(grafana.received()).singleElement().extracting(StandInGrafana.Received::authorization)
                .isEqualTo("Bearer glsa_token123");
    }

    @Test
    void anonymousAccessSendsNoAuthorizationHeader() {
        grafana.answer(HEALTH, Reply.of(200, "health.json"));

        api.health();

        assertThat(grafana.received()).singleElement().extracting(StandInGrafana.Received::authorization).isNull();
    }

    @Test
    void credentialsNeverAppearInFailureMessages() {
        grafana.answer("/api/datasources/uid/influxdb-market", Reply.of(403, "permission-denied.json"));
        try (GrafanaApi admin = new GrafanaApi(settings().basicAuth("admin", "s3cret").build())) {
            assertThatThrownBy(() -> admin.dataSource("influxdb-market"))
                    .message().doesNotContain("s3cret").doesNotContain("YWRtaW46czNjcmV0");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
