package dev.artificer.infrastructure.grafana.api;

/**
 * The result of Grafana's health check of a data source ({@code GET /api/datasources/uid/{uid}/health}).
 *
 * @param status  {@code OK} or {@code ERROR} (Grafana's words)
 * @param message what the data source plugin said, e.g. {@code datasource is working. 3 buckets found}
 */
public record DataSourceHealth(String status, String message) {

    /**
     * Whether Grafana could query the data source.
     *
     * @return true when the status is {@code OK}
     */
    public boolean ok() {
        return "OK".equalsIgnoreCase(status);
    }
}
