package dev.artificer.infrastructure.grafana.compose;

/**
 * How one container of a compose service is doing.
 *
 * @param service   the compose service name
 * @param container the container name, or the expected one when the service is {@link ContainerState#ABSENT}
 * @param state     running, exited, absent, ...
 * @param health    the health check's result
 * @param exitCode  the exit code of an exited container, otherwise 0
 * @param status    Docker's human-readable status, e.g. {@code Up 2 minutes (healthy)}; empty when absent
 */
public record ServiceStatus(String service, String container, ContainerState state, ContainerHealth health,
                            int exitCode, String status) {

    /**
     * The status of a service that has no container.
     *
     * @param service   the service name
     * @param container the container name it would have, or null when unknown
     * @return the status, {@link ContainerState#ABSENT} with no health
     */
    public static ServiceStatus absent(String service, String container) {
        return new ServiceStatus(service, container, ContainerState.ABSENT, ContainerHealth.NONE, 0, "");
    }

    /**
     * Whether the container runs and, if it has a health check, passes it.
     *
     * @return true when running and not unhealthy or starting
     */
    public boolean isUp() {
        return state == ContainerState.RUNNING && (health == ContainerHealth.HEALTHY || health == ContainerHealth.NONE);
    }
}
