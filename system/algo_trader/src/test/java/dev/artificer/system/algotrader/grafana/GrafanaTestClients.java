package dev.artificer.system.algotrader.grafana;

import dev.artificer.infrastructure.grafana.api.GrafanaApi;
import dev.artificer.infrastructure.grafana.api.GrafanaSettings;
import dev.artificer.infrastructure.grafana.compose.ComposeSettings;
import dev.artificer.infrastructure.grafana.compose.DockerCompose;
import java.nio.file.Path;
import java.time.Duration;

/** Clients over the repository's real dashboard files, a fake docker and a stand-in Grafana, with short waits. */
final class GrafanaTestClients {

    static final RepositoryLayout LAYOUT = RepositoryLayout.discover(Path.of(""));

    private GrafanaTestClients() {
    }

    static AlgoTraderGrafanaClient client(Path docker, int port, Duration dashboardWait) {
        DockerCompose compose = new DockerCompose(ComposeSettings.builder().composeFile(LAYOUT.composeFile())
                .projectName(AlgoTraderGrafanaClient.PROJECT).dockerExecutable(docker)
                .commandTimeout(Duration.ofSeconds(20)).build());
        String url = "http://127.0.0.1:" + port;
        GrafanaApi api = new GrafanaApi(GrafanaSettings.builder().baseUrl(url)
                .readiness(Duration.ofSeconds(3), Duration.ofMillis(50)).build());
        return new AlgoTraderGrafanaClient(compose, api, url, DashboardFile.readAll(LAYOUT.dashboards()), dashboardWait);
    }
}
