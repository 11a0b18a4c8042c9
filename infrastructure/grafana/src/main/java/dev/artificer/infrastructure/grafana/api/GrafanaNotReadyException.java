package dev.artificer.infrastructure.grafana.api;

/** Grafana did not report a healthy database within the time the caller was willing to wait. */
public final class GrafanaNotReadyException extends GrafanaApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the server, how long the client waited and the last thing it saw
     */
    public GrafanaNotReadyException(String message) {
        super(message, null);
    }
}
