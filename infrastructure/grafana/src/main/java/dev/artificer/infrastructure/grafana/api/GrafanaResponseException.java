package dev.artificer.infrastructure.grafana.api;

/**
 * Grafana answered, but not as expected: a status this client does not handle (401 and 403 included), or a
 * body that is not the documented JSON.
 */
public final class GrafanaResponseException extends GrafanaApiException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status of the answer. */
    private final int status;

    /**
     * Creates the exception.
     *
     * @param message which request failed, the status and Grafana's own message if it gave one
     * @param status  the HTTP status
     * @param cause   the parse failure, or null
     */
    public GrafanaResponseException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return e.g. 403, or 200 for an unreadable body
     */
    public int status() {
        return status;
    }
}
