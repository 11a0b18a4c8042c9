package dev.artificer.infrastructure.influxdb;

/**
 * InfluxDB could not be reached or refused a request. The message names the server and the operation, never
 * the token. Subclasses tell the failure categories apart.
 */
public class InfluxAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status of the server's answer, 0 when there was none. */
    private final int httpStatus;

    /**
     * Creates the exception.
     *
     * @param message    what failed and where
     * @param httpStatus the HTTP status of the server's answer, or 0 when there was none
     * @param cause      the client library's exception
     */
    public InfluxAccessException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status of the server's answer.
     *
     * @return e.g. 401, or 0 when no answer came (connection refused, timeout)
     */
    public int httpStatus() {
        return httpStatus;
    }
}
