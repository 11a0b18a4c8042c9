package dev.artificer.infrastructure.grafana.compose;

import java.util.Locale;

/** The result of a container's health check, as {@code docker compose ps} reports it. */
public enum ContainerHealth {
    /** The health check passes. */
    HEALTHY,
    /** The health check fails. */
    UNHEALTHY,
    /** The container is in its health check's start period. */
    STARTING,
    /** No health check result: the image defines none, or the container does not run. */
    NONE;

    /**
     * The health named by Docker's {@code Health} field.
     *
     * @param health e.g. {@code healthy}, or empty
     * @return the health; {@link #NONE} for null, empty or an unfamiliar value
     */
    public static ContainerHealth fromDocker(String health) {
        if (health == null) {
            return NONE;
        }
        return switch (health.strip().toLowerCase(Locale.ROOT)) {
            case "healthy" -> HEALTHY;
            case "unhealthy" -> UNHEALTHY;
            case "starting" -> STARTING;
            default -> NONE;
        };
    }
}
