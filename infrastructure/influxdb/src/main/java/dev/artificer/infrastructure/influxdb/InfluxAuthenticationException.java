package dev.artificer.infrastructure.influxdb;

/** The server did not accept the token (HTTP 401), or the token may not use the org or bucket (HTTP 403). */
public class InfluxAuthenticationException extends InfluxAccessException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message    what failed and where, without the token
     * @param httpStatus 401 or 403
     * @param cause      the client library's exception
     */
    public InfluxAuthenticationException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, cause);
    }
}
