package dev.artificer.infrastructure.grafana.compose;

/** The docker client runs, but the Docker daemon is not running or cannot be reached through its socket. */
public final class DockerDaemonUnavailableException extends DockerComposeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which command failed and the client's own line about the daemon
     */
    public DockerDaemonUnavailableException(String message) {
        super(message, null);
    }
}
