package dev.artificer.infrastructure.grafana.compose;

/**
 * Base of every failure of a {@code docker compose} command. Each subtype is one failure category a caller can
 * act on; every message is one line naming the command and the project, never an environment value.
 */
public abstract sealed class DockerComposeException extends RuntimeException
        permits DockerNotFoundException, ComposePluginMissingException, DockerDaemonUnavailableException,
        PortInUseException, ComposeCommandException, ComposeTimeoutException, UnexpectedComposeOutputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line saying what failed
     * @param cause   the underlying failure, or null
     */
    protected DockerComposeException(String message, Throwable cause) {
        super(message, cause);
    }
}
