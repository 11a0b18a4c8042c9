package dev.artificer.system.algotrader.cli;

import dev.artificer.infrastructure.grafana.api.GrafanaApiException;
import dev.artificer.infrastructure.grafana.api.GrafanaHealth;
import dev.artificer.infrastructure.grafana.compose.ServiceStatus;
import dev.artificer.system.algotrader.grafana.AlgoTraderGrafanaClient;
import dev.artificer.system.algotrader.grafana.DashboardCheck;
import dev.artificer.system.algotrader.grafana.DashboardFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader grafana start|stop|restart|status|logs}: runs Grafana through docker compose (the
 * {@code grafana} service of the repository's {@code docker-compose.yml}, project {@code artificer}) and checks
 * that it serves every dashboard of {@code system/algo_trader/grafana}. {@code start} is the default.
 */
@Command(name = "grafana", mixinStandardHelpOptions = true,
        description = "Run Grafana with algo_trader's dashboards through docker compose (default: start).")
public class GrafanaCommand implements Callable<Integer> {

    private final ObjectProvider<AlgoTraderGrafanaClient> grafana;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param grafana the client, built only when a subcommand runs
     */
    public GrafanaCommand(ObjectProvider<AlgoTraderGrafanaClient> grafana) {
        this.grafana = grafana;
    }

    /**
     * Without a subcommand: start.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        return start();
    }

    /**
     * Starts Grafana, waits until it is ready and serves every dashboard.
     *
     * @return 0 when all dashboards are there
     */
    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start Grafana (and InfluxDB, which it reads), wait until it serves every dashboard.")
    public int start() {
        AlgoTraderGrafanaClient client = grafana.getObject();
        out().println("Starting Grafana (docker compose service " + AlgoTraderGrafanaClient.SERVICE + ", project "
                + AlgoTraderGrafanaClient.PROJECT + ") ...");
        out().flush();
        client.start();
        return reportReady(client, "started");
    }

    /**
     * Stops Grafana, keeping its container and data.
     *
     * @return 0
     */
    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop Grafana (its data is kept).")
    public int stop() {
        grafana.getObject().stop();
        out().println("Grafana stopped.");
        return 0;
    }

    /**
     * Restarts Grafana, e.g. after the provisioning files changed, then checks it like start.
     *
     * @return 0 when all dashboards are there
     */
    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Restart Grafana (e.g. to reload provisioning), wait until it serves every dashboard.")
    public int restart() {
        AlgoTraderGrafanaClient client = grafana.getObject();
        client.restart();
        return reportReady(client, "restarted");
    }

    /**
     * Shows the container, Grafana's health and which dashboards it serves.
     *
     * @return 0 when Grafana runs and serves every dashboard, 1 otherwise
     */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show the container state, Grafana's health and the dashboards; exit 1 unless all is up.")
    public int status() {
        AlgoTraderGrafanaClient client = grafana.getObject();
        ServiceStatus container = client.status();
        out().println("Container " + container.container() + ": " + container.state()
                + (container.status().isEmpty() ? "" : " (" + container.status() + ")"));
        if (!container.isUp()) {
            out().println("Grafana is not running: start it with `java -jar system/algo-trader.jar grafana start` "
                    + "(or scripts/grafana.sh up).");
            return 1;
        }
        GrafanaHealth health;
        try {
            health = client.health();
        } catch (GrafanaApiException unreachable) {
            out().println("Grafana API at " + client.baseUrl() + ": " + unreachable.getMessage());
            return 1;
        }
        out().println("Grafana " + health.version() + " at " + client.baseUrl() + ", database " + health.database());
        DashboardCheck check = client.checkDashboards();
        printDashboards(client, check);
        return health.databaseOk() && check.complete() ? 0 : 1;
    }

    /**
     * Prints Grafana's last log lines.
     *
     * @param tail how many lines
     * @return 0
     */
    @Command(name = "logs", mixinStandardHelpOptions = true, description = "Print Grafana's last log lines.")
    public int logs(@Option(names = "--tail", defaultValue = "100", paramLabel = "LINES",
            description = "How many lines (default: ${DEFAULT-VALUE}).") int tail) {
        if (tail < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--tail must be at least 1");
        }
        out().print(grafana.getObject().logs(tail));
        out().flush();
        return 0;
    }

    private int reportReady(AlgoTraderGrafanaClient client, String what) {
        GrafanaHealth health = client.waitUntilReady();
        DashboardCheck check = client.awaitDashboards();
        out().println("Grafana " + health.version() + " " + what + " at " + client.baseUrl() + " (anonymous visitors "
                + "can view; the admin logs in).");
        printDashboards(client, check);
        return 0;
    }

    private void printDashboards(AlgoTraderGrafanaClient client, DashboardCheck check) {
        for (DashboardFile dashboard : check.present()) {
            out().println("  " + dashboard.title() + ": " + client.urlOf(dashboard));
        }
        for (DashboardFile dashboard : check.missing()) {
            out().println("  " + dashboard.title() + ": MISSING (uid " + dashboard.uid() + ")");
        }
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
