package dev.artificer.infrastructure.grafana.compose;

/** A {@code docker compose} command ran longer than the configured command timeout and was killed. */
public final class ComposeTimeoutException extends DockerComposeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which command timed out and after how long
     */
    public ComposeTimeoutException(String message) {
        super(message, null);
    }
}
