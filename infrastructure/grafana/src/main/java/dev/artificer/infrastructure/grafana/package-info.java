/**
 * A generic Grafana client: {@link dev.artificer.infrastructure.grafana.BaseGrafanaClient} runs one Grafana through
 * {@code docker compose} (package {@code compose}) and talks to its HTTP API (package {@code api}). Every path,
 * name, URL, credential and timeout comes from the caller; nothing reads the environment.
 */
package dev.artificer.infrastructure.grafana;
