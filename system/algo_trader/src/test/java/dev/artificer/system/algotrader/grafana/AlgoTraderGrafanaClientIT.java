package dev.artificer.system.algotrader.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlgoTraderGrafanaClientIT {

    private static final Set<String> UIDS = Set.of("algo-trader-market", "algo-trader-trading",
            "algo-trader-backtests", "algo-trader-system-health");

    @TempDir
    Path dockerDirectory;

    private StandInGrafana grafana;
    private FakeDocker docker;

    @BeforeEach
    void start() throws Exception {
        grafana = new StandInGrafana();
        docker = FakeDocker.in(dockerDirectory);
    }

    @AfterEach
    void stop() {
        grafana.close();
    }

    @Test
    void itExpectsEveryDashboardFileOfTheRepository() {
        try (AlgoTraderGrafanaClient client = GrafanaTestClients.client(docker.executable(), grafana.port(),
                Duration.ofSeconds(1))) {
            assertThat(client.dashboards()).extracting(DashboardFile::uid).containsExactlyInAnyOrderElementsOf(UIDS);
        }
    }

    @Test
    void allDashboardsPresentMakesACompleteCheckAskingGrafanaByUid() {
        grafana.provision(UIDS.toArray(String[]::new));
        try (AlgoTraderGrafanaClient client = GrafanaTestClients.client(docker.executable(), grafana.port(),
                Duration.ofSeconds(1))) {
            DashboardCheck check = client.checkDashboards();

            assertThat(check.complete()).isTrue();
            assertThat(check.present()).hasSize(4);
            assertThat(grafana.requests()).containsExactlyInAnyOrder("GET /api/dashboards/uid/algo-trader-market",
                    "GET /api/dashboards/uid/algo-trader-trading", "GET /api/dashboards/uid/algo-trader-backtests",
                    "GET /api/dashboards/uid/algo-trader-system-health");
        }
    }

    @Test
    void aDashboardGrafanaDoesNotKnowIsReportedMissing() {
        grafana.provision("algo-trader-market", "algo-trader-trading", "algo-trader-backtests");
        try (AlgoTraderGrafanaClient client = GrafanaTestClients.client(docker.executable(), grafana.port(),
                Duration.ofSeconds(1))) {
            DashboardCheck check = client.checkDashboards();

            assertThat(check.complete()).isFalse();
            assertThat(check.missing()).extracting(DashboardFile::uid).containsExactly("algo-trader-system-health");
        }
    }

    @Test
    void awaitingDashboardsSucceedsOnceGrafanaHasProvisionedThem() {
        grafana.provisionAfter(6, UIDS);
        try (AlgoTraderGrafanaClient client = GrafanaTestClients.client(docker.executable(), grafana.port(),
                Duration.ofSeconds(10))) {
            DashboardCheck check = client.awaitDashboards();

            assertThat(check.complete()).isTrue();
            assertThat(grafana.requests().size()).isGreaterThan(4);
        }
    }

    @Test
    void awaitingDashboardsThatNeverArriveFailsNamingThem() {
        grafana.provision("algo-trader-market", "algo-trader-trading", "algo-trader-system-health");
        try (AlgoTraderGrafanaClient client = GrafanaTestClients.client(docker.executable(), grafana.port(),
                Duration.ofMillis(300))) {
            assertThatThrownBy(client::awaitDashboards).isInstanceOf(DashboardsMissingException.class)
                    .hasMessageContaining("1 of 4 dashboards are missing")
                    .hasMessageContaining("algo-trader-backtests (algo_trader: Backtests)");
        }
    }

    @Test
    void theClientFromConfigurationHandsItsSettingsToComposeAndLogsInAsTheAdmin() throws Exception {
        grafana.provision(UIDS.toArray(String[]::new));
        AlgoTraderProperties.Grafana settings = new AlgoTraderProperties.Grafana("127.0.0.1", grafana.port(),
                "boss", "s3cret", docker.executable().toString());
        AlgoTraderProperties.Influxdb influx = new AlgoTraderProperties.Influxdb("", "influx-token", "acme", "ticks");
        try (AlgoTraderGrafanaClient client = AlgoTraderGrafanaClient.create(settings, influx,
                GrafanaTestClients.LAYOUT)) {
            client.start();
            assertThat(client.checkDashboards().complete()).isTrue();
            assertThat(client.urlOf(client.dashboards().getFirst()))
                    .isEqualTo("http://127.0.0.1:" + grafana.port() + "/d/" + client.dashboards().getFirst().uid());
        }

        assertThat(docker.calls()).containsExactly("compose -f " + GrafanaTestClients.LAYOUT.composeFile()
                + " -p artificer up -d grafana");
        assertThat(docker.environment()).contains("GRAFANA_PORT=" + grafana.port(), "GRAFANA_ADMIN_USER=boss",
                "GRAFANA_ADMIN_PASSWORD=s3cret", "INFLUXDB_ORG=acme", "INFLUXDB_BUCKET=ticks",
                "INFLUXDB_TOKEN=influx-token");
        assertThat(grafana.authorizations()).allMatch(header -> header.equals("Basic "
                + Base64.getEncoder().encodeToString("boss:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void withoutAnAdminPasswordTheApiIsAskedAnonymously() {
        grafana.provision(UIDS.toArray(String[]::new));
        AlgoTraderProperties.Grafana settings = new AlgoTraderProperties.Grafana("127.0.0.1", grafana.port(),
                "admin", "", docker.executable().toString());
        try (AlgoTraderGrafanaClient client = AlgoTraderGrafanaClient.create(settings,
                new AlgoTraderProperties.Influxdb("", "", "artificer", "market"), GrafanaTestClients.LAYOUT)) {
            client.checkDashboards();
        }

        assertThat(grafana.authorizations()).isNotEmpty().allMatch(String::isEmpty);
    }

    @Test
    void outsideTheRepositoryTheLayoutIsNotFoundWithAHint(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> RepositoryLayout.discover(elsewhere)).isInstanceOf(GrafanaSetupException.class)
                .hasMessageContaining("docker-compose.yml").hasMessageContaining("inside the Artificer repository");
    }
}
