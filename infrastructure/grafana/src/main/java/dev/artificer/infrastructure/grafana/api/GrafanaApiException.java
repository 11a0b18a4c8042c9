package dev.artificer.infrastructure.grafana.api;

/**
 * Base of every failure of the Grafana HTTP API. Each subtype is one failure category a caller can act on; every
 * message is one line naming the request and the server, never a credential.
 */
public abstract sealed class GrafanaApiException extends RuntimeException
        permits GrafanaUnreachableException, GrafanaResponseException, GrafanaNotReadyException,
        DashboardNotFoundException, DataSourceNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line saying what failed
     * @param cause   the underlying failure, or null
     */
    protected GrafanaApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
