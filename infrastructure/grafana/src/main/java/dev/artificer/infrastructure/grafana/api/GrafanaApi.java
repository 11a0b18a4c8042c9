package dev.artificer.infrastructure.grafana.api;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of the Grafana HTTP API a system needs to check its Grafana: health and readiness, dashboard search,
 * dashboards and data sources by uid. Uses the JDK {@link java.net.http.HttpClient}; thread-safe; close it to
 * release the HTTP client.
 */
public final class GrafanaApi implements AutoCloseable {

    private static final int NOT_FOUND = 404;
    private static final int BAD_REQUEST = 400;
    private static final int SERVICE_UNAVAILABLE = 503;
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Duration SHORTEST_POLL = Duration.ofMillis(200);

    private final GrafanaSettings settings;
    private final GrafanaHttp http;
    private final GrafanaResponses responses = new GrafanaResponses();

    /**
     * Creates the client; nothing is sent until the first call.
     *
     * @param settings the server, credentials and timeouts
     */
    public GrafanaApi(GrafanaSettings settings) {
        this.settings = settings;
        this.http = new GrafanaHttp(settings);
    }

    /**
     * Asks Grafana how it is: {@code GET /api/health}. A 503 answer with a health body (database failing) is a
     * health, not an error.
     *
     * @return the health
     * @throws GrafanaUnreachableException when Grafana cannot be reached
     * @throws GrafanaResponseException   for any other status or an unreadable body
     */
    public GrafanaHealth health() {
        return health(settings.requestTimeout());
    }

    /**
     * Waits, polling {@link #health()}, until Grafana reports its database as ok, for at most the settings'
     * ready timeout.
     *
     * @return the first healthy answer
     * @throws GrafanaNotReadyException when the timeout passes first
     */
    public GrafanaHealth waitUntilReady() {
        return waitUntilReady(settings.readyTimeout());
    }

    /**
     * Waits, polling {@link #health()} every poll interval, until Grafana reports its database as ok. Each poll
     * waits for an answer at most the request timeout, and no longer than the time left (but at least 200 ms, so
     * a silent server can make the wait overrun by that much).
     *
     * @param timeout how long to wait at most
     * @return the first healthy answer
     * @throws GrafanaNotReadyException when the timeout passes first, naming the last thing seen
     */
    public GrafanaHealth waitUntilReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String lastSeen;
            try {
                GrafanaHealth health = health(pollTimeout(deadline));
                if (health.databaseOk()) {
                    return health;
                }
                lastSeen = "database " + health.database();
            } catch (GrafanaUnreachableException | GrafanaResponseException notYet) {
                lastSeen = notYet.getMessage();
            }
            if (System.nanoTime() + settings.pollInterval().toNanos() >= deadline) {
                throw new GrafanaNotReadyException("Grafana at " + settings.baseUrl() + " was not ready within "
                        + timeout + "; last seen: " + lastSeen);
            }
            pause();
        }
    }

    /**
     * Searches dashboards by title: {@code GET /api/search?type=dash-db&query=...}.
     *
     * @param query part of the title; empty or null for every dashboard
     * @return the hits, in Grafana's order
     * @throws GrafanaApiException of the failure's category
     */
    public List<DashboardSummary> searchDashboards(String query) {
        String path = "/api/search?type=dash-db&query=" + URLEncoder.encode(query == null ? "" : query,
                StandardCharsets.UTF_8);
        HttpResponse<String> response = http.get(path, settings.requestTimeout());
        if (response.statusCode() != 200) {
            throw responses.unexpected(response, http.describe(path));
        }
        return responses.summaries(response, http.describe(path));
    }

    /**
     * A dashboard by its uid: {@code GET /api/dashboards/uid/{uid}}.
     *
     * @param uid the dashboard's uid
     * @return the dashboard
     * @throws DashboardNotFoundException when Grafana has none with that uid
     * @throws GrafanaApiException        of another failure's category
     */
    public Dashboard dashboard(String uid) {
        String path = "/api/dashboards/uid/" + requireUid(uid);
        HttpResponse<String> response = http.get(path, settings.requestTimeout());
        if (response.statusCode() == NOT_FOUND) {
            throw new DashboardNotFoundException("no dashboard with uid '" + uid + "' in Grafana at "
                    + settings.baseUrl(), uid);
        }
        if (response.statusCode() != 200) {
            throw responses.unexpected(response, http.describe(path));
        }
        return responses.dashboard(response, http.describe(path));
    }

    /**
     * A data source by its uid: {@code GET /api/datasources/uid/{uid}}. Grafana may require credentials with
     * the right to read data sources.
     *
     * @param uid the data source's uid
     * @return the data source
     * @throws DataSourceNotFoundException when Grafana has none with that uid
     * @throws GrafanaApiException         of another failure's category
     */
    public DataSource dataSource(String uid) {
        String path = "/api/datasources/uid/" + requireUid(uid);
        HttpResponse<String> response = http.get(path, settings.requestTimeout());
        if (response.statusCode() == NOT_FOUND) {
            throw dataSourceNotFound(uid);
        }
        if (response.statusCode() != 200) {
            throw responses.unexpected(response, http.describe(path));
        }
        return responses.dataSource(response, http.describe(path));
    }

    /**
     * Lets Grafana check that it can query a data source: {@code GET /api/datasources/uid/{uid}/health}. A failed
     * check (HTTP 400 with status {@code ERROR}) is a result, not an error.
     *
     * @param uid the data source's uid
     * @return the check's result
     * @throws DataSourceNotFoundException when Grafana has none with that uid
     * @throws GrafanaApiException         of another failure's category
     */
    public DataSourceHealth dataSourceHealth(String uid) {
        String path = "/api/datasources/uid/" + requireUid(uid) + "/health";
        HttpResponse<String> response = http.get(path, settings.requestTimeout());
        if (response.statusCode() == NOT_FOUND) {
            throw dataSourceNotFound(uid);
        }
        if (response.statusCode() != 200 && response.statusCode() != BAD_REQUEST) {
            throw responses.unexpected(response, http.describe(path));
        }
        return responses.dataSourceHealth(response, http.describe(path));
    }

    /**
     * The settings this client was built with (credentials masked in their string form).
     *
     * @return the settings
     */
    public GrafanaSettings settings() {
        return settings;
    }

    /** Releases the HTTP client. */
    @Override
    public void close() {
        http.close();
    }

    private GrafanaHealth health(Duration timeout) {
        String path = "/api/health";
        HttpResponse<String> response = http.get(path, timeout);
        if (response.statusCode() != 200 && response.statusCode() != SERVICE_UNAVAILABLE) {
            throw responses.unexpected(response, http.describe(path));
        }
        return responses.health(response, http.describe(path));
    }

    private Duration pollTimeout(long deadline) {
        Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
        Duration atLeast = remaining.compareTo(SHORTEST_POLL) > 0 ? remaining : SHORTEST_POLL;
        return atLeast.compareTo(settings.requestTimeout()) < 0 ? atLeast : settings.requestTimeout();
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GrafanaNotReadyException("interrupted while waiting for Grafana at " + settings.baseUrl());
        }
    }

    private DataSourceNotFoundException dataSourceNotFound(String uid) {
        return new DataSourceNotFoundException("no data source with uid '" + uid + "' in Grafana at "
                + settings.baseUrl(), uid);
    }

    private static String requireUid(String uid) {
        if (uid == null || !UID.matcher(uid).matches()) {
            throw new IllegalArgumentException("a Grafana uid is letters, digits, '-', '_', '.' or '~' (got '"
                    + uid + "')");
        }
        return uid;
    }
}
