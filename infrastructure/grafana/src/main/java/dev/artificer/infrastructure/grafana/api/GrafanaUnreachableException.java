package dev.artificer.infrastructure.grafana.api;

/** Grafana could not be reached: connection refused or reset, timeout, or the caller's thread was interrupted. */
public final class GrafanaUnreachableException extends GrafanaApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which request failed and why
     * @param cause   the I/O failure
     */
    public GrafanaUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
