package dev.artificer.system.algotrader.grafana;

import dev.artificer.infrastructure.grafana.BaseGrafanaClient;
import dev.artificer.infrastructure.grafana.GrafanaContainer;
import dev.artificer.infrastructure.grafana.api.DashboardNotFoundException;
import dev.artificer.infrastructure.grafana.api.GrafanaApi;
import dev.artificer.infrastructure.grafana.api.GrafanaSettings;
import dev.artificer.infrastructure.grafana.compose.ComposeSettings;
import dev.artificer.infrastructure.grafana.compose.DockerCompose;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * algo_trader's Grafana: the {@code grafana} service of the repository's {@code docker-compose.yml} (project
 * {@code artificer}), its InfluxDB data source {@value #DATA_SOURCE_UID}, and the dashboards of
 * {@code system/algo_trader/grafana/*.json}, which it checks by uid once Grafana runs.
 */
public class AlgoTraderGrafanaClient extends BaseGrafanaClient {

    /** The compose project. */
    public static final String PROJECT = "artificer";
    /** The compose service. */
    public static final String SERVICE = "grafana";
    /** The uid of the provisioned InfluxDB (Flux) data source every panel uses. */
    public static final String DATA_SOURCE_UID = "artificer-influxdb";

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration DASHBOARD_WAIT = Duration.ofSeconds(60);

    private final List<DashboardFile> dashboards;
    private final String baseUrl;
    private final Duration dashboardWait;

    /**
     * Creates the client over parts the caller built; nothing runs until the first call.
     *
     * @param compose    the compose runner for the project holding Grafana
     * @param api        the HTTP API client
     * @param baseUrl    the API's root URL, for links
     * @param dashboards    the dashboards Grafana must serve
     * @param dashboardWait how long {@link #awaitDashboards()} waits for provisioning
     */
    public AlgoTraderGrafanaClient(DockerCompose compose, GrafanaApi api, String baseUrl,
                                   List<DashboardFile> dashboards, Duration dashboardWait) {
        super(compose, GrafanaContainer.defaultNamed(PROJECT, SERVICE), api);
        this.dashboards = List.copyOf(dashboards);
        this.baseUrl = baseUrl;
        this.dashboardWait = dashboardWait;
    }

    /**
     * Creates the client from algo_trader's configuration; reads the dashboard files, runs nothing.
     *
     * @param grafana  how to reach Grafana and which docker to run
     * @param influxdb the InfluxDB settings handed to docker compose (organisation, bucket, token)
     * @param layout   where the compose file and the dashboards are
     * @return the client
     * @throws GrafanaSetupException when a dashboard file cannot be read
     */
    public static AlgoTraderGrafanaClient create(AlgoTraderProperties.Grafana grafana,
                                                 AlgoTraderProperties.Influxdb influxdb, RepositoryLayout layout) {
        ComposeSettings.Builder compose = ComposeSettings.builder()
                .composeFile(layout.composeFile())
                .projectName(PROJECT)
                .dockerExecutable(grafana.docker())
                .commandTimeout(COMMAND_TIMEOUT)
                .environment("GRAFANA_PORT", String.valueOf(grafana.port()))
                .environment("GRAFANA_ADMIN_USER", grafana.adminUser())
                .environment("INFLUXDB_ORG", influxdb.org())
                .environment("INFLUXDB_BUCKET", influxdb.bucket());
        if (!grafana.adminPassword().isEmpty()) {
            compose.environment("GRAFANA_ADMIN_PASSWORD", grafana.adminPassword());
        }
        if (!influxdb.token().isEmpty()) {
            compose.environment("INFLUXDB_TOKEN", influxdb.token());
        }
        GrafanaSettings.Builder api = GrafanaSettings.builder().baseUrl(grafana.baseUrl())
                .readiness(READY_TIMEOUT, POLL);
        if (!grafana.adminPassword().isEmpty()) {
            api.basicAuth(grafana.adminUser(), grafana.adminPassword());
        }
        return new AlgoTraderGrafanaClient(new DockerCompose(compose.build()), new GrafanaApi(api.build()),
                grafana.baseUrl(), DashboardFile.readAll(layout.dashboards()), DASHBOARD_WAIT);
    }

    /**
     * The dashboards Grafana must serve, from the dashboard files.
     *
     * @return the dashboards, sorted by file name
     */
    public List<DashboardFile> dashboards() {
        return dashboards;
    }

    /**
     * Asks Grafana for every dashboard by uid ({@code GET /api/dashboards/uid/{uid}}).
     *
     * @return which are present and which are missing
     * @throws dev.artificer.infrastructure.grafana.api.GrafanaApiException when Grafana cannot be asked (other
     *                                                                       than a 404 for a dashboard)
     */
    public DashboardCheck checkDashboards() {
        List<DashboardFile> present = new ArrayList<>();
        List<DashboardFile> missing = new ArrayList<>();
        for (DashboardFile dashboard : dashboards) {
            try {
                api().dashboard(dashboard.uid());
                present.add(dashboard);
            } catch (DashboardNotFoundException notThere) {
                missing.add(dashboard);
            }
        }
        return new DashboardCheck(present, missing);
    }

    /**
     * Checks the dashboards until all are present, for at most the client's dashboard wait (60 s by default).
     *
     * @return the complete check
     * @throws DashboardsMissingException when some are still missing after the wait, naming them
     */
    public DashboardCheck awaitDashboards() {
        return awaitDashboards(dashboardWait);
    }

    /**
     * Checks the dashboards until all are present, e.g. while Grafana is still provisioning after a start.
     *
     * @param timeout how long to keep checking
     * @return the complete check
     * @throws DashboardsMissingException when some are still missing after the timeout, naming them
     */
    public DashboardCheck awaitDashboards(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            DashboardCheck check = checkDashboards();
            if (check.complete()) {
                return check;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new DashboardsMissingException(check);
            }
            try {
                Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new DashboardsMissingException(check);
            }
        }
    }

    /**
     * Where a dashboard is in the browser.
     *
     * @param dashboard the dashboard
     * @return e.g. {@code http://localhost:3000/d/algo-trader-market}
     */
    public String urlOf(DashboardFile dashboard) {
        return baseUrl + "/d/" + dashboard.uid();
    }

    /**
     * The root URL of Grafana.
     *
     * @return e.g. {@code http://localhost:3000}
     */
    public String baseUrl() {
        return baseUrl;
    }
}
