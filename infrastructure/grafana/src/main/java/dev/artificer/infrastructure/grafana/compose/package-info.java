/**
 * A generic {@code docker compose} runner: {@link dev.artificer.infrastructure.grafana.compose.DockerCompose}
 * starts, stops and restarts services of a caller-named compose file and project, reads their status and logs,
 * and reports each failure category (docker missing, Compose plugin missing, daemon down, port taken, command
 * failed) as its own {@link dev.artificer.infrastructure.grafana.compose.DockerComposeException}.
 */
package dev.artificer.infrastructure.grafana.compose;
