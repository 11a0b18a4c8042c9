/**
 * The Grafana HTTP API: {@link dev.artificer.infrastructure.grafana.api.GrafanaApi} reads health, waits for
 * readiness, searches dashboards and reads dashboards and data sources by uid, over the JDK HTTP client with
 * Jackson. Every failure is a {@link dev.artificer.infrastructure.grafana.api.GrafanaApiException} of its category.
 */
package dev.artificer.infrastructure.grafana.api;
