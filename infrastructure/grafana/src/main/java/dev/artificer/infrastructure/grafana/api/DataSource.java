package dev.artificer.infrastructure.grafana.api;

/**
 * A data source as {@code GET /api/datasources/uid/{uid}} returns it, without its JSON or secure settings.
 *
 * @param uid       the stable uid
 * @param name      the name
 * @param type      the plugin, e.g. {@code influxdb}
 * @param url       the URL Grafana queries, e.g. {@code http://influxdb:8086}
 * @param access    {@code proxy} (the server queries) or {@code direct} (the browser queries)
 * @param isDefault whether it is the organisation's default data source
 * @param readOnly  whether it is provisioned and cannot be edited in the UI
 */
public record DataSource(String uid, String name, String type, String url, String access, boolean isDefault,
                         boolean readOnly) {
}
