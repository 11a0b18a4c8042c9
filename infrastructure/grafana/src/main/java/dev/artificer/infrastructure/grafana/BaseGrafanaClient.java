package dev.artificer.infrastructure.grafana;

import dev.artificer.infrastructure.grafana.api.Dashboard;
import dev.artificer.infrastructure.grafana.api.DashboardSummary;
import dev.artificer.infrastructure.grafana.api.DataSource;
import dev.artificer.infrastructure.grafana.api.DataSourceHealth;
import dev.artificer.infrastructure.grafana.api.GrafanaApi;
import dev.artificer.infrastructure.grafana.api.GrafanaHealth;
import dev.artificer.infrastructure.grafana.api.GrafanaSettings;
import dev.artificer.infrastructure.grafana.compose.ComposeSettings;
import dev.artificer.infrastructure.grafana.compose.ContainerState;
import dev.artificer.infrastructure.grafana.compose.DockerCompose;
import dev.artificer.infrastructure.grafana.compose.ServiceStatus;
import java.time.Duration;
import java.util.List;

/**
 * One Grafana run by {@code docker compose}: its container's lifecycle (start, stop, restart, status, logs) and
 * its HTTP API (health, readiness, dashboards, data sources). Systems extend or wrap it with what they know
 * about their own Grafana, e.g. the dashboards and data sources they provision. Lifecycle calls throw
 * {@link dev.artificer.infrastructure.grafana.compose.DockerComposeException}s, API calls
 * {@link dev.artificer.infrastructure.grafana.api.GrafanaApiException}s.
 */
public class BaseGrafanaClient implements AutoCloseable {

    private final DockerCompose compose;
    private final GrafanaContainer container;
    private final GrafanaApi api;

    /**
     * Creates the client from settings; nothing runs and nothing is sent until the first call.
     *
     * @param compose   how to run {@code docker compose} for the project that holds Grafana
     * @param container the Grafana service and container names
     * @param grafana   how to reach Grafana's HTTP API
     */
    public BaseGrafanaClient(ComposeSettings compose, GrafanaContainer container, GrafanaSettings grafana) {
        this(new DockerCompose(compose), container, new GrafanaApi(grafana));
    }

    /**
     * Creates the client over parts the caller built, e.g. a compose runner shared with other services. Closing
     * this client closes the API client.
     *
     * @param compose   the compose runner
     * @param container the Grafana service and container names
     * @param api       the HTTP API client
     */
    public BaseGrafanaClient(DockerCompose compose, GrafanaContainer container, GrafanaApi api) {
        this.compose = compose;
        this.container = container;
        this.api = api;
    }

    /** Creates and starts the Grafana service in the background ({@code up -d}), with what it depends on. */
    public void start() {
        compose.up(container.service());
    }

    /** Stops the Grafana container, keeping it and its data. */
    public void stop() {
        compose.stop(container.service());
    }

    /** Restarts the Grafana container, e.g. to pick up changed provisioning files. */
    public void restart() {
        compose.restart(container.service());
    }

    /**
     * How the Grafana container is doing: running, exited or absent, and its health check.
     *
     * @return the status of the named container, else of the service's first container, else absent
     */
    public ServiceStatus status() {
        List<ServiceStatus> containers = compose.status(container.service()).stream()
                .filter(status -> status.state() != ContainerState.ABSENT)
                .toList();
        return containers.stream().filter(status -> status.container().equals(container.container())).findFirst()
                .or(() -> containers.stream().findFirst())
                .orElseGet(() -> ServiceStatus.absent(container.service(), container.container()));
    }

    /**
     * The last lines Grafana logged.
     *
     * @param tailLines how many lines, at least 1
     * @return the log text
     */
    public String logs(int tailLines) {
        return compose.logs(container.service(), tailLines);
    }

    /**
     * Grafana's health: {@code GET /api/health}.
     *
     * @return the health
     */
    public GrafanaHealth health() {
        return api.health();
    }

    /**
     * Waits until Grafana reports its database as ok, for at most the settings' ready timeout.
     *
     * @return the first healthy answer
     */
    public GrafanaHealth waitUntilReady() {
        return api.waitUntilReady();
    }

    /**
     * Waits until Grafana reports its database as ok.
     *
     * @param timeout how long to wait at most
     * @return the first healthy answer
     */
    public GrafanaHealth waitUntilReady(Duration timeout) {
        return api.waitUntilReady(timeout);
    }

    /**
     * Searches dashboards by title.
     *
     * @param query part of the title; empty for every dashboard
     * @return the hits
     */
    public List<DashboardSummary> searchDashboards(String query) {
        return api.searchDashboards(query);
    }

    /**
     * A dashboard by its uid.
     *
     * @param uid the uid
     * @return the dashboard
     */
    public Dashboard dashboard(String uid) {
        return api.dashboard(uid);
    }

    /**
     * A data source by its uid.
     *
     * @param uid the uid
     * @return the data source
     */
    public DataSource dataSource(String uid) {
        return api.dataSource(uid);
    }

    /**
     * Grafana's check of a data source.
     *
     * @param uid the uid
     * @return the check's result
     */
    public DataSourceHealth dataSourceHealth(String uid) {
        return api.dataSourceHealth(uid);
    }

    /**
     * The Grafana service and container names.
     *
     * @return the names
     */
    public GrafanaContainer container() {
        return container;
    }

    /** Releases the HTTP client; the container keeps running. */
    @Override
    public void close() {
        api.close();
    }

    /**
     * The compose runner, for subclasses that manage more services of the project.
     *
     * @return the runner
     */
    protected DockerCompose compose() {
        return compose;
    }

    /**
     * The HTTP API client, for subclasses that add checks.
     *
     * @return the API client
     */
    protected GrafanaApi api() {
        return api;
    }
}
