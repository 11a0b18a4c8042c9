package dev.artificer.infrastructure.grafana.compose;

/** The docker executable could not be run: it is not installed, not on the PATH, or not executable. */
public final class DockerNotFoundException extends DockerComposeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which executable could not be run and why
     * @param cause   the failure to start the process
     */
    public DockerNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
