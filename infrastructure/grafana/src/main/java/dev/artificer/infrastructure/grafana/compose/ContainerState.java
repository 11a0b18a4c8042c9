package dev.artificer.infrastructure.grafana.compose;

import java.util.Locale;

/** The state of a service's container, as {@code docker compose ps} reports it, plus {@link #ABSENT}. */
public enum ContainerState {
    /** The container runs. */
    RUNNING,
    /** The container is restarting, e.g. after a crash under a restart policy. */
    RESTARTING,
    /** The container is paused. */
    PAUSED,
    /** The container was created but never started. */
    CREATED,
    /** The container has stopped; its exit code tells how. */
    EXITED,
    /** The container is being removed. */
    REMOVING,
    /** The container is dead: Docker could not stop or remove it cleanly. */
    DEAD,
    /** The service has no container in the project. */
    ABSENT,
    /** A state this client does not know. */
    UNKNOWN;

    /**
     * The state named by Docker's {@code State} field.
     *
     * @param state e.g. {@code running} or {@code exited}
     * @return the state, or {@link #UNKNOWN} for null or an unfamiliar name
     */
    public static ContainerState fromDocker(String state) {
        if (state == null) {
            return UNKNOWN;
        }
        return switch (state.strip().toLowerCase(Locale.ROOT)) {
            case "running" -> RUNNING;
            case "restarting" -> RESTARTING;
            case "paused" -> PAUSED;
            case "created" -> CREATED;
            case "exited" -> EXITED;
            case "removing" -> REMOVING;
            case "dead" -> DEAD;
            default -> UNKNOWN;
        };
    }
}
