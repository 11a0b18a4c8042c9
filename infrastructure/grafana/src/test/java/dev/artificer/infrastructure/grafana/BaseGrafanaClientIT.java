package dev.artificer.infrastructure.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.grafana.api.GrafanaSettings;
import dev.artificer.infrastructure.grafana.api.StandInGrafana;
import dev.artificer.infrastructure.grafana.api.StandInGrafana.Reply;
import dev.artificer.infrastructure.grafana.compose.ComposeSettings;
import dev.artificer.infrastructure.grafana.compose.ContainerHealth;
import dev.artificer.infrastructure.grafana.compose.ContainerState;
import dev.artificer.infrastructure.grafana.compose.FakeDocker;
import dev.artificer.infrastructure.grafana.compose.ServiceStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BaseGrafanaClient} wiring its service and container names to a fake docker and a stand-in Grafana. */
class BaseGrafanaClientIT {

    private static final String GRAFANA_1 = """
            {"Name":"lab-grafana","Service":"grafana","State":"running","Health":"healthy","ExitCode":0,"Status":"Up"}
            """;
    private static final String GRAFANA_SCALED = """
            {"Name":"lab-grafana-2","Service":"grafana","State":"exited","Health":"","ExitCode":1,"Status":"Exited"}
            """ + GRAFANA_1;

    @TempDir
    Path temp;

    private FakeDocker docker;
    private StandInGrafana grafana;
    private BaseGrafanaClient client;

    @BeforeEach
    void start() throws IOException {
        docker = FakeDocker.in(temp);
        grafana = StandInGrafana.start();
        client = new BaseGrafanaClient(
                ComposeSettings.builder().dockerExecutable(docker.executable())
                        .composeFile(temp.resolve("compose.yml")).projectName("lab").build(),
                new GrafanaContainer("grafana", "lab-grafana"),
                GrafanaSettings.builder().baseUrl(grafana.baseUrl())
                        .readiness(Duration.ofSeconds(5), Duration.ofMillis(20)).build());
    }

    @AfterEach
    void stop() {
        client.close();
        grafana.close();
    }

    @Test
    void startBringsUpOnlyTheGrafanaService() {
        client.start();

        assertThat(docker.arguments()).endsWith("-p", "lab", "up", "-d", "grafana");
    }

    @Test
    void stopStopsOnlyTheGrafanaService() {
        client.stop();

        assertThat(docker.arguments()).endsWith("stop", "grafana");
    }

    @Test
    void restartRestartsOnlyTheGrafanaService() {
        client.restart();

        assertThat(docker.arguments()).endsWith("restart", "grafana");
    }

    @Test
    void logsAreTheGrafanaServicesTail() {
        docker.answers(0, "lab-grafana  | logger=server level=info msg=\"HTTP Server Listen\"\n", "");

        assertThat(client.logs(20)).contains("HTTP Server Listen");
        assertThat(docker.arguments()).endsWith("logs", "--no-color", "--tail", "20", "grafana");
    }

    @Test
    void statusIsTheNamedContainersEvenWhenTheServiceHasSeveral() {
        docker.answers(0, GRAFANA_SCALED, "");

        assertThat(client.status()).isEqualTo(new ServiceStatus("grafana", "lab-grafana", ContainerState.RUNNING,
                ContainerHealth.HEALTHY, 0, "Up"));
    }

    @Test
    void statusIsAbsentWithTheExpectedContainerNameWhenGrafanaHasNoContainer() {
        docker.answers(0, "", "");

        assertThat(client.status()).isEqualTo(ServiceStatus.absent("grafana", "lab-grafana"));
    }

    @Test
    void readinessIsAskedOfTheConfiguredGrafana() {
        grafana.answer(StandInGrafana.HEALTH, Reply.of(200, "health.json"));

        assertThat(client.waitUntilReady().version()).isEqualTo("12.2.1");
        assertThat(grafana.requestsTo(StandInGrafana.HEALTH)).isEqualTo(1);
    }
}
