package dev.artificer.infrastructure.grafana.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DockerCompose} running a fake {@code docker} script as a real child process. */
class DockerComposeIT {

    @TempDir
    Path temp;

    private FakeDocker docker;
    private Path composeFile;
    private DockerCompose compose;

    @BeforeEach
    void fakeDocker() {
        docker = FakeDocker.in(temp);
        composeFile = temp.resolve("docker-compose.yml");
        compose = new DockerCompose(settings().build());
    }

    private ComposeSettings.Builder settings() {
        return ComposeSettings.builder()
                .dockerExecutable(docker.executable())
                .composeFile(composeFile)
                .projectName("artificer");
    }

    private List<String> composeCall(String... arguments) {
        List<String> expected = new ArrayList<>(List.of("compose", "-f", composeFile.toString(),
                "-p", "artificer"));
        expected.addAll(List.of(arguments));
        return expected;
    }

    private static String resource(String name) {
        try (InputStream in = DockerComposeIT.class.getResourceAsStream("/compose-ps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Test
    void upStartsTheServicesDetached() {
        compose.up("grafana");

        assertThat(docker.arguments()).isEqualTo(composeCall("up", "-d", "grafana"));
    }

    @Test
    void stopStopsTheServices() {
        compose.stop("grafana", "influxdb");

        assertThat(docker.arguments()).isEqualTo(composeCall("stop", "grafana", "influxdb"));
    }

    @Test
    void restartRestartsTheServices() {
        compose.restart("grafana");

        assertThat(docker.arguments()).isEqualTo(composeCall("restart", "grafana"));
    }

    @Test
    void logsAskForTheTailWithoutColoursAndReturnWhatComposePrinted() {
        docker.answers(0, "grafana-1  | logger=server t=2025-10-20T09:58:20Z level=info msg=\"HTTP Server Listen\"\n",
                "");

        String logs = compose.logs("grafana", 50);

        assertThat(docker.arguments()).isEqualTo(composeCall("logs", "--no-color", "--tail", "50", "grafana"));
        assertThat(logs).contains("HTTP Server Listen");
    }

    @Test
    void serviceNameThatWouldReadAsAnOptionIsRejectedBeforeRunning() {
        assertThatThrownBy(() -> compose.up("--build"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'--build'");
        assertThat(docker.ran()).isFalse();
    }

    @Test
    void statusAsksForEveryContainerIncludingStoppedOnesAsJson() {
        compose.status();

        assertThat(docker.arguments()).isEqualTo(composeCall("ps", "--all", "--format", "json"));
    }

    @Test
    void statusReadsOneJsonObjectPerLineAsNewerComposePrintsIt() {
        docker.answers(0, resource("one-object-per-line.json"), "");

        assertThat(compose.status()).containsExactly(
                new ServiceStatus("grafana", "artificer-grafana-1", ContainerState.RUNNING, ContainerHealth.HEALTHY,
                        0, "Up 2 minutes (healthy)"),
                new ServiceStatus("influxdb", "artificer-influxdb-1", ContainerState.RUNNING,
                        ContainerHealth.STARTING, 0, "Up 8 seconds (health: starting)"),
                new ServiceStatus("redis", "artificer-redis-1", ContainerState.EXITED, ContainerHealth.NONE, 137,
                        "Exited (137) 5 seconds ago"));
    }

    @Test
    void statusReadsAJsonArrayAsOlderComposePrintsIt() {
        docker.answers(0, resource("array.json"), "");

        assertThat(compose.status()).containsExactly(
                new ServiceStatus("grafana", "artificer-grafana-1", ContainerState.RUNNING, ContainerHealth.UNHEALTHY,
                        0, ""),
                new ServiceStatus("mysql", "artificer-mysql-1", ContainerState.EXITED, ContainerHealth.NONE, 1, ""));
    }

    @Test
    void statusOfNamedServicesReportsAServiceWithoutContainerAsAbsent() {
        docker.answers(0, resource("one-object-per-line.json"), "");

        List<ServiceStatus> statuses = compose.status("mysql", "grafana");

        assertThat(statuses).extracting(ServiceStatus::service, ServiceStatus::state).containsExactly(
                tuple("mysql", ContainerState.ABSENT),
                tuple("grafana", ContainerState.RUNNING));
    }

    @Test
    void commandsRunWithTheConfiguredEnvironmentAddedToTheInheritedOne() {
        new DockerCompose(settings().environment("GRAFANA_PORT", "3999").build()).up("grafana");

        assertThat(docker.environment()).contains("GRAFANA_PORT=3999").anyMatch(line -> line.startsWith("PATH="));
    }

    @Test
    void missingDockerExecutableIsReportedAsDockerNotFound() {
        Path nowhere = temp.resolve("not-installed/docker");
        DockerCompose withoutDocker = new DockerCompose(settings().dockerExecutable(nowhere).build());

        assertThatThrownBy(() -> withoutDocker.up("grafana"))
                .isInstanceOf(DockerNotFoundException.class)
                .hasMessageContaining("cannot run the docker executable '" + nowhere + "'")
                .hasMessageContaining("docker compose up -d grafana (project artificer)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "docker: 'compose' is not a docker command.\nSee 'docker --help'",
            "docker: unknown command: docker compose\n\nRun 'docker --help' for more information",
            "unknown shorthand flag: 'f' in -f\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information"})
    void dockerWithoutTheComposePluginIsReportedAsPluginMissing(String stderr) {
        docker.fails(stderr.startsWith("unknown shorthand") ? 125 : 1, stderr);

        assertThatThrownBy(() -> compose.up("grafana"))
                .isInstanceOf(ComposePluginMissingException.class)
                .hasMessageContaining("has no Compose plugin")
                .hasMessageContaining(stderr.lines().findFirst().orElseThrow().strip());
    }

    @Test
    void stoppedDaemonIsReportedAsDaemonUnavailable() {
        docker.fails(1, "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. "
                + "Is the docker daemon running?\n");

        assertThatThrownBy(() -> compose.status())
                .isInstanceOf(DockerDaemonUnavailableException.class)
                .hasMessage("docker compose ps --all --format json (project artificer) failed: the Docker daemon is "
                        + "not running or not reachable (Cannot connect to the Docker daemon at "
                        + "unix:///var/run/docker.sock. Is the docker daemon running?)");
    }

    @Test
    void allocatedPortIsReportedAsPortInUseWithTheAddress() {
        docker.fails(1, """
                 Container artificer-grafana-1  Creating
                 Container artificer-grafana-1  Created
                 Container artificer-grafana-1  Starting
                Error response from daemon: driver failed programming external connectivity on endpoint \
                artificer-grafana-1 (3f2a9c): Bind for 127.0.0.1:3000 failed: port is already allocated
                """);

        assertThatThrownBy(() -> compose.up("grafana"))
                .isInstanceOfSatisfying(PortInUseException.class,
                        taken -> assertThat(taken.address()).contains("127.0.0.1:3000"))
                .hasMessageContaining("port 127.0.0.1:3000 is already in use");
    }

    @Test
    void addressAlreadyInUseIsReportedAsPortInUseWithTheAddress() {
        docker.fails(1, """
                Error response from daemon: Ports are not available: exposing port TCP 127.0.0.1:3000 -> 0.0.0.0:0: \
                listen tcp 127.0.0.1:3000: bind: address already in use
                """);

        assertThatThrownBy(() -> compose.up("grafana"))
                .isInstanceOfSatisfying(PortInUseException.class,
                        taken -> assertThat(taken.address()).contains("127.0.0.1:3000"))
                .hasMessageContaining("port 127.0.0.1:3000 is already in use");
    }

    @Test
    void otherFailureCarriesTheExitCodeAndTheLastLinesOfStderr() {
        docker.fails(17, "line 1\nline 2\n\nline 3\nline 4\nline 5\nline 6\nno such service: grafna\n");

        assertThatThrownBy(() -> compose.up("grafna"))
                .isInstanceOfSatisfying(ComposeCommandException.class, failed -> {
                    assertThat(failed.exitCode()).isEqualTo(17);
                    assertThat(failed.stderrTail()).containsExactly("line 3", "line 4", "line 5", "line 6",
                            "no such service: grafna");
                })
                .hasMessage("docker compose up -d grafna (project artificer) failed with exit code 17: "
                        + "line 3 | line 4 | line 5 | line 6 | no such service: grafna");
    }

    @Test
    void failureWithoutStderrSaysSo() {
        docker.fails(3, "");

        assertThatThrownBy(() -> compose.stop())
                .isInstanceOf(ComposeCommandException.class)
                .hasMessageEndingWith("failed with exit code 3: nothing on stderr");
    }

    @Test
    void commandRunningPastTheTimeoutIsKilledAndReported() {
        docker.hangs(Duration.ofSeconds(30));
        DockerCompose impatient = new DockerCompose(settings().commandTimeout(Duration.ofMillis(300)).build());
        long started = System.nanoTime();

        assertThatThrownBy(() -> impatient.up("grafana"))
                .isInstanceOf(ComposeTimeoutException.class)
                .hasMessage("docker compose up -d grafana (project artificer) did not finish within PT0.3S "
                        + "and was killed");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void statusOutputThatIsNotJsonIsReportedAsUnexpected() {
        docker.answers(0, "NAME   IMAGE   SERVICE   STATUS\n", "");

        assertThatThrownBy(() -> compose.status())
                .isInstanceOf(UnexpectedComposeOutputException.class)
                .hasMessageContaining("printed something that is not JSON: NAME IMAGE SERVICE STATUS");
    }
}
