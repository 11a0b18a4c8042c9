package dev.artificer.infrastructure.grafana.compose;

/** A {@code docker compose} command succeeded, but printed something this client cannot read. */
public final class UnexpectedComposeOutputException extends DockerComposeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which command printed what
     * @param cause   the parse failure, or null
     */
    public UnexpectedComposeOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
