package dev.artificer.system.algotrader.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.cli.GrafanaCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;

class GrafanaCommandIT {

    private static final String[] UIDS = {"algo-trader-market", "algo-trader-trading", "algo-trader-backtests",
            "algo-trader-system-health"};
    private static final String RUNNING = """
            {"Service":"grafana","Name":"artificer-grafana-1","State":"running","Health":"healthy","ExitCode":0,\
            "Status":"Up 2 minutes (healthy)"}
            """;

    @TempDir
    Path dockerDirectory;

    private StandInGrafana grafana;
    private FakeDocker docker;
    private AlgoTraderGrafanaClient client;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        grafana = new StandInGrafana();
        docker = FakeDocker.in(dockerDirectory);
        client = GrafanaTestClients.client(docker.executable(), grafana.port(), Duration.ofMillis(300));
    }

    @AfterEach
    void stop() {
        client.close();
        grafana.close();
    }

    private int run(String... args) {
        GrafanaCommand command = new GrafanaCommand(new StaticListableBeanFactory(Map.of("grafana", client))
                .getBeanProvider(AlgoTraderGrafanaClient.class));
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> {
            failed.getErr().println(failed.getCommandName() + ": " + failure.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    @Test
    void startIsTheDefaultAndListsEveryDashboardOnceGrafanaServesThem() throws Exception {
        grafana.provision(UIDS);

        assertThat(run()).isZero();

        assertThat(docker.calls()).singleElement().asString().endsWith("-p artificer up -d grafana");
        assertThat(out.toString()).contains("Grafana 12.2.1 started at http://127.0.0.1:" + grafana.port(),
                "algo_trader: Market: http://127.0.0.1:" + grafana.port() + "/d/algo-trader-market",
                "algo_trader: System health: http://127.0.0.1:" + grafana.port() + "/d/algo-trader-system-health");
    }

    @Test
    void startFailsInOneLineWhenADashboardIsNotProvisioned() {
        grafana.provision("algo-trader-market", "algo-trader-trading", "algo-trader-backtests");

        assertThat(run("start")).isEqualTo(1);

        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("start: Grafana is up but 1 of 4")
                .contains("algo-trader-system-health");
    }

    @Test
    void missingDockerIsOneClearLine() {
        AlgoTraderGrafanaClient noDocker = GrafanaTestClients.client(dockerDirectory.resolve("no-such-docker"),
                grafana.port(), Duration.ofMillis(300));
        client.close();
        client = noDocker;

        assertThat(run("start")).isEqualTo(1);

        assertThat(err.toString().strip()).doesNotContain("\n").contains("cannot run the docker executable");
    }

    @Test
    void aMissingComposePluginIsOneClearLine() throws Exception {
        docker.answers("up", 125, "", "unknown shorthand flag: 'f' in -f\n\nUsage:  docker [OPTIONS] COMMAND\n");

        assertThat(run("start")).isEqualTo(1);

        assertThat(err.toString().strip()).doesNotContain("\n").contains("no Compose plugin");
    }

    @Test
    void aStoppedDaemonIsOneClearLine() throws Exception {
        docker.answers("up", 1, "", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. "
                + "Is the docker daemon running?\n");

        assertThat(run("start")).isEqualTo(1);

        assertThat(err.toString().strip()).doesNotContain("\n").contains("Docker daemon is not running");
    }

    @Test
    void stopAndRestartRunTheirComposeCommands() throws Exception {
        grafana.provision(UIDS);

        assertThat(run("stop")).isZero();
        assertThat(run("restart")).isZero();

        assertThat(docker.calls()).hasSize(2);
        assertThat(docker.calls().get(0)).endsWith("-p artificer stop grafana");
        assertThat(docker.calls().get(1)).endsWith("-p artificer restart grafana");
        assertThat(out.toString()).contains("Grafana stopped.", "Grafana 12.2.1 restarted");
    }

    @Test
    void statusOfARunningGrafanaShowsContainerHealthAndDashboards() throws Exception {
        grafana.provision(UIDS);
        docker.answers("ps", 0, RUNNING, "");

        assertThat(run("status")).isZero();

        assertThat(docker.calls()).singleElement().asString().contains("ps --all --format json");
        assertThat(out.toString()).contains("Container artificer-grafana-1: RUNNING (Up 2 minutes (healthy))",
                "Grafana 12.2.1 at http://127.0.0.1:" + grafana.port() + ", database ok",
                "algo_trader: Backtests: http://127.0.0.1:");
    }

    @Test
    void statusNamesAMissingDashboardAndExitsOne() throws Exception {
        grafana.provision("algo-trader-market", "algo-trader-trading", "algo-trader-system-health");
        docker.answers("ps", 0, RUNNING, "");

        assertThat(run("status")).isEqualTo(1);

        assertThat(out.toString()).contains("algo_trader: Backtests: MISSING (uid algo-trader-backtests)");
    }

    @Test
    void statusWithoutAContainerSaysHowToStartIt() throws Exception {
        docker.answers("ps", 0, "", "");

        assertThat(run("status")).isEqualTo(1);

        assertThat(out.toString()).contains("Container artificer-grafana-1: ABSENT", "grafana start");
        assertThat(grafana.requests()).isEmpty();
    }

    @Test
    void logsPrintsTheTailItAskedFor() throws Exception {
        docker.answers("logs", 0, "grafana-1  | logger=server msg=\"HTTP Server Listen\"\n", "");

        assertThat(run("logs", "--tail", "20")).isZero();

        assertThat(docker.calls()).singleElement().asString().endsWith("logs --no-color --tail 20 grafana");
        assertThat(out.toString()).contains("HTTP Server Listen");
    }
}
