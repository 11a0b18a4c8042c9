package dev.artificer.system.algotrader.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.grafana.api.Dashboard;
import dev.artificer.infrastructure.grafana.api.GrafanaApi;
import dev.artificer.infrastructure.grafana.api.GrafanaSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Where a Docker engine runs: the pinned Grafana image with this repository's provisioning mounted as
 * docker-compose.yml mounts it, loads the data source and every dashboard file. Without Docker it is skipped with
 * the reason, or fails when {@code ARTIFICER_REQUIRE_SERVICES} lists {@code grafana}.
 */
class GrafanaProvisioningContainerIT {

    private static final Path GRAFANA_DIR = Path.of("grafana").toAbsolutePath();

    @Test
    void provisioningLoadsTheDataSourceAndEveryDashboard() {
        requireDocker();
        try (GenericContainer<?> grafana = new GenericContainer<>(DockerImageName.parse("grafana/grafana:12.2.1"))
                .withExposedPorts(3000)
                .withEnv("GF_AUTH_ANONYMOUS_ENABLED", "true")
                .withEnv("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer")
                .withEnv("INFLUXDB_ORG", "artificer").withEnv("INFLUXDB_BUCKET", "market")
                .withEnv("INFLUXDB_TOKEN", "test-token")
                .withFileSystemBind(GRAFANA_DIR.resolve("provisioning").toString(), "/etc/grafana/provisioning",
                        BindMode.READ_ONLY)
                .withFileSystemBind(GRAFANA_DIR.toString(), "/var/lib/grafana/dashboards/algo_trader", BindMode.READ_ONLY)
                .waitingFor(Wait.forHttp("/api/health").forStatusCode(200))) {
            grafana.start();
            String url = "http://" + grafana.getHost() + ":" + grafana.getMappedPort(3000);
            try (GrafanaApi api = new GrafanaApi(GrafanaSettings.builder().baseUrl(url).build())) {
                List<DashboardFile> files = DashboardFile.readAll(GRAFANA_DIR);
                assertThat(files).hasSize(4);
                for (DashboardFile file : files) {
                    Dashboard dashboard = awaitDashboard(api, file.uid());
                    assertThat(dashboard.title()).isEqualTo(file.title());
                }
            }
        }
    }

    private static Dashboard awaitDashboard(GrafanaApi api, String uid) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return api.dashboard(uid);
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void requireDocker() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        String reason = "no Docker engine: the Grafana provisioning test needs one to start grafana/grafana:12.2.1";
        if (System.getenv().getOrDefault("ARTIFICER_REQUIRE_SERVICES", "").contains("grafana")) {
            Assertions.fail(reason);
        }
        Assumptions.abort(reason);
    }
}
