package dev.artificer.infrastructure.grafana.api;

/**
 * Grafana's answer to {@code GET /api/health}.
 *
 * @param database {@code ok} when Grafana can use its database, otherwise e.g. {@code failing}
 * @param version  the server version, e.g. {@code 12.2.1}; empty when not reported
 * @param commit   the build commit; empty when not reported
 */
public record GrafanaHealth(String database, String version, String commit) {

    /**
     * Whether Grafana reports its database as usable, i.e. the server is ready.
     *
     * @return true when {@code database} is {@code ok}
     */
    public boolean databaseOk() {
        return "ok".equals(database);
    }
}
